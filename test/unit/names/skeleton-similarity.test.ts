import { describe, expect, it } from 'vitest'
import { skeletonSimilarity, skeletonSimilarityAtLeast } from '../../../shared/lib/names/skeleton-similarity'

describe('skeletonSimilarityAtLeast', () => {
  it('is skeletonSimilarity whenever that reaches the threshold, and below the threshold otherwise', () => {
    let x = 11
    const rand = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
    const skeleton = (): string => Array.from({ length: Math.floor(rand() * 9) }, () => 'PTKSJMNRHA'[Math.floor(rand() * 10)]).join('')
    for (let k = 0; k < 20000; k++) {
      const a = skeleton()
      const b = k % 2 ? skeleton() : a.slice(0, -1) + skeleton().slice(0, 2)
      const min = [0.5, 0.8, 0.9, rand()][k % 4]
      const exact = skeletonSimilarity(a, b)
      const bounded = skeletonSimilarityAtLeast(a, b, min)
      if (exact >= min) expect(bounded).toBe(exact)
      else expect(bounded).toBeLessThan(min)
    }
  })

  it('keeps the weighted distance: R, H and a leading vowel cost half', () => {
    expect(skeletonSimilarity('PRMPK', 'PMPK')).toBeCloseTo(1 - 0.5 / 5)
    expect(skeletonSimilarity('ANPTA', 'NPTA')).toBeCloseTo(1 - 0.5 / 5)
    expect(skeletonSimilarity('NTSKP', 'NTSKM')).toBeCloseTo(1 - 1 / 5)
  })
})
