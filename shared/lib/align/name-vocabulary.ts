import { NAME_MATCH_THRESHOLD } from '../names/name-similarity'
import { MIN_INDEL_COST, skeletonSimilarityAtLeast } from '../names/skeleton-similarity'

interface KoreanSkeleton {
  readonly skeleton: string
  readonly mask: number
}

/** Consonant classes as bits; R, H and a leading vowel are cheap to add or drop, so they are left out. */
const CLASS_BIT: Record<string, number> = { P: 1, T: 2, K: 4, S: 8, J: 16, M: 32, N: 64 }

function classMask(skeleton: string): number {
  let mask = 0
  for (let i = 0; i < skeleton.length; i++) mask |= CLASS_BIT[skeleton[i]] ?? 0
  return mask
}

function popcount(x: number): number {
  let n = 0
  for (; x; x &= x - 1) n++
  return n
}

/**
 * Korean name skeletons of one document, so an English name can be resolved to the Korean one it
 * sounds like once per distinct spelling instead of once per sentence pair.
 */
export class NameVocabulary {
  private readonly byFirst = new Map<string, KoreanSkeleton[]>()
  private readonly known = new Set<string>()
  private readonly resolved = new Map<string, string | null>()

  addKorean(skeleton: string): void {
    if (this.known.has(skeleton)) return
    this.known.add(skeleton)
    const entry = { skeleton, mask: classMask(skeleton) }
    const bucket = this.byFirst.get(skeleton[0])
    if (bucket) bucket.push(entry)
    else this.byFirst.set(skeleton[0], [entry])
  }

  /** The Korean skeleton an English one matches best, or null. */
  resolve(enSkeleton: string): string | null {
    const cached = this.resolved.get(enSkeleton)
    if (cached !== undefined) return cached
    let best: string | null = this.known.has(enSkeleton) ? enSkeleton : null
    let bestScore = NAME_MATCH_THRESHOLD
    const mask = classMask(enSkeleton)
    // Transliterations keep the first consonant class, so one bucket is enough.
    for (const ko of best === null ? (this.byFirst.get(enSkeleton[0]) ?? []) : []) {
      const longer = Math.max(ko.skeleton.length, enSkeleton.length)
      if (1 - (MIN_INDEL_COST * Math.abs(ko.skeleton.length - enSkeleton.length)) / longer < bestScore) continue
      // Each full-cost edit changes at most two class bits; the threshold allows few edits.
      const edits = Math.floor((1 - bestScore) * longer + 1e-9)
      if (popcount(mask ^ ko.mask) > 2 * edits) continue
      const s = skeletonSimilarityAtLeast(ko.skeleton, enSkeleton, bestScore)
      if (s >= bestScore) {
        bestScore = s
        best = ko.skeleton
      }
    }
    this.resolved.set(enSkeleton, best)
    return best
  }
}
