// The reader's pure helpers: find in rows, finding filter and stepping, overview geometry, paragraph sync map,
// the sidebar's view, text size steps.
import { describe, expect, it } from 'vitest'
import { compareArticles } from '../../../shared/lib/compare/compare-articles'
import { alignedRows } from '../../../renderer/src/lib/aligned-rows'
import { findInRows, stepMatch } from '../../../renderer/src/lib/find-in-rows'
import { filterFindings, stepFinding } from '../../../renderer/src/lib/finding-filter'
import { ladderRungs, rowAtY, rowY, tickNear } from '../../../renderer/src/lib/overview-geometry'
import { paragraphMap } from '../../../renderer/src/lib/paragraph-map'
import { stepFontScale } from '../../../renderer/src/lib/text-size'
import { deepSeekPair } from '../work/long-pair'

const { ko, en } = deepSeekPair()
const comparison = compareArticles(ko, en)
const { rows, rowOfFinding, findingOrder } = alignedRows(comparison)

describe('reader helpers', () => {
  it('finds rows by Korean or English text, case-insensitively, and steps through matches with wrap-around', () => {
    const matches = findInRows(rows, 'netskope')
    expect(matches.length).toBeGreaterThan(0)
    for (const r of matches) expect(rows[r].en.some((s) => /Netskope/.test(s.text)) || rows[r].ko.some((s) => /넷스코프/.test(s.text))).toBe(true)
    expect(findInRows(rows, '넷스코프').length).toBeGreaterThan(0)
    expect(findInRows(rows, '   ')).toEqual([])
    expect(stepMatch(3, -1, 1)).toBe(0)
    expect(stepMatch(3, -1, -1)).toBe(2)
    expect(stepMatch(3, 2, 1)).toBe(0)
    expect(stepMatch(0, -1, 1)).toBe(-1)
  })

  it('filters findings by kind and confidence, and F8 steps among those shown, wrapping', () => {
    expect(filterFindings(findingOrder, comparison.findings, { hiddenKinds: ['figure-mismatch'], minConfidence: 0 })).toEqual(
      findingOrder.filter((i) => comparison.findings[i].kind !== 'figure-mismatch'),
    )
    expect(filterFindings(findingOrder, comparison.findings, { hiddenKinds: [], minConfidence: 1.01 })).toEqual([])
    const order = [4, 7, 9]
    const rowOf = [0, 0, 0, 0, 2, 0, 0, 5, 0, 8]
    expect(stepFinding(order, rowOf, null, 1)).toBe(4)
    expect(stepFinding(order, rowOf, 9, 1)).toBe(4)
    expect(stepFinding(order, rowOf, 4, -1)).toBe(9)
    // From a finding the filter hides (row 3), forward goes to the next shown one after its row.
    const hiddenAt3 = rowOf.map((r, i) => (i === 3 ? 3 : r))
    expect(stepFinding(order, hiddenAt3, 3, 1)).toBe(7)
    expect(stepFinding(order, hiddenAt3, 3, -1)).toBe(4)
    expect(stepFinding([], rowOf, null, 1)).toBeNull()
  })

  it('places rows and ticks in the overview and maps clicks back', () => {
    expect(rowY(0, 10, 100)).toBe(5)
    expect(rowAtY(5, 10, 100)).toBe(0)
    expect(rowAtY(99.9, 10, 100)).toBe(9)
    expect(rowAtY(500, 10, 100)).toBe(9)
    expect(tickNear([{ y: 10 }, { y: 30 }], 13, 4)).toEqual({ y: 10 })
    expect(tickNear([{ y: 10 }], 20, 4)).toBeNull()
    const rungs = ladderRungs(comparison.links, comparison.ko.length, comparison.en.length)
    expect(rungs).toHaveLength(comparison.links.length)
    for (const r of rungs) for (const v of [r.ko, r.en]) if (v !== null) expect(v).toBeGreaterThan(0), expect(v).toBeLessThan(1)
    expect(rowOfFinding.every((r) => r >= 0 && r < rows.length)).toBe(true)
  })

  it('maps each paragraph to the one its first linked sentence lies in, carrying over unlinked ones', () => {
    const twoPara = compareArticles({ ...ko, paragraphs: [ko.paragraphs[0].slice(0, 300), ko.paragraphs[0].slice(300, 900)] }, { ...en, paragraphs: [en.paragraphs[0].slice(0, 700), en.paragraphs[0].slice(700, 2000)] })
    const map = paragraphMap(twoPara, 'ko', 2)
    expect(map[0]).toBe(0)
    expect(map).toHaveLength(2)
    expect(paragraphMap(comparison, 'en', 3)).toEqual([0, 0, 0])
  })

  it('steps the font scale within its list', () => {
    expect(stepFontScale(1, 1)).toBe(1.1)
    expect(stepFontScale(1.5, 1)).toBe(1.5)
    expect(stepFontScale(0.85, -1)).toBe(0.85)
    expect(stepFontScale(3, -1)).toBe(0.92)
  })
})
