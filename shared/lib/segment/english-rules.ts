import type { BreakContext } from './break-context'

/** `"Is it?" she asked.`: ICU breaks after ? and ! even when a lowercase word follows. */
export function continuesAfterQuestion(context: BreakContext): boolean {
  if (context.hard) return false
  return /[?!]["'”’)]*$/u.test(context.before) && /^[("'“‘]*\p{Ll}/u.test(context.after)
}

/**
 * Breaks ICU misses: an ellipsis of the single character … followed by a capital ("a new issue… U.S.
 * and Europe"). ICU already breaks after "..." before a capital, as the seeds' headlines need.
 */
export function englishExtraBreaks(text: string): number[] {
  const breaks: number[] = []
  for (const match of text.matchAll(/…["'”’)]*\s+(?=["'“‘(]*\p{Lu})/gu)) {
    breaks.push((match.index ?? 0) + match[0].length)
  }
  // A headline in quotation marks glued to the lead ("◆ Samsung to double HBM supply… 'Timely development of
  // HBM4' Samsung Electronics is expected…"): a quotation that opens a headline or a paragraph and is followed,
  // with no punctuation, by a capital.
  for (const match of text.matchAll(HEADLINE_QUOTE)) {
    breaks.push((match.index ?? 0) + match[0].length)
  }
  return breaks
}

const HEADLINE_QUOTE = /(?:^|[◆■▶●▲]\s*|…\s+)["'“‘][^"'“”‘’.,;:!?]{3,80}["'”’]\s+(?=\p{Lu}\p{Ll})/gu

/** Double quotation marks only: English news puts titles and scare quotes in single ones ('o3 Mini'). */
const QUOTE_OPENERS = new Set(['"', '“', '«'])
const SENTENCE_END = /[\p{L}\p{N}\])][.?!]$/u
const CAPITAL_START = /^["'“‘(]*\p{Lu}/u
/** Words a quotation needs before its first full stop can end a sentence ("No. This is the Iraqi vision."). */
const MIN_WORDS_BEFORE = 2

/**
 * Whether a break inside the pair opened at `open` ends a sentence of a quotation of several: only inside
 * quotation marks (never brackets), after a sentence end and before a capital, with a few words before it.
 */
export function breaksInsideQuotation(context: BreakContext, open: number): boolean {
  if (open < 0 || !QUOTE_OPENERS.has(context.text[open])) return false
  if (!SENTENCE_END.test(context.before) || !CAPITAL_START.test(context.after)) return false
  const quoted = context.text.slice(open + 1, context.offset)
  return quoted.trim().split(/\s+/u).length >= MIN_WORDS_BEFORE
}
