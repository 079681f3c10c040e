import { describe, expect, it } from 'vitest'
import { compareSentences } from '../../../shared/lib/compare/compare-sentences'
import { presegmentedSentences, segmentParagraphs } from '../../../shared/lib/compare/segment-paragraphs'
import { devLine, hasDevSet } from '../segment/seed-text'

const lines = (lang: 'ko' | 'en', from: number, to: number): string[] => {
  const out: string[] = []
  for (let n = from; n <= to; n++) out.push(devLine(lang, n))
  return out
}

describe.skipIf(!hasDevSet)('a quotation of several sentences (kpc-dev 692–695, 708–712)', () => {
  it('links the Korean sentence running through "…"고 밝혔다 to the three English sentences, with no omission', () => {
    // One paragraph a side, as an article prints it; English 695 is three sentences once split.
    const c = compareSentences(segmentParagraphs([lines('ko', 692, 695).join(' ')], 'ko'), segmentParagraphs([lines('en', 692, 695).join(' ')], 'en'))
    const quote = c.ko.findIndex((s) => s.text.startsWith('그는 “이들 부부의 평판에'))
    const link = c.links.find((l) => l.ko.includes(quote))
    expect(link?.en.map((j) => c.en[j].text)).toEqual([
      '"All of this has damaged their good reputations and they will have to assess where they go from here," he said.',
      '"The only thing they care about is finding Madeleine.',
      'We hope that the Portuguese authorities will continue to cooperate with their private investigation."',
    ])
    expect(c.findings.filter((f) => f.kind === 'omission' && f.en.length === 0)).toEqual([])
    expect(c.links.filter((l) => l.en.length === 0 || l.ko.length === 0)).toEqual([])
  })

  it('links three Korean sentences to the English that runs them into one, with no omission', () => {
    // Korean 709–711 (three sentences) against their English written as one line (presegmented).
    const ko = presegmentedSentences([devLine('ko', 708), ...lines('ko', 709, 711), devLine('ko', 712)].join('\n'))
    const en = presegmentedSentences([devLine('en', 708), lines('en', 709, 711).join(' '), devLine('en', 712)].join('\n'))
    const c = compareSentences(ko, en)
    expect(c.links.map((l) => [l.ko, l.en])).toEqual([
      [[0], [0]],
      [[1, 2, 3], [1]],
      [[4], [2]],
    ])
    expect(c.findings.filter((f) => f.kind === 'omission' && f.en.length === 0)).toEqual([])
  })
})
