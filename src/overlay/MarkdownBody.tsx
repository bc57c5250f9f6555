import Markdown, { type Components } from 'react-markdown'
import { REMARK_PLUGINS } from '../content/markdownSyntax'

/** Headings inside an exhibit's text sit below the panel's own title in the outline. */
const COMPONENTS: Components = {
  h1: 'h3',
  h2: 'h3',
  h3: 'h4',
  h4: 'h4',
  h5: 'h4',
  h6: 'h4',
  a: ({ href, children }) => (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  ),
  img: () => null,
}

/**
 * A curator's markdown, rendered safely: raw HTML is dropped (never parsed, never run), links with scripting schemes
 * are emptied by react-markdown's URL check, and pictures come from the exhibit's media rather than the text.
 */
export default function MarkdownBody({ text }: { text: string }) {
  return (
    <Markdown skipHtml remarkPlugins={REMARK_PLUGINS} components={COMPONENTS}>
      {text}
    </Markdown>
  )
}
