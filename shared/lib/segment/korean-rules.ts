import type { BreakContext } from './break-context'

/**
 * ICU does not break before a lowercase letter (`공개했다. o3 미니는`), which is right for English
 * but wrong after a Korean sentence ending. Returns the offsets of the next sentence's first character.
 */
export function koreanExtraBreaks(text: string): number[] {
  const breaks: number[] = []
  const ending = /\p{Script=Hangul}[.?!]+["'”’)\]]*\s+(?=\S)/gu
  for (const match of text.matchAll(ending)) {
    breaks.push((match.index ?? 0) + match[0].length)
  }
  return breaks
}

/** Endings that attach a quotation to the verb that reports it: "…했다"고 말했다, "…했다"며. */
const QUOTATIVE = /^(?:이라고|이라며|이라면서|라고|라며|라면서|라는|이란|라|고|며|면서|하고|하며)(?=[\s,.]|$)/u
const CLOSING_MARK = /["'”’」』)\]]$/u
const HANGUL_START = /^\p{Script=Hangul}/u

/** True when a Korean break must be undone because the next words continue the same sentence. */
export function continuesKoreanSentence(context: BreakContext): boolean {
  if (context.hard) return false
  // `"…것이다."라고 말했다`: ICU breaks between the closing quote and the particle.
  if (context.attached && HANGUL_START.test(context.after) && CLOSING_MARK.test(context.before)) return true
  // `"…맞나?" 하고 물었다`, `"…이다." 라며`.
  return CLOSING_MARK.test(context.before) && QUOTATIVE.test(context.after)
}
