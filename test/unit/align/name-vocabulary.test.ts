import { describe, expect, it } from 'vitest'
import { NameVocabulary } from '../../../shared/lib/align/name-vocabulary'
import { NAME_MATCH_THRESHOLD } from '../../../shared/lib/names/name-similarity'
import { skeletonSimilarity } from '../../../shared/lib/names/skeleton-similarity'

/** resolve as a plain scan: the last Korean skeleton of the same first class with the best similarity. */
function reference(korean: readonly string[], en: string): string | null {
  if (korean.includes(en)) return en
  let best: string | null = null
  let bestScore = NAME_MATCH_THRESHOLD
  for (const ko of new Set(korean)) {
    if (ko[0] !== en[0]) continue
    const s = skeletonSimilarity(ko, en)
    if (s >= bestScore) {
      bestScore = s
      best = ko
    }
  }
  return best
}

describe('NameVocabulary.resolve', () => {
  it('finds what a plain scan finds, ties going to the later skeleton', () => {
    let x = 17
    const rand = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
    const skeleton = (n: number): string => Array.from({ length: n }, () => 'PTKSJMNRHA'[Math.floor(rand() * 10)]).join('')
    for (let trial = 0; trial < 100; trial++) {
      const korean = Array.from({ length: 150 }, () => 'PT'[trial % 2] + skeleton(1 + Math.floor(rand() * 7)))
      const vocabulary = new NameVocabulary()
      for (const ko of korean) vocabulary.addKorean(ko)
      for (let q = 0; q < 100; q++) {
        const base = korean[Math.floor(rand() * korean.length)]
        const at = 1 + Math.floor(rand() * base.length)
        const en = rand() < 0.5 ? base.slice(0, at) + skeleton(1) + base.slice(at + 1) : base.slice(0, at) + skeleton(1) + base.slice(at)
        expect(vocabulary.resolve(en), en).toBe(reference(korean, en))
      }
    }
  })
})
