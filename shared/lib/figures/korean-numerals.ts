import { parseDigits } from './number-text'

/** Korean place words: 천 inside a group (3천억), 만/억/조 between groups (1억1천만). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 }
const BIG_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12, 경: 1e16 }

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y

export interface KoreanNumber {
  readonly value: number
  /** Offset just past the number and its place words. */
  readonly end: number
  /** The place value of the first group (15조 → 1e12), 1 when the digits stand alone. */
  readonly scale: number
}

/**
 * Reads a number written with digits and Korean place words at `start`: 1만6천, 6710억, 2조9000억,
 * 23억6,000만, 1억 2000만, 1만5000. Groups must descend (a later group is smaller than the place word
 * before it) so that "10만 2명" does not become 100002.
 */
export function readKoreanNumber(text: string, start: number): KoreanNumber | null {
  let value = 0
  let scale = 1
  let pos = start
  let previousPlace = Infinity
  let first = true
  for (;;) {
    let at = pos
    const spaced = !first && text[at] === ' '
    if (spaced) at++
    DIGITS.lastIndex = at
    const m = DIGITS.exec(text)
    if (!m) break
    let q = at + m[0].length
    const small = SMALL_UNITS[text[q]]
    if (small) q++
    const big = BIG_UNITS[text[q]]
    if (big) q++
    const place = (small ?? 1) * (big ?? 1)
    const group = parseDigits(m[0]) * place
    if (!first) {
      // A spaced continuation needs its own place word ("1억 2000만") or three digits ("11만 7145명",
      // not "10만 2명"); groups must descend.
      if ((spaced && place === 1 && m[0].replace(/\D/g, '').length < 3) || group >= previousPlace) break
    }
    if (first) scale = place
    value += group
    pos = q
    first = false
    if (place === 1) break
    previousPlace = place
    if (!/[\d ]/.test(text[pos] ?? '')) break
  }
  return first ? null : { value, end: pos, scale }
}

/** Native Korean numerals, used before a counter: 두 달, 세 가지, 한 명. */
export const NATIVE_NUMERALS: Readonly<Record<string, number>> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열한: 11,
  열두: 12,
  스무: 20,
  스물: 20,
  서른: 30,
  마흔: 40,
  쉰: 50,
}

export function placeValue(word: string): number {
  let value = 1
  for (const ch of word) value *= SMALL_UNITS[ch] ?? BIG_UNITS[ch] ?? 1
  return value
}
