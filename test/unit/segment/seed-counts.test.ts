import { describe, expect, it } from 'vitest'
import type { Language } from '../../../shared/models/language'
import { segmentSentences } from '../../../shared/lib/segment/segment-sentences'
import { seedBody } from './seed-text'

const bodies: ReadonlyArray<{ name: string; text: string; lang: Language; count: number }> = [
  { name: 'DeepSeek, Korean', text: seedBody('000', '중국 AI 스타트업 딥시크(DeepSeek)의 충격파가'), lang: 'ko', count: 27 },
  { name: 'DeepSeek, English', text: seedBody('000', 'The shockwaves caused by the Chinese AI startup'), lang: 'en', count: 29 },
  { name: 'OpenAI, Korean', text: seedBody('001', "오픈AI가 '인공지능(AI) 모델 개발 전략'"), lang: 'ko', count: 22 },
  { name: 'OpenAI, English', text: seedBody('001', 'OpenAI has officially suggested'), lang: 'en', count: 22 },
]

describe('segmentSentences on the seed article pairs', () => {
  for (const { name, text, lang, count } of bodies) {
    it(`cuts the ${name} body into ${count} sentences`, () => {
      expect(segmentSentences(text, lang)).toHaveLength(count)
    })

    it(`gives offsets into the ${name} body, trimmed, in order, never empty`, () => {
      const sentences = segmentSentences(text, lang)
      let previousEnd = 0
      for (const sentence of sentences) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
        expect(sentence.text).toBe(sentence.text.trim())
        expect(sentence.text.length).toBeGreaterThan(0)
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd)
        // Only whitespace lies between two sentences.
        expect(text.slice(previousEnd, sentence.start).trim()).toBe('')
        previousEnd = sentence.end
      }
      expect(text.slice(previousEnd).trim()).toBe('')
    })
  }
})

describe('segmentSentences on edge input', () => {
  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('', 'en')).toEqual([])
    expect(segmentSentences('  \n ', 'ko')).toEqual([])
  })

  it('keeps whitespace around the text out of the sentences', () => {
    const text = '  미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.  '
    expect(segmentSentences(text, 'ko')).toEqual([
      { text: '미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.', start: 2, end: text.length - 2 },
    ])
  })

  it('never leaves a stray full stop as a sentence of its own', () => {
    const text = '미 해군과 국방부도 직원들의 딥시크 접속을 차단했다. .'
    const sentences = segmentSentences(text, 'ko')
    expect(sentences.map((s) => s.text)).toEqual([text])
  })

  it('breaks at line ends even inside an unclosed quotation', () => {
    const text = '의회는 "위협 인자들이 이미 딥시크를 악용하고 있다.\n미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.'
    expect(segmentSentences(text, 'ko')).toHaveLength(2)
  })
})
