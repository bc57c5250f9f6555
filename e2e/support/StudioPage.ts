import { expect, type Locator, type Page } from '@playwright/test'
import { E2E_ADMIN } from './testServers'

/** The curator studio, in the words a curator would use. */
export class StudioPage {
  constructor(readonly page: Page) {}

  async signIn(): Promise<void> {
    await this.page.goto('/studio/')
    await this.page.getByLabel('E-mail').fill(E2E_ADMIN.email)
    await this.page.getByLabel('Password').fill(E2E_ADMIN.password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
    await expect(this.page.getByRole('heading', { name: 'Studio' })).toBeVisible()
  }

  exhibitInList(title: string): Locator {
    return this.page.getByRole('navigation', { name: 'Exhibits' }).getByRole('button', { name: new RegExp(title) })
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  /** The stand on the floor plan, a button whose name says where it stands. */
  stand(id: string): Locator {
    return this.page.locator(`[data-exhibit-id="${id}"]`)
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save draft' }).click()
  }
}
