import { describe, expect, it } from 'vitest'
import { plainParagraphs } from './markdown'

describe('plainParagraphs', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainParagraphs('**Bold** and *italic* with [a link](https://example.org).\n\nSecond paragraph.')).toEqual([
      'Bold and italic with a link.',
      'Second paragraph.',
    ])
  })

  it('turns list items into paragraphs and leaves raw HTML as inert text', () => {
    expect(plainParagraphs('- one\n- two')).toEqual(['• one', '• two'])
    expect(plainParagraphs('<script>alert(1)</script>\n\nText.')).toEqual(['Text.'])
  })

  it('keeps Chinese text intact', () => {
    expect(plainParagraphs('**元宇宙**是当下的热词。')).toEqual(['元宇宙是当下的热词。'])
  })

  it('reads Chinese emphasis beside full-width punctuation as emphasis, not asterisks', () => {
    expect(plainParagraphs('**重点：**本段')).toEqual(['重点：本段'])
    expect(plainParagraphs('这是**“引号”**里的话。')).toEqual(['这是“引号”里的话。'])
  })
})
