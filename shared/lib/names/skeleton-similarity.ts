import type { Skeleton } from './phonetic-skeleton'

/**
 * 1 − (edit distance / length of the longer skeleton). Skeletons of one or two classes match only
 * when equal: too many ordinary words share them.
 */
export function skeletonSimilarity(a: Skeleton, b: Skeleton): number {
  return skeletonSimilarityAtLeast(a, b, -Infinity)
}

/**
 * skeletonSimilarity when it is at least `min`; otherwise some value below `min` (the edit distance is given
 * up once no alignment can stay above it). For callers that only compare the result with `min`.
 */
export function skeletonSimilarityAtLeast(a: Skeleton, b: Skeleton, min: number): number {
  if (a === b) return a.length > 0 ? 1 : 0
  const longer = Math.max(a.length, b.length)
  if (Math.min(a.length, b.length) <= 2) return 0
  const d = editDistance(a, b, longer, min)
  return d < 0 ? -Infinity : 1 - d / longer
}

/**
 * Classes that one spelling has and the other often lacks cost half to add or drop: an r that English
 * writes and Korean drops or keeps (Armis 아르미스, Turkistan 투르키스탄), an h, a leading vowel
 * (NVIDIA 엔비디아).
 */
function indelCost(cls: number): number {
  return cls === 82 /* R */ || cls === 72 /* H */ || cls === 65 /* A */ ? MIN_INDEL_COST : 1
}

export const MIN_INDEL_COST = 0.5

/** Two rows of the edit distance, reused: skeletons are short, and this runs per candidate name. */
let previousRow = new Float64Array(32)
let currentRow = new Float64Array(32)

/**
 * Weighted Levenshtein distance; skeletons are short, so two rows suffice. Every cost is a multiple of 0.5,
 * so the sums are exact whatever their order. Returns -1 as soon as a whole row costs so much that
 * 1 − distance / longer must fall below `min` (a row's cheapest cell never exceeds the final distance).
 */
function editDistance(a: string, b: string, longer: number, min: number): number {
  if (previousRow.length <= b.length) {
    previousRow = new Float64Array(2 * (b.length + 1))
    currentRow = new Float64Array(2 * (b.length + 1))
  }
  let previous = previousRow
  let current = currentRow
  previous[0] = 0
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + indelCost(b.charCodeAt(j - 1))
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1)
    const dropA = indelCost(ai)
    current[0] = previous[0] + dropA
    let rowMin = current[0]
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      const substitution = previous[j - 1] + (ai === bj ? 0 : 1)
      const drop = previous[j] + dropA
      const insert = current[j - 1] + indelCost(bj)
      const cell = substitution < drop ? (substitution < insert ? substitution : insert) : drop < insert ? drop : insert
      current[j] = cell
      if (cell < rowMin) rowMin = cell
    }
    if (1 - rowMin / longer < min) return -1
    const swap = previous
    previous = current
    current = swap
  }
  return previous[b.length]
}
