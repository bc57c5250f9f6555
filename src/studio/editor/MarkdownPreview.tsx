import Markdown, { type Components } from 'react-markdown'
import { REMARK_PLUGINS } from '../../content/markdownSyntax'

/** Links are shown, not followed, and pictures come from the exhibit's media: as in the hall's panel. */
const COMPONENTS: Components = {
  a: ({ children }) => <span className="preview-link">{children}</span>,
  img: () => null,
}

/** What visitors will read, rendered from the text as typed: same dialect as the hall, raw HTML never rendered. */
export function MarkdownPreview({ text, lang }: { text: string; lang?: string }) {
  return (
    <section className="markdown-preview" aria-label="Preview as visitors read it" lang={lang}>
      <Markdown skipHtml remarkPlugins={REMARK_PLUGINS} components={COMPONENTS}>
        {text}
      </Markdown>
    </section>
  )
}
