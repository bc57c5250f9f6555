import { expect, type Locator, type Page } from '@playwright/test'

/** The studio's accounts screen and the page a one-time password link opens, as their users would name things. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  /** Opens the accounts screen from the studio's bar (signed in as an admin). */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accounts' }).click()
    await expect(this.dialog).toBeVisible()
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Accounts' })
  }

  /** Adds a person and returns the one-time link the screen shows for them. */
  async add(name: string, email: string, role: 'curator' | 'admin'): Promise<string> {
    const form = this.page.getByRole('form', { name: 'Add a person' })
    await form.getByLabel('Name').fill(name)
    await form.getByLabel('E-mail').fill(email)
    await form.getByLabel('Role').selectOption(role)
    await form.getByRole('button', { name: 'Add and make a sign-in link' }).click()
    const link = this.page.getByLabel(`One-time link for ${name}`)
    await expect(link).toHaveValue(/#password=/)
    return link.inputValue()
  }

  /** The row of one person in the list. */
  person(name: string): Locator {
    return this.dialog.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) })
  }

  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}` }).click()
    await this.person(name).getByRole('button', { name: 'Remove', exact: true }).click()
  }

  roleOf(name: string): Locator {
    return this.page.getByLabel(`Role of ${name}`)
  }

  get refusal(): Locator {
    return this.dialog.getByRole('alert')
  }

  /** On the page a one-time link opens: choose the password, typed twice. */
  async choosePassword(password: string): Promise<void> {
    await this.page.getByLabel('New password', { exact: true }).fill(password)
    await this.page.getByLabel('The same password again').fill(password)
    await this.page.getByRole('button', { name: 'Save my password and sign in' }).click()
  }
}
