import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import MarkdownBody from './MarkdownBody'

const html = (text: string) => renderToStaticMarkup(createElement(MarkdownBody, { text }))

describe('MarkdownBody', () => {
  it('renders Chinese emphasis next to a full-width colon as bold, as written', () => {
    expect(html('**重点：**本段')).toBe('<p><strong>重点：</strong>本段</p>')
  })

  it('still renders raw HTML as nothing', () => {
    expect(html('<script>alert(1)</script>\n\n**粗体**').trim()).toBe('<p><strong>粗体</strong></p>')
  })
})
