import { expect, type Locator, type Page } from '@playwright/test'
import { E2E_ADMIN } from './testServers'

/** The curator studio, in the words a curator would use: specs reach its elements only through here. */
export class StudioPage {
  constructor(readonly page: Page) {}

  async signIn(account: { email: string; password: string } = E2E_ADMIN): Promise<void> {
    await this.page.goto('/studio/')
    await this.page.getByLabel('E-mail').fill(account.email)
    await this.page.getByLabel('Password').fill(account.password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
    // Exactly "Studio": the sign-in page's own heading, "Metaverse Hall · Studio", is not the workspace.
    await expect(this.page.getByRole('heading', { name: 'Studio', exact: true })).toBeVisible()
  }

  /** Every exhibit's button in the list, in list order. */
  get exhibits(): Locator {
    return this.page.getByRole('navigation', { name: 'Exhibits' }).getByRole('button')
  }

  exhibitInList(title: string): Locator {
    return this.page.getByRole('navigation', { name: 'Exhibits' }).getByRole('button', { name: new RegExp(title) })
  }

  /** The selected exhibit's form. */
  get editor(): Locator {
    return this.page.getByRole('form')
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  /** The file input of the selected exhibit's media. */
  get mediaUpload(): Locator {
    return this.page.getByLabel('Picture or model (JPEG, PNG, WebP or GLB)')
  }

  /** Any sentence the studio shows: a field's problem, the media now in use, a save's or a publish's outcome. */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text)
  }

  get unsavedChanges(): Locator {
    return this.message('Unsaved changes')
  }

  /** Exactly "Saved": "Unsaved changes" is not it. */
  get saved(): Locator {
    return this.page.getByText('Saved', { exact: true })
  }

  get published(): Locator {
    return this.message('Published: visitors now see this draft.')
  }

  /** The studio's refusals and conflicts, announced as alerts. */
  get alert(): Locator {
    return this.page.getByRole('alert')
  }

  button(name: 'Undo' | 'Redo' | 'Save draft' | 'Publish…' | 'History' | 'Show the 3D preview'): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** The summary of what a publish changes, once opened. */
  get publishSummary(): Locator {
    return this.page.getByRole('dialog', { name: 'Publish summary' })
  }

  /** The conflicting fields, each with its two versions. */
  get conflicts(): Locator {
    return this.page.getByRole('alert', { name: 'Conflicting edits' })
  }

  /** Chooses, for the conflicting field named `label`, the curator's own version or the other's. */
  async choose(label: string | RegExp, side: 'mine' | 'theirs'): Promise<void> {
    const field = this.conflicts.getByRole('group', { name: label })
    await field.getByRole('radio', { name: side === 'mine' ? /^Keep mine/ : /^Keep (?!mine)/ }).check()
  }

  /** The notice that someone else's save was merged into this screen. */
  get draftNotice(): Locator {
    return this.page.locator('.draft-notice')
  }

  /** Every stand on the floor plan; each is a button whose name says where it stands. */
  get stands(): Locator {
    return this.page.locator('[data-exhibit-id]')
  }

  /** The stand on the floor plan, a button whose name says where it stands. */
  stand(id: string): Locator {
    return this.page.locator(`[data-exhibit-id="${id}"]`)
  }

  /** The 3D preview's canvas (a canvas has no role of its own). */
  get previewCanvas(): Locator {
    return this.page.locator('.studio-preview canvas')
  }

  /** The revision history, once shown. */
  get revisions(): Locator {
    return this.page.getByRole('region', { name: 'Revisions' })
  }

  async undo(): Promise<void> {
    await this.button('Undo').click()
  }

  async redo(): Promise<void> {
    await this.button('Redo').click()
  }

  async save(): Promise<void> {
    await this.button('Save draft').click()
  }

  /** Opens the summary of what changes for visitors, then confirms it. */
  async publish(): Promise<void> {
    await this.openPublishSummary()
    await this.publishSummary.getByRole('button', { name: 'Publish these changes' }).click()
  }

  async openPublishSummary(): Promise<void> {
    await this.button('Publish…').click()
    await expect(this.publishSummary.getByRole('button', { name: 'Publish these changes' })).toBeEnabled()
  }

  async showPreview(): Promise<void> {
    await this.button('Show the 3D preview').click()
  }

  async showHistory(): Promise<void> {
    await this.button('History').click()
  }

  /** Adds a blank exhibit (it cites nothing) and selects it. */
  async addExhibit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add', exact: true }).click()
  }

  /** Where the selected exhibit's text comes from: a source, a curator's note, or not decided. */
  attribution(choice: 'A source' | 'A curator’s note' | 'Not decided yet'): Locator {
    return this.page.getByRole('group', { name: 'Where this text comes from' }).getByRole('radio', { name: choice })
  }

  /** Types into a text field and leaves it, which records the edit (fields commit on blur). */
  async type(label: string, text: string): Promise<void> {
    const field = this.field(label)
    await field.fill(text)
    await field.blur()
  }

  /** The rendered preview beside the full text in one language (zh-CN or en). */
  markdownPreview(lang: 'zh-CN' | 'en'): Locator {
    return this.page.locator(`.markdown-preview[lang="${lang}"]`)
  }

  /** Why a publish was refused, one item per exhibit at fault. */
  get publishRefusals(): Locator {
    return this.page.getByRole('list', { name: 'Why the draft was not published' })
  }

  /** One language's narration controls: upload, record, listen, keep or discard. */
  narration(language: '中文' | 'English'): Locator {
    return this.page.getByRole('group', { name: `Narration recording · ${language}` })
  }

  narrationUpload(language: '中文' | 'English'): Locator {
    return this.narration(language).getByLabel(/^Upload a recording/)
  }

  /** Shows the exhibition's own texts (title, subtitle) and its sources in place of the exhibit editor. */
  async openExhibitionTexts(): Promise<void> {
    await this.page.getByRole('button', { name: 'Exhibition texts and sources' }).click()
    await expect(this.page.getByRole('form', { name: 'Edit the exhibition texts' })).toBeVisible()
  }

  /** One source's fields in the exhibition texts, named by its English title. */
  source(title: string | RegExp): Locator {
    const name = typeof title === 'string' ? `Source “${title}”` : new RegExp(`^Source “${title.source}`)
    return this.page.getByRole('group', { name })
  }

  /** Types into a field inside `scope` (a source, say, where every source has the same labels) and leaves it. */
  async typeIn(scope: Locator, label: string, text: string): Promise<void> {
    const field = scope.getByLabel(label, { exact: true })
    await field.fill(text)
    await field.blur()
  }
}
