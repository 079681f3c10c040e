import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../../../shared/lib/segment/segment-sentences'
import { devLine, hasDevSet, seedBody } from './seed-text'

const en = (text: string): string[] => segmentSentences(text, 'en').map((s) => s.text)
const ko = (text: string): string[] => segmentSentences(text, 'ko').map((s) => s.text)

describe.skipIf(!hasDevSet)('sentence splitting as translations break sentences (kpc-dev)', () => {
  it('cuts an English quotation of several sentences at its sentence ends, as the corpus does', () => {
    // kpc-dev 695: one Korean sentence through "…"고 밝혔다, three English sentences.
    expect(en(devLine('en', 695))).toEqual([
      '"All of this has damaged their good reputations and they will have to assess where they go from here," he said.',
      '"The only thing they care about is finding Madeleine.',
      'We hope that the Portuguese authorities will continue to cooperate with their private investigation."',
    ])
    expect(en(devLine('en', 711))).toHaveLength(2)
  })

  it('keeps the Korean of that quotation, which runs through 고 밝혔다, as one sentence', () => {
    expect(ko(devLine('ko', 695))).toHaveLength(1)
    expect(ko(devLine('ko', 711))).toHaveLength(1)
  })

  it('does not end a quoted sentence after a single word ("No. This is the Iraqi vision.")', () => {
    const sentences = en(devLine('en', 758))
    expect(sentences).toHaveLength(2)
    expect(sentences[1]).toBe('Asked if that stance is part of the current negotiations, al-Dabbagh said, "No. This is the Iraqi vision."')
  })

  it('pairs a straight quote with a curly one of the same quotation, so two quotations stay two sentences', () => {
    // kpc-dev 234–235 as an article prints them: "…있다”고 밝혔다. 멕시코 관계자는“…없다"고 말했다.
    const paragraph = `${devLine('ko', 234)} ${devLine('ko', 235)}`
    expect(paragraph).toContain('있다”고 밝혔다. 멕시코 관계자는“FDA가')
    expect(ko(paragraph)).toEqual([devLine('ko', 234), devLine('ko', 235)])
  })

  it('keeps a dateline with its lead (KATHMANDU, Nepal (CNN) …; BAGHDAD, Iraq (CNN))', () => {
    const lead = en(devLine('en', 733)).find((s) => s.includes('KATHMANDU'))
    expect(lead).toMatch(/^KATHMANDU, Nepal \(CNN\) Almost two months after Nepal was declared a republic/)
  })

  it('keeps a list item number with its item (3. 아르기닌 / 3. Arginine)', () => {
    const n = [...Array(1000).keys()].map((k) => k + 1).find((k) => devLine('en', k) === '3. Arginine')
    expect(n).toBeDefined()
    expect(en(devLine('en', n!))).toEqual(['3. Arginine'])
    expect(ko(devLine('ko', n!))).toEqual(['3. 아르기닌'])
  })
})

describe('sentence splitting of article text (seeds and news copy)', () => {
  it('keeps a wire dateline and its lead as one sentence', () => {
    expect(en('SEOUL, Feb. 2 (Yonhap) -- North Korea fired a missile on Sunday. The launch was its first this year.')).toEqual([
      'SEOUL, Feb. 2 (Yonhap) -- North Korea fired a missile on Sunday.',
      'The launch was its first this year.',
    ])
    expect(ko('(서울=연합뉴스) 홍길동 기자 = 북한이 2일 미사일을 발사했다. 올해 들어 처음이다.')).toHaveLength(2)
  })

  it('splits a headline ending in a full stop from the lead glued to it', () => {
    const body = seedBody('000', 'Global semiconductor giant Samsung Electronics lost its throne')
    const sentences = en(body)
    const i = sentences.indexOf('◆ SK hynix surpasses 8 trillion won in operating profit.')
    expect(i).toBeGreaterThan(0)
    expect(sentences[i + 1]).toMatch(/^According to Samsung Electronics on the 2nd/)
  })

  it('splits a Latin headline glued to its Korean one', () => {
    const line = 'Bush to ask for additional $50bn regard to Katrina.부시, 카트리나 지원금 500억 달러 추가 요청'
    expect(ko(line)).toEqual(['Bush to ask for additional $50bn regard to Katrina.', '부시, 카트리나 지원금 500억 달러 추가 요청'])
  })

  it('cuts the quotation of the seeds\' tariff article into its two sentences', () => {
    const body = seedBody('000', 'U.S. President Donald Trump went ahead')
    const sentences = en(body)
    expect(sentences).toContain(
      'He added, "While companies operating in Mexico and Canada will face issues, domestic companies that supply intermediate goods to China will also be affected.',
    )
    expect(sentences).toContain('Therefore, the entire domestic industry will need to work with the government to prepare more refined countermeasures."')
  })

  it('keeps a sentence fragment with its sentence: brackets are never cut', () => {
    expect(en('The ministry (which said "no. never.") declined to comment. Officials left.')).toHaveLength(2)
  })
})

describe('a headline in quotation marks glued to its lead (the seeds\' chip article)', () => {
  it('ends the headline before the lead', () => {
    const body = seedBody('000', 'Global semiconductor giant Samsung Electronics lost its throne')
    const sentences = en(body)
    const i = sentences.indexOf("'Timely development of HBM4'")
    expect(sentences[i - 1]).toBe('◆ Samsung to double HBM supply…')
    expect(sentences[i + 1]).toMatch(/^Samsung Electronics is expected to focus on expanding its HBM supply/)
  })

  it('leaves a quotation inside a sentence alone', () => {
    expect(en("◆ DeepSeek 'positive outlook' possible... Urgent need for reform.")).toEqual([
      "◆ DeepSeek 'positive outlook' possible...",
      'Urgent need for reform.',
    ])
    expect(en("He called it 'a miracle' Samsung said.")).toHaveLength(1)
  })
})
