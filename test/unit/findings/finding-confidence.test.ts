import { describe, expect, it } from 'vitest'
import { compareSentences } from '../../../shared/lib/compare/compare-sentences'
import { presegmentedSentences } from '../../../shared/lib/compare/segment-paragraphs'
import { compareFigures } from '../../../shared/lib/figures/compare-figures'
import { clauseGaps } from '../../../shared/lib/findings/clause-omissions'
import {
  CALIBRATION,
  familyRate,
  typeConfidence,
  type CalibratedType,
  type CalibrationTable,
} from '../../../shared/lib/findings/finding-confidence'

const TYPES: readonly CalibratedType[] = [
  'figure-changed',
  'restated-conflict',
  'repeated',
  'date-weekday',
  'date-day',
  'date-relative',
  'date-year',
  'money',
  'percent',
  'time',
  'count-digits',
  'count-words',
  'ordinal',
  'multiplier',
  'fraction',
  'latin-name',
  'latin-name-referred',
  'quotation',
  'short-english',
]

/** The confidences of the findings a one-sentence pair raises, aligned and checked as the app does. */
function confidences(ko: string, en: string): number[] {
  return compareSentences(presegmentedSentences(ko), presegmentedSentences(en)).findings.map((f) => f.confidence)
}

describe('the calibration table', () => {
  it('has counts for every finding type and nothing else', () => {
    expect(Object.keys(CALIBRATION.types).sort()).toEqual([...TYPES].sort())
    for (const [type, t] of Object.entries(CALIBRATION.types)) {
      expect(['figure', 'date', 'clause'], type).toContain(t.family)
      for (const n of [t.real, t.equivalent, t.alignerError, t.misaligned]) expect(Number.isInteger(n) && n >= 0, type).toBe(true)
      // A hand-set prior only stands in where nothing was labelled.
      if (t.prior !== undefined) expect(t.real + t.equivalent + t.alignerError, type).toBe(0)
    }
  })

  it('gives a type the share of its labelled findings that were real, drawn toward its family by the pseudo-counts', () => {
    const table: CalibrationTable = {
      pseudoCounts: 2,
      types: {
        ...CALIBRATION.types,
        quotation: { family: 'clause', what: '', real: 1, equivalent: 9, alignerError: 0, misaligned: 40 },
        'short-english': { family: 'clause', what: '', real: 9, equivalent: 0, alignerError: 1, misaligned: 0 },
        'latin-name': { family: 'clause', what: '', real: 0, equivalent: 0, alignerError: 0, misaligned: 0 },
        'latin-name-referred': { family: 'clause', what: '', real: 0, equivalent: 0, alignerError: 0, misaligned: 0 },
      },
    }
    // Family: 10 real of 20, plus one pseudo-count each way; misaligned lines count for nothing.
    expect(familyRate('clause', table)).toBeCloseTo(11 / 22)
    expect(typeConfidence('quotation', table)).toBe(0.167) // (1 + 2 × 0.5) / (10 + 2)
    expect(typeConfidence('short-english', table)).toBe(0.833) // an aligner error counts against: (9 + 1) / 12
    expect(typeConfidence('latin-name', table)).toBe(0.5) // nothing labelled: the family's share
  })

  it('ranks the kinds as the labels did', () => {
    const c = (t: CalibratedType): number => typeConfidence(t)
    for (const t of TYPES) {
      expect(c(t), t).toBeGreaterThan(0)
      expect(c(t), t).toBeLessThan(1)
    }
    // Quotations rendered as reported speech were the common case; names spelled out no longer count.
    expect(c('quotation')).toBeLessThan(0.15)
    expect(c('quotation')).toBeLessThan(c('latin-name-referred'))
    expect(c('latin-name-referred')).toBeLessThan(c('latin-name'))
    // Dropped dates were nearly always real, numbers in digits less than half the time.
    for (const t of ['date-weekday', 'date-day', 'date-relative'] as const) expect(c(t), t).toBeGreaterThan(0.8)
    expect(c('count-digits')).toBeLessThan(0.5)
    expect(c('figure-changed')).toBeGreaterThan(0.5)
    expect(c('repeated')).toBeLessThan(0.5)
  })
})

describe('calibrated confidences of real slips and of equivalent renderings', () => {
  it('keeps a weekday for a day, a day for 이날 and a scale said once below 0.5 (they raise nothing)', () => {
    expect(confidences('야당은 다음달 5일부터 협상을 재개한다.', 'The opposition will resume talks on Friday.').filter((c) => c > 0.5)).toEqual([])
    expect(confidences('장관은 이날 사임 의사를 밝혔다.', 'The minister said on Monday that he would resign.').filter((c) => c > 0.5)).toEqual([])
    expect(
      confidences('그는 "어제는 3억 달러라더니 오늘은 4억 달러라고 한다"고 꼬집었다.', '"Yesterday it was 300 million dollars, today it is 400," he said.').filter(
        (c) => c > 0.5,
      ),
    ).toEqual([])
  })

  it('puts real slips above 0.5: a price, a count ten times off, a vague amount of another order, a dropped weekday', () => {
    const max = (ko: string, en: string): number => Math.max(0, ...confidences(ko, en))
    expect(max('광고를 건너뛰려면 통화당 0.5달러를 내야 한다.', 'Users pay 15 cents per call to skip the ads.')).toBeGreaterThan(0.5)
    expect(max('태풍이 다가오자 어선 50만여척이 항구로 돌아왔다.', 'As the typhoon neared, more than 50,000 fishing boats returned to port.')).toBeGreaterThan(0.5)
    expect(max('파업으로 프랑스는 날마다 수십억 유로를 잃고 있다.', 'The strike is costing France hundreds of millions of euros a day.')).toBeGreaterThan(0.5)
    expect(max('대변인은 협상이 결렬됐다고 말했다.', 'The talks broke down, the spokesman said Monday.')).toBeGreaterThan(0.5)
  })

  it('takes a number one digit off for a changed figure, not for two figures that merely differ', () => {
    const [ko, en] = compareFigures('사고로 178명이 다쳤다.', 'The crash injured 173 people.')
    expect([ko.type, en.type]).toEqual(['figure-changed', 'figure-changed'])
    expect(ko.confidence).toBeGreaterThan(0.5)
    // 975 m² and "10,500 square feet" are the same area in two units, more than ten times apart: no changed figure.
    expect(compareFigures('975 m²의 반사판을 덮었다.', 'They spread a 10,500-square-foot reflector.').map((m) => m.type)).toEqual([
      'count-digits',
      'count-digits',
    ])
  })

  it('takes a changed figure only within one measure: a currency, or multipliers among themselves', () => {
    const types = (ko: string, en: string): string[] => compareFigures(ko, en).map((m) => m.type)
    expect(types('매출은 30억 엔이었다.', 'Sales were $3.5 billion.')).toEqual(['money', 'money'])
    expect(types('매출은 30억 달러였다.', 'Sales were 3.5 billion.')).toEqual(['figure-changed', 'figure-changed'])
    expect(types('수입이 3배 늘었다.', 'Imports reached 5 ports.')).toEqual(['multiplier', 'count-digits'])
    expect(types('수입이 3배 늘었다.', 'Imports grew 4 times over.')).toEqual(['figure-changed', 'figure-changed'])
    // Many leftovers a side: each still finds its neighbour in value.
    const ko = Array.from({ length: 300 }, (_, i) => `${100 + 2 * i}명`).join(', ')
    const en = Array.from({ length: 300 }, (_, i) => `${100 + 2 * i + 1}`).join(', ')
    expect(new Set(types(ko, en))).toEqual(new Set(['figure-changed']))
  })

  it('gives a quotation rendered as reported speech a low confidence', () => {
    const quote = clauseGaps('대변인은 "수사가 계속 진행 중"이라고 말했다.', 'The spokesman noted that the investigation is ongoing.')
    expect(quote.map((g) => g.type)).toEqual(['quotation'])
    expect(quote[0].confidence).toBeLessThan(0.2)
  })
})
