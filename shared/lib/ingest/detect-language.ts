import type { Language } from '../../models/language'

/** Below this many letters there is not enough evidence either way. */
const MIN_LETTERS = 2
/** Share of words one script needs to win. */
const DOMINANT_SHARE = 0.6

const HANGUL = /\p{Script=Hangul}/u
const LATIN = /\p{Script=Latin}/u
const LETTERS = /\p{L}/gu

/**
 * Decides by words rather than letters: a Korean sentence carries English names ("딥시크(DeepSeek)와") whose
 * letters would outnumber its syllables, but a whitespace-separated word holding Hangul is a Korean word.
 * Words without letters (numbers, punctuation) don't count.
 */
export function detectLanguage(text: string): Language {
  let hangul = 0
  let latin = 0
  let other = 0
  let letters = 0
  for (const word of text.split(/\s+/u)) {
    const n = word.match(LETTERS)?.length ?? 0
    if (n === 0) continue
    letters += n
    if (HANGUL.test(word)) hangul++
    else if (LATIN.test(word)) latin++
    else other++
  }
  const total = hangul + latin + other
  if (letters < MIN_LETTERS || total === 0) return 'other'
  if (hangul / total >= DOMINANT_SHARE) return 'ko'
  if (latin / total >= DOMINANT_SHARE) return 'en'
  return 'other'
}
