import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../shared/lib/ingest/detect-language'

describe('detectLanguage', () => {
  it('reads Korean with embedded English names as Korean', () => {
    expect(detectLanguage('딥시크(DeepSeek)와 챗GPT(ChatGPT)의 차이는 무엇일까.')).toBe('ko')
    expect(detectLanguage("'139명' 中 토종인재들이 만든 딥시크…韓 인재정책 수정해야")).toBe('ko')
  })

  it('reads English with a figure and quotes as English', () => {
    expect(detectLanguage('"The Miracle of Semiconductors" Samsung overtaken by SK for the first time...')).toBe('en')
    expect(detectLanguage('The 2024 figure was 6,559억 dollars, up 21.0% on the year before.')).toBe('en')
  })

  it('ignores digits and punctuation', () => {
    expect(detectLanguage('2025-02-03 07:00:19 … !!! 1234')).toBe('other')
  })

  it("says 'other' for too little text, mixed text or other scripts", () => {
    expect(detectLanguage('')).toBe('other')
    expect(detectLanguage('a')).toBe('other')
    expect(detectLanguage('한국 경제 Korean economy')).toBe('other')
    expect(detectLanguage('深度求索 是 一家 人工智能 公司')).toBe('other')
  })
})
