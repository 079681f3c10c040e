import type { Language } from '../../models/language'

/** Korean clause endings that join two statements (…했으며, …이라며, “…”며, …면서, …했지만, …있는데). */
const KOREAN_JOINT = /[\p{Script=Hangul}”"’'](?:며|면서|지만|는데)[,\s]/gu
/** English joints of two statements: a semicolon, ", saying", ", while", ", but". */
const ENGLISH_JOINT = /;\s|,\s(?:saying|while|but)\s/g

/**
 * How many clause joints a sentence has where a translation may cut it into two sentences: a long Korean
 * sentence strung together with …며 or …지만 often becomes two English ones ("…지만 …" → "…. But …").
 */
export function splitPoints(text: string, lang: Language): number {
  const joint = lang === 'ko' ? KOREAN_JOINT : lang === 'en' ? ENGLISH_JOINT : null
  if (joint === null) return 0
  let n = 0
  joint.lastIndex = 0
  while (joint.exec(text) !== null) n++
  return n
}
