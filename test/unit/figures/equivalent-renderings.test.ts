import { describe, expect, it } from 'vitest'
import { compareFigures } from '../../../shared/lib/figures/compare-figures'
import { devLine, hasDevSet } from '../segment/seed-text'

const messages = (ko: string, en: string): string[] => compareFigures(ko, en).map((m) => m.message)

describe.skipIf(!hasDevSet)('renderings the figure check accepts (kpc-dev findings classified as equivalent)', () => {
  it('takes a measure in another unit for the same measure (시속 120km = 75 mph, 2956m = 9,700-foot)', () => {
    expect(messages(devLine('ko', 109), devLine('en', 109)).filter((m) => /120km|\b75\b/.test(m))).toEqual([])
    expect(messages(devLine('ko', 359), devLine('en', 359)).filter((m) => /2956m|9,700/.test(m))).toEqual([])
  })

  it('takes 하루 for "24 hours"', () => {
    expect(devLine('ko', 92)).toContain('하루 앞두고')
    expect(messages(devLine('ko', 92), devLine('en', 92)).filter((m) => m.startsWith('24 '))).toEqual([])
  })

  it('takes "a third to a half" for 30%~50%', () => {
    expect(messages(devLine('ko', 318), devLine('en', 318)).filter((m) => /half|third|30%/.test(m))).toEqual([])
  })

  it('takes 올해 for "this season"', () => {
    expect(messages(devLine('ko', 493), devLine('en', 493)).filter((m) => /올해/.test(m))).toEqual([])
  })
})

describe('equivalent renderings do not hide a changed figure', () => {
  it('still flags a converted figure one digit off (76 mph for 시속 120km) or ten times off', () => {
    const ko = '태풍은 29일 시속 120km의 1급 태풍으로 격하됐다.'
    expect(messages(ko, 'The typhoon weakened to a Category 1 storm with winds of 75 mph on the 29th.')).toEqual([])
    expect(messages(ko, 'The typhoon weakened to a Category 1 storm with winds of 76 mph on the 29th.').length).toBeGreaterThan(0)
    expect(messages(ko, 'The typhoon weakened to a Category 1 storm with winds of 750 mph on the 29th.').length).toBeGreaterThan(0)
  })

  it('still flags 48 hours for 하루 and a fraction far from the percentage', () => {
    expect(messages('선수 명단 제출을 하루 앞두고 이뤄졌다.', 'It came 48 hours before the deadline.').length).toBeGreaterThan(0)
    expect(messages('여성의 30%가 그렇다.', 'A half of women do.').length).toBeGreaterThan(0)
  })

  it('keeps 양국 when the English speaks of one party only', () => {
    expect(messages('양국은 합의했다.', 'Thailand agreed.').length).toBeGreaterThan(0)
    expect(messages('양국은 합의했다.', 'Thailand and Cambodia agreed.')).toEqual([])
  })
})

describe('"a three-point statement" counts points (kpc-dev: 3개 항목)', () => {
  it('matches 3개 항목 and still reads a margin as percentage points', () => {
    expect(messages('남측은 북한에 비료 20만 톤을 지원한다는 3개 항목에 대해서는 동의했다.', 'A three-point statement said that the South will give 200,000 tons of fertilizer.')).toEqual([])
    expect(messages('오바마가 9%포인트 앞섰다.', 'Obama is ahead by a 9-point margin.')).toEqual([])
  })
})
