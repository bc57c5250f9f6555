import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly'
import remarkCjkFriendly from 'remark-cjk-friendly'

/**
 * The markdown dialect of exhibit texts, one for every reader (the HTML panel, the 3D and VR text, the studio's
 * preview): CommonMark with emphasis that works next to CJK punctuation. CommonMark's flanking rules leave
 * `**重点：**本段` as literal asterisks, because a full-width colon before the closing `**` and a Han character after
 * it do not count as a word boundary; the cjk-friendly extension changes just that rule.
 */
export const MICROMARK_EXTENSIONS = [cjkFriendlyExtension()]

/** The same dialect for react-markdown (remark). */
export const REMARK_PLUGINS = [remarkCjkFriendly]
