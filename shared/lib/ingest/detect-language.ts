import type { Language } from '../../models/language'

/** Below this many letters there is not enough evidence either way. */
const MIN_LETTERS = 2
/** Share of words one script needs to win. */
const DOMINANT_SHARE = 0.6

const HANGUL = /\p{Script=Hangul}/u
const LATIN = /\p{Script=Latin}/u
const LETTER = /\p{L}/u
const SPACE = /\s/u

// What a character is, as bits: the regexes above decide, once per distinct character, so the scan below
// classifies exactly as they would while running a table look-up per character.
const IS_LETTER = 1
const IS_HANGUL = 2
const IS_LATIN = 4
const IS_SPACE = 8
const CLASSIFIED = 16
/** Classes of BMP code units (0: not yet classified). */
const unitClass = new Uint8Array(0x10000)
/** Classes of astral code points, as they come. */
const astralClass = new Map<number, number>()

function classify(ch: string): number {
  return (
    CLASSIFIED |
    (LETTER.test(ch) ? IS_LETTER : 0) |
    (HANGUL.test(ch) ? IS_HANGUL : 0) |
    (LATIN.test(ch) ? IS_LATIN : 0) |
    (SPACE.test(ch) ? IS_SPACE : 0)
  )
}

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
  // The current whitespace-separated word: its letters, and the scripts of its characters.
  let n = 0
  let scripts = 0
  const endWord = (): void => {
    if (n === 0) return
    letters += n
    if (scripts & IS_HANGUL) hangul++
    else if (scripts & IS_LATIN) latin++
    else other++
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    let cls: number
    const low = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? text.charCodeAt(i + 1) : 0
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A surrogate pair is one code point, as the u-flag regexes read it.
      const point = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
      cls = astralClass.get(point) ?? 0
      if (cls === 0) astralClass.set(point, (cls = classify(text.slice(i, i + 2))))
      i++
    } else {
      cls = unitClass[unit]
      if (cls === 0) unitClass[unit] = cls = classify(text[i])
    }
    if (cls & IS_SPACE) {
      endWord()
      n = 0
      scripts = 0
      continue
    }
    if (cls & IS_LETTER) n++
    scripts |= cls
  }
  endWord()
  const total = hangul + latin + other
  if (letters < MIN_LETTERS || total === 0) return 'other'
  if (hangul / total >= DOMINANT_SHARE) return 'ko'
  if (latin / total >= DOMINANT_SHARE) return 'en'
  return 'other'
}
