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

describe('a day of the month given as a weekday, and a scale said once', () => {
  it('takes a weekday for a day of a relative month, for 이날, and for a day whose 일 was dropped', () => {
    expect(messages('야당은 다음달 2일부터 협상을 재개할 방침이다.', 'The opposition will restart talks on Saturday.')).toEqual([])
    expect(messages('반면 오바마는 이날 할당제만으로는 부족하다고 주장했다.', 'Obama on Sunday said quotas alone were not enough.')).toEqual([])
    expect(messages('그는 "베이징에 도착했던 22에는 최악이었다"고 말했다.', '"The day I arrived, Tuesday, was awful," he said.')).toEqual([])
  })

  it('still reports a day the English drops, and a weekday the Korean does not back', () => {
    expect(messages('야당은 다음달 2일부터 협상을 재개할 방침이다.', 'The opposition will restart talks soon.')).toEqual(['다음달 2일 (the 2nd next month) not in the English'])
    expect(messages('오바마는 할당제만으로는 부족하다고 주장했다.', 'Obama on Sunday said quotas alone were not enough.')).toEqual(['Sunday not in the Korean'])
    expect(messages('그는 선수 22명이 도착했다고 말했다.', 'He said the players arrived on Tuesday.')).toContain('22명 (22) not in the English')
  })

  it('takes an English number whose scale an earlier figure gave (2억 유로 = "200" after "150 million euros")', () => {
    const ko = '그는 "오늘은 1억5천만 유로였다가 내일은 2억 유로가 될 것"이라고 말했다.'
    expect(messages(ko, '"Today it is a 150 million euros offer and tomorrow it will be 200," he said.')).toEqual([])
    expect(messages(ko, '"Today it is a 150 million euros offer and tomorrow it will be 250," he said.').length).toBeGreaterThan(0)
    expect(messages(ko, '"Today it is a 150 million euros offer and tomorrow it will be 2,000," he said.').length).toBeGreaterThan(0)
    // No scale said before: the bare 200 is not 2억 유로.
    expect(messages('내일은 2억 유로가 될 것이다.', 'Tomorrow it will be 200.').length).toBeGreaterThan(0)
  })

  it('takes 이달 for "the month"', () => {
    expect(messages('등록 마감일은 이달 말일이다.', 'The deadline to register is at the end of the month.')).toEqual([])
  })
})
