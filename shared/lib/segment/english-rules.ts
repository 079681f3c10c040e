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
  return breaks
}
