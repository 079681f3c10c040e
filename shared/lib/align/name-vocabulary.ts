import { NAME_MATCH_THRESHOLD } from '../names/name-similarity'
import { MIN_INDEL_COST, skeletonSimilarity } from '../names/skeleton-similarity'

/**
 * Korean name skeletons of one document, so an English name can be resolved to the Korean one it
 * sounds like once per distinct spelling instead of once per sentence pair.
 */
export class NameVocabulary {
  private readonly byFirst = new Map<string, string[]>()
  private readonly known = new Set<string>()
  private readonly resolved = new Map<string, string | null>()

  addKorean(skeleton: string): void {
    if (this.known.has(skeleton)) return
    this.known.add(skeleton)
    const bucket = this.byFirst.get(skeleton[0])
    if (bucket) bucket.push(skeleton)
    else this.byFirst.set(skeleton[0], [skeleton])
  }

  /** The Korean skeleton an English one matches best, or null. */
  resolve(enSkeleton: string): string | null {
    const cached = this.resolved.get(enSkeleton)
    if (cached !== undefined) return cached
    let best: string | null = null
    let bestScore = NAME_MATCH_THRESHOLD
    // Transliterations keep the first consonant class, so one bucket is enough.
    for (const ko of this.byFirst.get(enSkeleton[0]) ?? []) {
      const longer = Math.max(ko.length, enSkeleton.length)
      if (1 - (MIN_INDEL_COST * Math.abs(ko.length - enSkeleton.length)) / longer < bestScore) continue
      const s = skeletonSimilarity(ko, enSkeleton)
      if (s >= bestScore) {
        bestScore = s
        best = ko
        if (s === 1) break
      }
    }
    this.resolved.set(enSkeleton, best)
    return best
  }
}
