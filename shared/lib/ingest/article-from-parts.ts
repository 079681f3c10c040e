import type { TextSpan } from '../../models/span'
import type { ArticleDraft } from './article-draft'
import { tidyLabel } from './article-draft'
import { isBoilerplateLine } from './boilerplate-lines'
import { stripTails } from './chrome-tails'
import { parseKstDate } from './parse-date'
import { trimSpan } from './spans'

/** An article as an HTML reader finds it: its parts, each already plain text. */
export interface ArticleParts {
  readonly site: string
  readonly title: string
  readonly paragraphs: readonly string[]
  readonly byline: string | null
  /** An ISO date or a page's `2025.02.02 16:27`-style one; read as KST when it has no zone. */
  readonly date: string | null
}

/**
 * Lays an article's parts out as page text (title, a blank line, paragraphs separated by blank lines) and
 * the draft whose spans point into it, as the text layouts produce: the machine-translation mark and reporter
 * sign-offs are taken off paragraph ends (the mark sets the translator), boilerplate lines dropped. Null
 * when no title or no paragraph is left.
 */
export function articleFromParts(parts: ArticleParts): { text: string; draft: ArticleDraft } | null {
  const title = tidyLabel(parts.title)
  const body = parts.paragraphs.map((p) => p.replace(/[ \t\u00a0]+/gu, ' ').trim()).filter((p) => !isBoilerplateLine(p) && p !== title)
  if (title.length === 0 || body.length === 0) return null
  let text = title
  const titleSpan: TextSpan = { start: 0, end: title.length }
  const paragraphSpans: TextSpan[] = []
  let machineTranslated = false
  for (const paragraph of body) {
    text += '\n\n'
    const start = text.length
    text += paragraph
    const tails = stripTails(text, { start, end: text.length })
    machineTranslated ||= tails.machineTranslated
    const span = tails.span && trimSpan(text, tails.span.start, tails.span.end)
    if (span && /\p{L}/u.test(text.slice(span.start, span.end))) paragraphSpans.push(span)
  }
  if (paragraphSpans.length === 0) return null
  return {
    text,
    draft: {
      site: parts.site,
      titleSpan,
      paragraphSpans,
      publishedAt: isoDate(parts.date),
      byline: parts.byline ? tidyLabel(parts.byline) || null : null,
      translator: machineTranslated ? 'ChatGPT' : null,
    },
  }
}

/** `2025-02-02T16:27:48+09:00` as it is (in KST), any other zone converted to KST; else the first date in the string. */
function isoDate(date: string | null): string | null {
  if (!date) return null
  const zoned = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/u.exec(date.trim())
  if (zoned) {
    const ms = Date.parse(date.trim())
    if (Number.isNaN(ms)) return null
    const kst = new Date(ms + 9 * 3600 * 1000)
    return parseKstDate(kst.toISOString().slice(0, 19).replace('T', ' '))
  }
  return parseKstDate(date)
}
