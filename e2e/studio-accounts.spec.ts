import { AccountsPage } from './support/AccountsPage'
import { expect, studioTest as test } from './support/fixtures'
import { StudioPage } from './support/StudioPage'
import { E2E_ADMIN } from './support/testServers'

const CURATOR = { name: 'Cai Curator', email: 'cai@example.org', password: 'a curator passphrase of words' }

test('an admin adds a curator, who chooses a password through the one-time link and cannot publish', async ({
  hall,
  browser,
}) => {
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  const accounts = new AccountsPage(hall.page)
  await accounts.open()
  const link = await accounts.add(CURATOR.name, CURATOR.email, 'curator')
  await expect(accounts.person(CURATOR.name)).toContainText('Has not chosen a password yet')
  await hall.page.screenshot({ path: test.info().outputPath('accounts-screen.png') })

  // The curator, in a browser of their own, opens the link the admin sent.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(link)
    const theirs = new AccountsPage(page)
    await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible()
    await theirs.choosePassword(CURATOR.password)
    await expect(page.getByRole('heading', { name: 'Studio' })).toBeVisible()
    await expect(page.getByText(`${CURATOR.name} (curator)`)).toBeVisible()
    // The link is gone from the address bar, the studio offers no Publish, and the server refuses one.
    expect(new URL(page.url()).hash).toBe('')
    await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0)
    const publish = await page.evaluate(async () => {
      const session = (await (await fetch('../api/session')).json()) as { csrfToken: string }
      const response = await fetch('../api/publish', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: '{}',
      })
      return { status: response.status, body: (await response.json()) as { error: string } }
    })
    expect(publish).toEqual({ status: 403, body: { error: 'Only an admin may do this.' } })

    // The link works once: opened again, it says so in words.
    const again = await context.browser()?.newPage()
    if (!again) throw new Error('no browser')
    await again.goto(link)
    await new AccountsPage(again).choosePassword('somebody else’s passphrase')
    await expect(again.getByRole('alert')).toContainText('it was already used')
    await again.close()
  } finally {
    await context.close()
  }

  // Back on the admin's screen: the curator can now sign in.
  await accounts.page.getByRole('button', { name: 'Close' }).click()
  await accounts.open()
  await expect(accounts.person(CURATOR.name)).toContainText('Can sign in')
})

test('the last admin cannot be removed or made a curator, and the screen says why', async ({ hall }) => {
  // The browser logs each refusal (409) it is shown; here they are the point.
  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 409/)
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  const accounts = new AccountsPage(hall.page)
  await accounts.open()
  // The e2e admin was made from ADMIN_EMAIL with no name: the e-mail address is the name.
  const admin = E2E_ADMIN.email
  await expect(accounts.person(admin)).toContainText('only admin')

  await accounts.remove(admin)
  await expect(accounts.refusal).toHaveText(
    `${admin} is the only admin and cannot be removed. Make someone else an admin first: without an admin, nobody could publish or manage accounts.`,
  )
  await accounts.roleOf(admin).selectOption('curator')
  await expect(accounts.refusal).toContainText(`${admin} is the only admin and cannot be made a curator.`)
  // Still there, still an admin, still signed in.
  await expect(accounts.roleOf(admin)).toHaveValue('admin')
  await expect(accounts.person(admin)).toContainText('Can sign in')
})
