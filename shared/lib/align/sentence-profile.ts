/**
 * What the aligner knows of a sentence: its content length and its anchors, interned as integer ids
 * and sorted so that two sentences' shared anchors are counted by a linear merge.
 * Strong anchors (figures, Latin tokens) should survive translation verbatim; weak ones (glossary
 * concepts, transliterated names) usually do, but a translator may paraphrase them away.
 */
export interface SentenceProfile {
  readonly length: number
  readonly strong: IdSet
  readonly weak: IdSet
  /** Phonetic skeletons of words that may be names; shared ones count, unshared ones are normal. */
  readonly names: IdSet
  /** Clause joints a translation may cut the sentence at (splitPoints). */
  readonly splits: number
}

/** Sorted, de-duplicated anchor ids. Plain arrays: sentences have a handful, and typed arrays cost more to make. */
export type IdSet = readonly number[]

/** Number of ids present in both sorted arrays. */
export function sharedCount(a: IdSet, b: IdSet): number {
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

/**
 * Longest id list sorted by insertion: quadratic, but faster than a comparator sort for a sentence's few ids
 * (kpc-dev sentences have at most 31 of a kind); a run-on "sentence" of a whole page gets the library sort.
 */
const INSERTION_SORT_MAX = 64

/** Sorted, de-duplicated ids. */
export function toIdSet(ids: number[]): IdSet {
  if (ids.length < 2) return ids
  // Equal numbers are indistinguishable, so either sort gives the same array.
  if (ids.length > INSERTION_SORT_MAX) ids.sort((a, b) => a - b)
  else insertionSort(ids)
  let w = 1
  for (let r = 1; r < ids.length; r++) if (ids[r] !== ids[w - 1]) ids[w++] = ids[r]
  ids.length = w
  return ids
}

function insertionSort(ids: number[]): void {
  for (let r = 1; r < ids.length; r++) {
    const x = ids[r]
    let w = r
    for (; w > 0 && ids[w - 1] > x; w--) ids[w] = ids[w - 1]
    ids[w] = x
  }
}

/** Number of ids present in all three sorted arrays. */
export function sharedCount3(a: IdSet, b: IdSet, c: IdSet): number {
  let i = 0
  let j = 0
  let k = 0
  let n = 0
  while (i < a.length && j < b.length && k < c.length) {
    const x = a[i]
    const y = b[j]
    const z = c[k]
    if (x === y && y === z) {
      n++
      i++
      j++
      k++
    } else {
      const low = Math.min(x, y, z)
      if (x === low) i++
      if (y === low) j++
      if (z === low) k++
    }
  }
  return n
}
