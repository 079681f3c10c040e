import { describe, expect, it } from 'vitest'
import { writeJson } from '../../../shared/lib/export/write-json'
import { hostile, hostileExportPair, reviewedSeedPair, seedExportPair } from './export-fixtures'

interface JsonPair {
  koArticle: { id: string; title: string }
  ko: string[]
  en: string[]
  links: Array<{ id: string; ko: number[]; en: number[]; score: number; notes: Array<{ note: string }> }>
  findings: Array<{ id: string; kind: string; verdict: string | null; notes: Array<{ note: string }> }>
  orphans: Array<{ quote: string; note: string }>
}

describe('JSON export', () => {
  it('holds the align --json contract per pair, plus both articles', () => {
    const pair = seedExportPair('deepseek')
    const json = JSON.parse(writeJson([pair], { only: 'all' })) as { only: string; pairs: JsonPair[] }
    expect(json.only).toBe('all')
    const [p] = json.pairs
    expect(p.koArticle).toMatchObject({ id: pair.ko.id, title: pair.ko.title })
    expect(p.ko).toEqual(pair.comparison.ko.map((s) => s.text))
    expect(p.links.map((l) => [l.id, l.ko, l.en])).toEqual(pair.comparison.links.map((l) => [l.id, l.ko, l.en]))
    expect(p.findings.map((f) => f.id).sort()).toEqual(pair.comparison.findings.map((f) => f.id).sort())
  })

  it('adds verdicts and notes, lists orphaned notes with their quote, and filters links and findings', () => {
    const { pair, confirmedFindingId, noteLinkId } = reviewedSeedPair()
    const all = (JSON.parse(writeJson([pair], { only: 'all' })) as { pairs: JsonPair[] }).pairs[0]
    expect(all.findings.find((f) => f.id === confirmedFindingId)).toMatchObject({ verdict: 'confirmed', notes: [{ note: `Date dropped ${hostile.script}` }] })
    expect(all.links.find((l) => l.id === noteLinkId)?.notes[0].note).toContain('Check the headline')
    expect(all.orphans).toEqual([expect.objectContaining({ quote: '사라진 문장 <i>', note: 'about a sentence since edited' })])
    const confirmed = (JSON.parse(writeJson([pair], { only: 'confirmed' })) as { pairs: JsonPair[] }).pairs[0]
    expect(confirmed.links).toHaveLength(1)
    expect(confirmed.findings.some((f) => f.verdict === 'confirmed')).toBe(true)
    expect(confirmed.ko).toHaveLength(pair.comparison.ko.length)
  })

  it('round-trips hostile text exactly', () => {
    const pair = hostileExportPair()
    const p = (JSON.parse(writeJson([pair], { only: 'all' })) as { pairs: JsonPair[] }).pairs[0]
    expect(p.ko).toEqual(pair.comparison.ko.map((s) => s.text))
    expect(p.koArticle.title).toBe(pair.ko.title)
    expect(p.ko.join(' ')).toContain(hostile.script)
  })
})
