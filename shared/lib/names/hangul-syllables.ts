/** Precomposed Hangul syllables U+AC00–U+D7A3 are (initial × 21 + medial) × 28 + final. */
const FIRST = 0xac00
const LAST = 0xd7a3
const MEDIALS = 21
const FINALS = 28

/** Jamo indices of a syllable: initial 0–18, medial 0–20, final 0–27 (0 = none). */
export interface Syllable {
  readonly initial: number
  readonly medial: number
  readonly final: number
}

export function isHangulSyllable(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return code >= FIRST && code <= LAST
}

/** The jamo of a precomposed syllable, or null for any other character. */
export function decomposeSyllable(ch: string): Syllable | null {
  if (!isHangulSyllable(ch)) return null
  const offset = ch.charCodeAt(0) - FIRST
  return {
    initial: Math.floor(offset / (MEDIALS * FINALS)),
    medial: Math.floor(offset / FINALS) % MEDIALS,
    final: offset % FINALS,
  }
}

/** Initial ㅇ: the syllable starts with its vowel. */
export const SILENT_INITIAL = 11
