import { NAME_MATCH_THRESHOLD } from '../names/name-similarity'
import { MIN_INDEL_COST, skeletonSimilarityAtLeast } from '../names/skeleton-similarity'

/** The Korean skeletons sharing a first class, in the order they were added, as parallel arrays. */
interface Bucket {
  readonly skeletons: string[]
  readonly masks: number[]
  readonly lengths: number[]
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

/** Set bits of every 7-bit mask. */
const POPCOUNT = Uint8Array.from({ length: 128 }, (_, x) => popcount(x))

/**
 * Korean name skeletons of one document, so an English name can be resolved to the Korean one it
 * sounds like once per distinct spelling instead of once per sentence pair.
 */
export class NameVocabulary {
  private readonly byFirst = new Map<string, Bucket>()
  private readonly known = new Set<string>()
  private readonly resolved = new Map<string, string | null>()

  addKorean(skeleton: string): void {
    if (this.known.has(skeleton)) return
    this.known.add(skeleton)
    let bucket = this.byFirst.get(skeleton[0])
    if (!bucket) this.byFirst.set(skeleton[0], (bucket = { skeletons: [], masks: [], lengths: [] }))
    bucket.skeletons.push(skeleton)
    bucket.masks.push(classMask(skeleton))
    bucket.lengths.push(skeleton.length)
  }

  /** The Korean skeleton an English one matches best, or null. */
  resolve(enSkeleton: string): string | null {
    const cached = this.resolved.get(enSkeleton)
    if (cached !== undefined) return cached
    let best: string | null = this.known.has(enSkeleton) ? enSkeleton : null
    // Transliterations keep the first consonant class, so one bucket is enough.
    const bucket = best === null ? this.byFirst.get(enSkeleton[0]) : undefined
    if (bucket) best = this.bestInBucket(bucket, enSkeleton)
    this.resolved.set(enSkeleton, best)
    return best
  }

  /**
   * The last skeleton of the bucket with the best similarity of at least NAME_MATCH_THRESHOLD. The two cheap
   * bounds below depend only on a candidate's length (and the best score so far), so they are worked out once
   * per length rather than once per candidate, with the same expressions.
   */
  private bestInBucket(bucket: Bucket, enSkeleton: string): string | null {
    const { skeletons, masks, lengths } = bucket
    const length = enSkeleton.length
    const mask = classMask(enSkeleton)
    let best: string | null = null
    let bestScore = NAME_MATCH_THRESHOLD
    // Per candidate length: -1 when the length alone rules it out, else how many class bits may differ.
    const bitsAllowed: number[] = []
    const allowedFor = (koLength: number): number => {
      let allowed = bitsAllowed[koLength]
      if (allowed === undefined) {
        const longer = Math.max(koLength, length)
        // Each class of length difference costs at least half an edit.
        if (1 - (MIN_INDEL_COST * Math.abs(koLength - length)) / longer < bestScore) allowed = -1
        // Each full-cost edit changes at most two class bits; the threshold allows few edits.
        else allowed = 2 * Math.floor((1 - bestScore) * longer + 1e-9)
        bitsAllowed[koLength] = allowed
      }
      return allowed
    }
    for (let c = 0; c < skeletons.length; c++) {
      const allowed = allowedFor(lengths[c])
      if (allowed < 0 || POPCOUNT[mask ^ masks[c]] > allowed) continue
      const s = skeletonSimilarityAtLeast(skeletons[c], enSkeleton, bestScore)
      if (s >= bestScore) {
        // A higher best score tightens both bounds.
        if (s !== bestScore) bitsAllowed.length = 0
        bestScore = s
        best = skeletons[c]
      }
    }
    return best
  }
}
