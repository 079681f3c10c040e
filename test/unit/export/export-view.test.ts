import { describe, expect, it } from 'vitest'
import { exportPairView } from '../../../shared/lib/export/export-view'
import { hostileExportPair, placedAnnotation, reviewedSeedPair, seedExportPair } from './export-fixtures'

describe('exportPairView', () => {
  it('hangs each finding on the link holding its first sentence, and keeps every link for "all"', () => {
    const pair = hostileExportPair()
    const view = exportPairView(pair, 'all')
    expect(view.links).toHaveLength(pair.comparison.links.length)
    expect(view.links.flatMap((l) => l.findings)).toHaveLength(pair.comparison.findings.length)
    for (const link of view.links) {
      for (const { finding } of link.findings) {
        expect(finding.ko.length ? link.link.ko : link.link.en).toContain(finding.ko.length ? finding.ko[0] : finding.en[0])
      }
    }
    const omission = view.links.find((l) => l.en.length === 0)!
    expect(omission.enText).toBe('')
    expect(omission.findings.map((f) => f.finding.kind)).toContain('omission')
  })

  it('"flagged" keeps links with a finding, "confirmed" those with a confirmed one; the latest verdict counts', () => {
    const base = seedExportPair('deepseek')
    const finding = base.comparison.findings[0]
    const flagged = exportPairView(base, 'flagged')
    expect(flagged.links.length).toBeGreaterThan(0)
    expect(flagged.links.every((l) => l.findings.length > 0)).toBe(true)
    expect(exportPairView(base, 'confirmed').links).toEqual([])

    const confirmedThenDismissed = {
      ...base,
      annotations: [
        placedAnnotation({ pair: base, finding, status: 'error', updatedAt: '2026-12-01T10:00:00.000Z' }),
        placedAnnotation({ pair: base, finding, status: 'false-alarm', updatedAt: '2026-12-01T11:00:00.000Z' }),
      ],
    }
    expect(exportPairView(confirmedThenDismissed, 'confirmed').links).toEqual([])
    expect(exportPairView(confirmedThenDismissed, 'all').links.flatMap((l) => l.findings).find((f) => f.finding.id === finding.id)?.verdict).toBe('false-alarm')
  })

  it('puts notes on their links, verdicts on their findings, and lists orphaned and unplaceable notes', () => {
    const { pair, confirmedFindingId, noteLinkId } = reviewedSeedPair()
    const stray = placedAnnotation({ pair, linkIds: ['ko[9:0-1] en[9:0-1]'], note: 'on a link that no longer exists' })
    const view = exportPairView({ ...pair, annotations: [...pair.annotations, stray] }, 'all')
    expect(view.links.find((l) => l.link.id === noteLinkId)?.notes.map((n) => n.note)).toEqual([expect.stringContaining('Check the headline')])
    const judged = view.links.flatMap((l) => l.findings).find((f) => f.finding.id === confirmedFindingId)
    expect(judged?.verdict).toBe('confirmed')
    expect(view.links.flatMap((l) => l.notes).some((n) => n.target.kind === 'finding')).toBe(false)
    expect(view.orphans.map((o) => o.note)).toEqual(['about a sentence since edited'])
    expect(view.unplaced).toEqual([stray])
  })
})
