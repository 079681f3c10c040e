import { describe, expect, it } from 'vitest'
import { alignedRows } from '../../../renderer/src/lib/aligned-rows'
import { findingId, linkId } from '../../../shared/lib/compare/anchor-ids'
import type { Comparison } from '../../../shared/models/comparison'
import type { Finding } from '../../../shared/models/finding'

const sentence = (text: string, paragraph = 0) => ({ text, start: 0, end: text.length, paragraph })
const link = (ko: number[], en: number[], score = 0.9) => ({ ko, en, score, lowConfidence: score < 0.5 })

const ko = [sentence('2일 블룸버그에 따르면 52%가 차단했다.'), sentence('인도는 환영했다.'), sentence('빠진 문장이다.')]
const en = [sentence('According to Bloomberg, 25% blocked it.'), sentence('India welcomed it.')]
const findings: Finding[] = [
  { kind: 'figure-mismatch', ko: [0], en: [0], message: '52% ≠ 25%', confidence: 0.9, koValue: '52%', enValue: '25%', koSpan: { start: 13, end: 16 }, enSpan: { start: 24, end: 27 } },
  { kind: 'figure-mismatch', ko: [0], en: [0], message: '2일 (the 2nd) not in the English', confidence: 0.7, koValue: '2일', koSpan: { start: 0, end: 2 } },
  { kind: 'omission', ko: [2], en: [], message: 'Not in the English: “빠진 문장이다.”', confidence: 0.3 },
]
const comparison: Comparison = {
  ko,
  en,
  links: [link([0], [0]), link([1], [1]), link([2], [], 0.3)].map((l) => ({ ...l, id: linkId(l, ko, en) })),
  findings: findings.map((f) => ({ ...f, id: findingId(f, ko, en) })),
}

describe('alignedRows', () => {
  const laid = alignedRows(comparison)

  it('makes one row per link, with each side’s sentences', () => {
    expect(laid.rows.map((r) => [r.ko.map((s) => s.index), r.en.map((s) => s.index)])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ])
  })

  it('puts every finding on the row of its sentences, most confident first within a row', () => {
    expect(laid.rowOfFinding).toEqual([0, 0, 2])
    expect(laid.findingOrder).toEqual([0, 1, 2])
    expect(laid.rows[0].kinds).toEqual(['figure-mismatch'])
    expect(laid.rows[2].kinds).toEqual(['omission'])
  })

  it('marks the exact spans of the figures on both sides', () => {
    const ko = laid.rows[0].ko[0]
    expect(ko.marks.map((m) => ko.text.slice(m.start, m.end))).toEqual(['2일', '52%'])
    const en = laid.rows[0].en[0]
    expect(en.marks.map((m) => en.text.slice(m.start, m.end))).toEqual(['25%'])
    expect(en.marks[0].message).toBe('52% ≠ 25%')
  })
})
