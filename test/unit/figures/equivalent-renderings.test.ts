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
    expect(messages('총리는 이날 예산안을 다시 짜겠다고 밝혔다.', 'The prime minister said on Sunday that he would redraw the budget.')).toEqual([])
    expect(messages('그는 "서울에 도착한 15에는 비가 왔다"고 말했다.', '"It rained the day I arrived, Thursday," he said.')).toEqual([])
  })

  it('still reports a day the English drops, and a weekday the Korean does not back', () => {
    expect(messages('야당은 다음달 2일부터 협상을 재개할 방침이다.', 'The opposition will restart talks soon.')).toEqual(['다음달 2일 (the 2nd next month) not in the English'])
    expect(messages('총리는 예산안을 다시 짜겠다고 밝혔다.', 'The prime minister said on Sunday that he would redraw the budget.')).toEqual(['Sunday not in the Korean'])
    expect(messages('그는 선수 22명이 도착했다고 말했다.', 'He said the players arrived on Tuesday.')).toContain('22명 (22) not in the English')
  })

  it('takes an English number whose scale an earlier figure gave (4억 달러 = "400" after "300 million dollars")', () => {
    const ko = '그는 "어제는 3억 달러라더니 오늘은 4억 달러라고 한다"고 꼬집었다.'
    expect(messages(ko, '"Yesterday it was 300 million dollars, today it is 400," he said.')).toEqual([])
    expect(messages(ko, '"Yesterday it was 300 million dollars, today it is 450," he said.').length).toBeGreaterThan(0)
    expect(messages(ko, '"Yesterday it was 300 million dollars, today it is 4,000," he said.').length).toBeGreaterThan(0)
    // No scale said before: the bare 400 is not 4억 달러.
    expect(messages('오늘은 4억 달러라고 한다.', 'Today it is 400.').length).toBeGreaterThan(0)
  })

  it('takes 이달 for "the month"', () => {
    expect(messages('등록 마감일은 이달 말일이다.', 'The deadline to register is at the end of the month.')).toEqual([])
  })
})
