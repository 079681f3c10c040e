import type { TextSpan } from '../../models/span'

const TRIMMABLE = /[\s\u200b\u200c\u200d\u2060\ufffd]/u

/**
 * Shrinks a span past surrounding whitespace (nbsp included) and replacement characters, which truncated
 * captures leave where a multi-byte character was cut. Returns null when nothing is left.
 */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start
  let e = end
  while (s < e && TRIMMABLE.test(text[s])) s++
  while (e > s && TRIMMABLE.test(text[e - 1])) e--
  return e > s ? { start: s, end: e } : null
}

/** Tails (marks, signatures) are short; looking only this far back keeps huge one-line pages linear. */
const TAIL_WINDOW = 400

/** Where `pattern` matches right up to the end of the span (as an offset into `text`), or null. */
export function matchAtEnd(text: string, span: TextSpan, pattern: RegExp): { start: number; match: string } | null {
  const from = Math.max(span.start, span.end - TAIL_WINDOW)
  const m = pattern.exec(text.slice(from, span.end))
  return m && from + m.index + m[0].length === span.end ? { start: from + m.index, match: m[0] } : null
}
