import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../../shared/lib/align/align-sentences'
import { segmentParagraphs } from '../../../shared/lib/compare/segment-paragraphs'
import { seedPair } from './seed-pairs'

const linkKey = (l: { ko: readonly number[]; en: readonly number[] }): string => `${l.ko.join('+')}:${l.en.join('+')}`

/** Gold alignments, checked by hand against the texts: 1–1 everywhere except where noted. */
function diagonal(n: number, exceptions: Record<number, number[]>): string[] {
  const out: string[] = []
  let j = 0
  for (let i = 0; i < n; i++) {
    const en = exceptions[i] ?? [j]
    out.push(`${i}:${en.join('+')}`)
    j = en[en.length - 1] + 1
  }
  return out
}

describe('alignment of the seed pairs, from raw article text', () => {
  it('aligns the DeepSeek pair exactly (27 Korean, 29 English sentences)', () => {
    const { ko, en } = seedPair('deepseek')
    const koS = segmentParagraphs(ko.paragraphs, 'ko')
    const enS = segmentParagraphs(en.paragraphs, 'en')
    expect([koS.length, enS.length]).toEqual([27, 29])
    const links = alignSentences(koS.map((s) => s.text), enS.map((s) => s.text))
    // The English splits the sentence on the Irish DPC letter (17) and the closing quote (26) in two.
    expect(links.map(linkKey)).toEqual(diagonal(27, { 17: [17, 18], 26: [27, 28] }))
    expect(enS[17].text).toContain('Irish Data Protection Commission')
    expect(enS[18].text).toMatch(/^The letter expressed concerns/)
  })

  it('aligns the OpenAI pair exactly (22 and 22 sentences)', () => {
    const { ko, en } = seedPair('openai')
    const koS = segmentParagraphs(ko.paragraphs, 'ko')
    const enS = segmentParagraphs(en.paragraphs, 'en')
    expect([koS.length, enS.length]).toEqual([22, 22])
    const links = alignSentences(koS.map((s) => s.text), enS.map((s) => s.text))
    expect(links.map(linkKey)).toEqual(diagonal(22, {}))
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
