// One linked sentence pair with thousands of figures a side: past the work bound, still the right answer.
import { describe, expect, it } from 'vitest'
import { compareFigures, MAX_CANDIDATE_PAIRS, type FigureWork } from '../../../shared/lib/figures/compare-figures'

const koList = (values: number[]) => values.map((v) => `${v}개`).join(', ') + '가 있다.'
const enList = (values: number[]) => 'There are ' + values.map(String).join(', ') + '.'
const series = (n: number) => Array.from({ length: n }, (_, i) => 3 * i + 2)

/** Bombs small enough to compare exactly too, so the bounded search can be held to the exact answer. */
const bombs: Record<string, (n: number) => [string, string]> = {
  'one to one': (n) => [koList(series(n)), enList(series(n))],
  'one changed': (n) => [koList(series(n)), enList(series(n).map((v, i) => (i === n >> 1 ? v + 1 : v)))],
  // 122 has no value on the English side that rounds alike (2252 would: "2300" at its precision).
  'one dropped': (n) => [koList(series(n)), enList(series(n).filter((_, i) => i !== 40))],
  'all equal': (n) => [Array.from({ length: n }, () => '7%').join(', ') + '였다.', 'It was ' + Array.from({ length: n - 1 }, () => '7%').join(', ') + ', 8%.'],
}

describe('figure bomb', () => {
  for (const [name, make] of Object.entries(bombs)) {
    it(`gives the exact answer past the work bound: ${name}, 300 figures a side`, () => {
      const [ko, en] = make(300)
      const exact = compareFigures(ko, en, Infinity)
      expect(compareFigures(ko, en, 1000)).toEqual(exact)
    })
  }

  it('stays close to the exact answer when values differ but round alike across buckets', () => {
    // 130명 ≈ "131" at the precision written, 125명 ≈ "128" not: the bounded search looks only within a value's
    // two-digit bucket, so a pair straddling two buckets can be missed. Hold it to within a tenth of the exact count.
    const ko = Array.from({ length: 300 }, (_, i) => `${3 * i + 1}명`).join(', ') + '이다.'
    const en = 'They are ' + series(300).map(String).join(', ') + '.'
    const exact = compareFigures(ko, en, Infinity).length
    const bounded = compareFigures(ko, en, 1000).length
    expect(Math.abs(bounded - exact)).toBeLessThanOrEqual(exact / 10)
  })

  it('finds nothing wrong when 5,000 figures match one to one', () => {
    expect(compareFigures(...bombs['one to one'](5000))).toEqual([])
  })

  it('reports the one figure changed among 5,000 (different digits: missing on each side)', () => {
    const v = series(5000)[2500]
    expect(compareFigures(...bombs['one changed'](5000)).map((m) => m.message)).toEqual([`${v}개 (${v.toLocaleString('en-US')}) not in the English`, `${v + 1} not in the Korean`])
  })

  it('reports the one figure the English dropped among 5,000', () => {
    const found = compareFigures(...bombs['one dropped'](5000))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ side: 'ko', message: expect.stringContaining('122개') })
  })

  it('pairs 5,000 equal figures and reports the one that differs', () => {
    expect(compareFigures(...bombs['all equal'](5000)).map((m) => m.message)).toEqual(['7% ≠ 8%'])
  })
})

describe('figure bomb: 1개, 2개, … 5000개 against 1, 2, … 5000', () => {
  const n = 5000
  const values = Array.from({ length: n }, (_, i) => i + 1)
  const korean = (vs: readonly number[]) => vs.map((v) => `${v}개`).join(', ')
  const english = (vs: readonly (number | string)[]) => vs.map(String).join(', ')
  /** Three scorings per candidate pair under the cap; past it, a few per figure. */
  const workBound = (figures: number) => 3 * MAX_CANDIDATE_PAIRS + 20 * figures

  function compare(ko: string, en: string) {
    const work: FigureWork = { pairs: 0 }
    const mismatches = compareFigures(ko, en, undefined, work)
    expect(work.pairs).toBeLessThanOrEqual(workBound(2 * n))
    return mismatches
  }

  it('finds nothing wrong when they match one to one (1000 to 2200 read as years on the English side)', () => {
    expect(compare(korean(values), english(values))).toEqual([])
  })

  it('reports exactly the one figure changed (4321 → 43210, a slip of the decimal point)', () => {
    const found = compare(korean(values), english(values.map((v) => (v === 4321 ? 43210 : v))))
    expect(found.map((m) => [m.side, m.message])).toEqual([['both', '4321개 (4,321) ≠ 43210']])
  })

  it('reports the one figure the English dropped (4003: no round figure on the English side stands for it)', () => {
    const found = compare(korean(values), english(values.filter((v) => v !== 4003)))
    expect(found.map((m) => [m.side, m.message])).toEqual([['ko', '4003개 (4,003) not in the English']])
  })

  it('pairs 5,000 equal figures a side, and with one English figure changed reports only that one', () => {
    const sevens = Array.from({ length: n }, () => '7개').join(', ')
    expect(compare(sevens, english(Array.from({ length: n }, () => 7)))).toEqual([])
    const oneEight = english(Array.from({ length: n }, (_, i) => (i === 2500 ? 8 : 7)))
    // The Korean 7개 left over matches the English sevens already paired: a repetition, not a missing figure.
    expect(compare(sevens, oneEight).map((m) => m.message)).toEqual(['8 not in the Korean'])
  })

  it('reports every figure when no value matches (1개 is a lone one, never reported)', () => {
    const found = compare(korean(values), english(values.map((v) => v + 10000.5)))
    expect(found).toHaveLength(2 * n - 1)
    expect(found.filter((m) => m.side === 'both')).toEqual([])
  })
})
