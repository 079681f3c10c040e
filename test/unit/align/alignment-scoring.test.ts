import { describe, expect, it } from 'vitest'
import { alignProfiles } from '../../../shared/lib/align/align-profiles'
import { contentLength, LENGTH_MODEL, lengthCost } from '../../../shared/lib/align/length-model'
import { linkConfidence, LOW_CONFIDENCE } from '../../../shared/lib/align/link-confidence'
import { type SentenceProfile, sharedCount, sharedCount3, toIdSet } from '../../../shared/lib/align/sentence-profile'


describe('length model', () => {
  it('counts content characters, not spaces', () => {
    expect(contentLength('미 해군과 국방부도')).toBe(8)
    expect(contentLength('The U.S. Navy')).toBe(11)
  })

  it('is cheapest when English runs about 2.2 times the Korean', () => {
    const ko = LENGTH_MODEL.pivotLength
    const expected = Math.round(LENGTH_MODEL.enCharsPerKoChar * ko)
    expect(lengthCost(ko, expected)).toBeLessThan(0.01)
    expect(lengthCost(ko, expected)).toBeLessThan(lengthCost(ko, ko))
    expect(lengthCost(ko, expected)).toBeLessThan(lengthCost(ko, 4 * ko))
  })
})

describe('anchor sets', () => {
  it('dedupes and sorts ids, and counts the shared ones', () => {
    expect(toIdSet([5, 1, 5, 3, 12])).toEqual([1, 3, 5, 12])
    expect(sharedCount(toIdSet([1, 3, 5, 9]), toIdSet([3, 4, 9]))).toBe(2)
    expect(sharedCount(toIdSet([]), toIdSet([1]))).toBe(0)
    expect(sharedCount3(toIdSet([1, 3, 5, 9]), toIdSet([3, 5, 9]), toIdSet([0, 5, 9, 11]))).toBe(2)
    expect(sharedCount3(toIdSet([1]), toIdSet([1]), toIdSet([]))).toBe(0)
  })

  it('makes shared anchors raise a link confidence and one-sided anchors lower it', () => {
    const score = (ko: SentenceProfile, en: SentenceProfile): number => alignProfiles([ko], [en])[0].score
    const base = score(profile(30), profile(65))
    expect(score(profile(30, [1, 2]), profile(65, [1, 2]))).toBeGreaterThan(base)
    expect(score(profile(30, [1, 2, 3], [4, 5, 6, 7]), profile(65, [8, 9], [10, 11, 12]))).toBeLessThan(base)
  })

  it('turns a wider winning margin into higher confidence', () => {
    expect(linkConfidence(6)).toBeGreaterThan(linkConfidence(2))
    expect(linkConfidence(0.2)).toBeLessThan(LOW_CONFIDENCE)
    expect(linkConfidence(Infinity)).toBe(1)
  })

  it('marks a link as uncertain when another reading of the sentences is nearly as good', () => {
    // Two Korean sentences of equal standing and one English sentence that fits either: no clear winner.
    const links = alignProfiles([profile(30, [], [1]), profile(30, [], [1])], [profile(65, [], [1])])
    expect(links.some((l) => l.lowConfidence)).toBe(true)
    // A clean one-to-one pair with shared figures is sure.
    const sure = alignProfiles([profile(30, [1, 2], [3])], [profile(65, [1, 2], [3])])
    expect(sure[0].lowConfidence).toBe(false)
  })
})

function profile(length: number, strong: number[] = [], weak: number[] = []): SentenceProfile {
  return { length, strong: toIdSet(strong), weak: toIdSet(weak), names: toIdSet([]), splits: 0 }
}

describe('bead dynamic programming', () => {
  it('covers every sentence of both sides once, in order', () => {
    const ko = [profile(20), profile(35), profile(15), profile(40)]
    const en = [profile(45), profile(70), profile(30), profile(90)]
    const links = alignProfiles(ko, en)
    expect(links.flatMap((l) => l.ko)).toEqual([0, 1, 2, 3])
    expect(links.flatMap((l) => l.en)).toEqual([0, 1, 2, 3])
    expect(links.every((l) => l.score >= 0 && l.score <= 1)).toBe(true)
  })

  it('leaves a Korean sentence whose anchors the English lacks unlinked', () => {
    const ko = [profile(30, [1]), profile(25, [2, 3]), profile(30, [4])]
    const en = [profile(65, [1]), profile(66, [4])]
    expect(alignProfiles(ko, en).map((l) => [l.ko, l.en])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ])
  })

  it('joins two Korean sentences that one English sentence renders', () => {
    const ko = [profile(30, [1]), profile(20, [2]), profile(20, [3]), profile(30, [4])]
    const en = [profile(65, [1]), profile(88, [2, 3]), profile(66, [4])]
    expect(alignProfiles(ko, en).map((l) => [l.ko, l.en])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ])
  })

  it('handles empty sides', () => {
    expect(alignProfiles([], [])).toEqual([])
    expect(alignProfiles([profile(10)], []).map((l) => [l.ko, l.en])).toEqual([[[0], []]])
    expect(alignProfiles([], [profile(10)]).map((l) => [l.ko, l.en])).toEqual([[[], [0]]])
  })

  it('stays inside a band on long documents and still reaches the end', () => {
    const n = 3000
    const ko = Array.from({ length: n }, (_, i) => profile(20 + (i % 7) * 5, [i]))
    const en = Array.from({ length: n }, (_, i) => profile(Math.round((20 + (i % 7) * 5) * 2.17), [i]))
    const links = alignProfiles(ko, en)
    expect(links).toHaveLength(n)
    expect(links.every((l, i) => l.ko[0] === i && l.en[0] === i)).toBe(true)
  })
})

describe('texts that do not translate each other', () => {
  it('still covers both sides when one is much longer and nothing matches', () => {
    const ko = Array.from({ length: 12 }, (_, i) => profile(40, [1000 + i]))
    const en = Array.from({ length: 70 }, (_, i) => profile(60, [2000 + i]))
    const links = alignProfiles(ko, en)
    expect(links.flatMap((l) => l.ko)).toEqual(ko.map((_, i) => i))
    expect(links.flatMap((l) => l.en)).toEqual(en.map((_, j) => j))
  })
})
