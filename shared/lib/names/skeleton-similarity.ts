import type { Skeleton } from './phonetic-skeleton'

/**
 * 1 − (edit distance / length of the longer skeleton). Skeletons of one or two classes match only
 * when equal: too many ordinary words share them.
 */
export function skeletonSimilarity(a: Skeleton, b: Skeleton): number {
  if (a === b) return a.length > 0 ? 1 : 0
  const longer = Math.max(a.length, b.length)
  if (Math.min(a.length, b.length) <= 2) return 0
  return 1 - editDistance(a, b) / longer
}

/**
 * Classes that one spelling has and the other often lacks cost half to add or drop: an r that English
 * writes and Korean drops or keeps (Armis 아르미스, Turkistan 투르키스탄), an h, a leading vowel
 * (NVIDIA 엔비디아).
 */
function indelCost(cls: string): number {
  return cls === 'R' || cls === 'H' || cls === 'A' ? MIN_INDEL_COST : 1
}

export const MIN_INDEL_COST = 0.5

/** Weighted Levenshtein distance; skeletons are short, so two rows suffice. */
function editDistance(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  previous[0] = 0
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + indelCost(b[j - 1])
  for (let i = 1; i <= a.length; i++) {
    const dropA = indelCost(a[i - 1])
    current[0] = previous[0] + dropA
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(substitution, previous[j] + dropA, current[j - 1] + indelCost(b[j - 1]))
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]
}
