import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as plainText } from 'mdast-util-to-string'
import { MICROMARK_EXTENSIONS } from './markdownSyntax'

/**
 * An exhibit's markdown as plain paragraphs, for surfaces that draw text themselves (3D and VR panels): emphasis and
 * link syntax disappear, the words stay, list items become paragraphs of their own, and raw HTML is dropped, as the
 * HTML panel drops it.
 */
export function plainParagraphs(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: MICROMARK_EXTENSIONS })
  return tree.children
    .filter((node) => node.type !== 'html')
    .flatMap((node) => (node.type === 'list' ? node.children.map((item) => `• ${plainText(item)}`) : [plainText(node)]))
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}
