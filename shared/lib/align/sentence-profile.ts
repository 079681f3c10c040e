/**
 * What the aligner knows of a sentence: its content length and its anchors, interned as integer ids
 * and sorted so that two sentences' shared anchors are counted by a linear merge.
 * Strong anchors (figures, Latin tokens) should survive translation verbatim; weak ones (glossary
 * concepts, transliterated names) usually do, but a translator may paraphrase them away.
 */
export interface SentenceProfile {
  readonly length: number
  readonly strong: Int32Array
  readonly weak: Int32Array
  /** Phonetic skeletons of words that may be names; shared ones count, unshared ones are normal. */
  readonly names: Int32Array
}

/** Number of ids present in both sorted arrays. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/** Sorted, de-duplicated ids. */
export function toIdSet(ids: number[]): Int32Array {
  if (ids.length === 0) return EMPTY
  const arr = Int32Array.from(ids).sort()
  let w = 1
  for (let r = 1; r < arr.length; r++) if (arr[r] !== arr[w - 1]) arr[w++] = arr[r]
  return arr.subarray(0, w)
}

const EMPTY = new Int32Array(0)
