import { hangulSkeleton } from './hangul-skeleton'
import { stripParticle } from './korean-particles'
import { latinSkeleton, latinStem } from './latin-skeleton'
import { nameSkeletons } from './name-skeletons'
import { MIN_INDEL_COST, skeletonSimilarity, skeletonSimilarityAtLeast } from './skeleton-similarity'

/**
 * How alike two skeletons must be to count as the same name. Tuned on the kpc-dev pairs: true pairs
 * against pairs of unrelated sentences.
 */
export const NAME_MATCH_THRESHOLD = 0.8

/** How well a Hangul word (particles allowed) transliterates a word in Latin letters, in [0, 1]. */
export function nameSimilarity(hangulWord: string, latinWord: string): number {
  const hangul = hangulSkeleton(stripParticle(hangulWord.trim()))
  const stem = latinStem(latinWord)
  return Math.max(skeletonSimilarity(hangul, latinSkeleton(latinWord)), skeletonSimilarity(hangul, latinSkeleton(stem)))
}

/** How many of the Korean skeletons find an English one alike enough. */
export function sharedNameCount(koSkeletons: readonly string[], enSkeletons: readonly string[]): number {
  let count = 0
  for (const ko of koSkeletons) {
    for (const en of enSkeletons) {
      // Cheap bound first: each class of length difference costs at least half an edit.
      const longer = Math.max(ko.length, en.length)
      if (1 - (MIN_INDEL_COST * Math.abs(ko.length - en.length)) / longer < NAME_MATCH_THRESHOLD) continue
      if (skeletonSimilarityAtLeast(ko, en, NAME_MATCH_THRESHOLD) >= NAME_MATCH_THRESHOLD) {
        count++
        break
      }
    }
  }
  return count
}

/** How many Hangul words of `koText` transliterate a capitalised word (or pair of words) of `enText`. */
export function matchNames(koText: string, enText: string): number {
  return sharedNameCount(nameSkeletons(koText, 'ko'), nameSkeletons(enText, 'en'))
}
