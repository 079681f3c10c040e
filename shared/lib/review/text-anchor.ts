import type { TextAnchor } from '../../models/annotation'

/** Context kept on each side of a quote: enough to tell repeated words apart, short enough to survive edits nearby. */
export const anchorContextLength = 32

/** An anchor for paragraph offsets [start, end) of one article side. */
export function makeTextAnchor(
  paragraphs: readonly string[],
  side: TextAnchor['side'],
  paragraph: number,
  start: number,
  end: number,
): TextAnchor {
  const text = paragraphs[paragraph] ?? ''
  return {
    side,
    paragraph,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - anchorContextLength), start),
    suffix: text.slice(end, end + anchorContextLength),
  }
}

/** How many characters of `a` and `b` agree, counted from their ends (`fromEnd`) or starts. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length)
  let k = 0
  while (k < n && (fromEnd ? a[a.length - 1 - k] === b[b.length - 1 - k] : a[k] === b[k])) k++
  return k
}

/**
 * Finds an anchor's words in today's text: where it was if the quote is still there, otherwise the occurrence
 * of the quote whose surrounding text agrees best with the kept context (then the nearest paragraph). Null
 * when the quote is nowhere: the annotation is orphaned.
 */
export function placeTextAnchor(anchor: TextAnchor, paragraphs: readonly string[]): TextAnchor | null {
  if (anchor.quote.length === 0) return null
  const here = paragraphs[anchor.paragraph]
  if (here !== undefined && here.slice(anchor.start, anchor.end) === anchor.quote) {
    return makeTextAnchor(paragraphs, anchor.side, anchor.paragraph, anchor.start, anchor.end)
  }
  let best: { paragraph: number; start: number; score: number } | null = null
  paragraphs.forEach((text, paragraph) => {
    for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
      const prefix = text.slice(Math.max(0, at - anchorContextLength), at)
      const suffix = text.slice(at + anchor.quote.length, at + anchor.quote.length + anchorContextLength)
      // Context first; the distance in paragraphs only breaks ties.
      const score =
        agreement(prefix, anchor.prefix, true) + agreement(suffix, anchor.suffix, false) - Math.abs(paragraph - anchor.paragraph) / 1000
      if (!best || score > best.score) best = { paragraph, start: at, score }
    }
  })
  if (!best) return null
  const found: { paragraph: number; start: number } = best
  return makeTextAnchor(paragraphs, anchor.side, found.paragraph, found.start, found.start + anchor.quote.length)
}

/** Whether an anchor shares at least one character with a sentence (offsets in the same paragraph). */
export function anchorTouches(anchor: Pick<TextAnchor, 'paragraph' | 'start' | 'end'>, sentence: { paragraph: number; start: number; end: number }): boolean {
  return sentence.paragraph === anchor.paragraph && sentence.start < Math.max(anchor.end, anchor.start + 1) && sentence.end > anchor.start
}
