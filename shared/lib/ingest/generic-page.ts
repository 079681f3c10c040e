import type { TextSpan } from '../../models/span'
import type { ArticleDraft, LayoutParser } from './article-draft'
import { stripTails } from './chrome-tails'
import { splitLines } from './lines'
import { paragraphBlocks } from './paragraph-blocks'
import { parseKstDate } from './parse-date'
import { trimSpan } from './spans'

/** A first line longer than this is prose, not a title; the title is then cut from its start. */
const MAX_TITLE = 120
/** How far into the page a date still counts as the article's own. */
const DATE_WINDOW = 2000

/**
 * Fallback for unknown layouts: the whole page is one article, blank-line separated blocks are paragraphs,
 * the first short line is the title.
 */
export const genericPage: LayoutParser = {
  name: 'generic-page',
  matches: () => true,
  parse(text) {
    const blocks = paragraphBlocks(splitLines(text))
      .map(b => trimSpan(text, b[0].start, b.at(-1)!.end))
      .filter((s): s is TextSpan => s !== null && /\p{L}/u.test(text.slice(s.start, s.end)))
    if (blocks.length === 0) return []

    const first = blocks[0]
    const lineBreak = text.indexOf('\n', first.start)
    const firstLineEnd = lineBreak === -1 || lineBreak > first.end ? first.end : lineBreak
    let titleSpan = trimSpan(text, first.start, firstLineEnd)
    let rest: TextSpan[] = blocks.slice(1)
    if (titleSpan && titleSpan.end - titleSpan.start <= MAX_TITLE) {
      const remainder = trimSpan(text, firstLineEnd, first.end)
      if (remainder) rest = [remainder, ...rest]
    } else {
      titleSpan = shortTitle(text, first)
      rest = blocks
    }
    if (!titleSpan) return []

    let machineTranslated = false
    const paragraphSpans: TextSpan[] = []
    for (const block of rest) {
      const tails = stripTails(text, block)
      machineTranslated ||= tails.machineTranslated
      if (tails.span) paragraphSpans.push(tails.span)
    }
    // A lone line is a fragment, not an article; callers report the page as holding none.
    if (paragraphSpans.length === 0) return []
    const draft: ArticleDraft = {
      site: 'unknown',
      titleSpan,
      paragraphSpans,
      publishedAt: parseKstDate(text.slice(0, DATE_WINDOW)),
      byline: null,
      translator: machineTranslated ? 'ChatGPT' : null,
    }
    return [draft]
  },
}

/** The first sentence of a long block, or its first MAX_TITLE characters cut at a space. */
function shortTitle(text: string, block: TextSpan): TextSpan | null {
  const head = text.slice(block.start, Math.min(block.end, block.start + MAX_TITLE))
  const sentence = /^.+?[.?!。](?=\s)/u.exec(head)
  let end = sentence ? sentence[0].length : head.length
  if (!sentence && block.end - block.start > MAX_TITLE) {
    const space = head.lastIndexOf(' ')
    if (space > MAX_TITLE / 2) end = space
  }
  return trimSpan(text, block.start, block.start + end)
}
