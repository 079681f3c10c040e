import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../../shared/lib/align/align-sentences'
import { segmentParagraphs } from '../../../shared/lib/compare/segment-paragraphs'
import { linkKey, SEED_PAIRS, seedPair } from '../../../scripts/bench/seed-pairs'

describe('alignment of the seed pairs, from raw article text', () => {
  for (const name of ['deepseek', 'openai'] as const) {
    it(`aligns the ${name} pair exactly`, () => {
      const { ko, en } = seedPair(name)
      const koS = segmentParagraphs(ko.paragraphs, 'ko')
      const enS = segmentParagraphs(en.paragraphs, 'en')
      expect([koS.length, enS.length]).toEqual(SEED_PAIRS[name].sentences)
      const links = alignSentences(koS.map((s) => s.text), enS.map((s) => s.text))
      expect(links.map(linkKey)).toEqual(SEED_PAIRS[name].gold)
    })
  }

  it('links the Irish DPC sentence to both English sentences that split it', () => {
    const { ko, en } = seedPair('deepseek')
    const koS = segmentParagraphs(ko.paragraphs, 'ko')
    const enS = segmentParagraphs(en.paragraphs, 'en')
    expect(koS[17].text).toMatch(/^아일랜드 데이터보호위원회\(DPC\)/)
    expect(enS[17].text).toContain('Irish Data Protection Commission')
    expect(enS[18].text).toMatch(/^The letter expressed concerns/)
  })

  it('finds a Korean sentence the English left out', () => {
    const { ko, en } = seedPair('deepseek')
    const koS = segmentParagraphs(ko.paragraphs, 'ko').map((s) => s.text)
    const enS = segmentParagraphs(en.paragraphs, 'en').map((s) => s.text)
    // Drop the English of Korean sentence 11 (넷스코프 … 52%).
    const links = alignSentences(koS, enS.filter((_, j) => j !== 11))
    expect(links.find((l) => l.ko.includes(11))).toMatchObject({ ko: [11], en: [] })
  })
})

describe('long passages left out', () => {
  it('leaves a block of ten Korean sentences unlinked when the English drops the passage', () => {
    const { ko, en } = seedPair('deepseek')
    const koS = segmentParagraphs(ko.paragraphs, 'ko').map((s) => s.text)
    const enS = segmentParagraphs(en.paragraphs, 'en').map((s) => s.text)
    // English 5–14 translate Korean 5–14 one to one.
    const links = alignSentences(koS, [...enS.slice(0, 5), ...enS.slice(15)])
    const unlinked = links.filter((l) => l.en.length === 0).flatMap((l) => l.ko)
    expect(unlinked).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(links.find((l) => l.ko.includes(15))?.en).toEqual([5])
  })
})
