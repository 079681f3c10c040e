import { describe, expect, it } from 'vitest'
import { lengthCostFunction, lengthCostTerms } from '../../../shared/lib/align/length-model'
import { toIdSet } from '../../../shared/lib/align/sentence-profile'

describe('lengthCostTerms', () => {
  it('composes to exactly the hot-loop length cost', () => {
    const cost = lengthCostFunction()
    const t = lengthCostTerms()
    for (const ko of [0, 1, 2, 7, 50, 51, 333, 4000]) {
      for (const en of [0, 1, 3, 100, 109, 2500, 90000]) {
        const koLog = t.koLog(ko)
        // The same operations in the same order: equal to the last bit, not merely close.
        expect(t.cost(t.enTerm(en), koLog, t.koDrift(koLog), t.koSigma(ko))).toBe(cost(ko, en))
      }
    }
  })
})

describe('toIdSet', () => {
  it('sorts and de-duplicates short and long lists alike', () => {
    let x = 3
    const rand = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
    for (const length of [0, 1, 2, 5, 31, 64, 65, 300]) {
      const ids = Array.from({ length }, () => Math.floor(rand() * 50))
      expect(toIdSet([...ids])).toEqual([...new Set(ids)].sort((a, b) => a - b))
    }
  })
})
