import { describe, expect, it } from 'vitest'
import { articleId, legacyArticleId } from '../../../shared/lib/ingest/article-id'
import { contentHash } from '../../../shared/lib/ingest/content-hash'
import { stripTails } from '../../../shared/lib/ingest/chrome-tails'
import { digestItems, looksLikeDigest } from '../../../shared/lib/ingest/digest-items'
import { kstIso, parseKstDate } from '../../../shared/lib/ingest/parse-date'

describe('articleId', () => {
  it('uses the path inside the library folder, extension included, and the position', () => {
    expect(articleId('seeds/000_77deed0654c30420.txt', 3)).toBe('000_77deed0654c30420.txt#3')
    expect(articleId('seeds/sub/a.b.txt', 0)).toBe('sub/a.b.txt#0')
    expect(articleId('pages\\a.b.txt', 0)).toBe('a.b.txt#0')
    expect(articleId('noext', 1)).toBe('noext#1')
  })

  it('tells story.txt from story.html in one folder, which the old form did not', () => {
    expect(articleId('x/story.txt', 0)).not.toBe(articleId('x/story.html', 0))
    expect(legacyArticleId('x/story.txt', 0)).toBe(legacyArticleId('x/story.html', 0))
    expect(legacyArticleId('seeds/000_77deed0654c30420.txt', 7)).toBe('000_77deed0654c30420#7')
  })
})

describe('contentHash', () => {
  it('is the same for the same text and differs when one character changes', () => {
    const text = '딥시크 개인정보 유출 논란\n중국 AI 스타트업 딥시크(DeepSeek)의 충격파가 전 세계를 강타하고 있다.'
    expect(contentHash(text)).toBe(contentHash(text.slice()))
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/)
    expect(contentHash(text)).not.toBe(contentHash(text.replace('충격파', '충격')))
    expect(contentHash('ab')).not.toBe(contentHash('ba'))
    expect(contentHash('')).not.toBe(contentHash('\n'))
  })
})

describe('KST dates', () => {
  it('formats ISO 8601 with +09:00', () => {
    expect(kstIso(2025, 2, 3, 7, 0, 19)).toBe('2025-02-03T07:00:19+09:00')
    expect(parseKstDate('등록 2025.01.30 11:54:18')).toBe('2025-01-30T11:54:18+09:00')
    expect(parseKstDate('2025-02-02 16:54')).toBe('2025-02-02T16:54:00+09:00')
    expect(parseKstDate('2025/4/1')).toBe('2025-04-01T00:00:00+09:00')
  })

  it('rejects impossible dates', () => {
    expect(kstIso(2025, 2, 29)).toBeNull()
    expect(kstIso(2024, 2, 29)).toBe('2024-02-29T00:00:00+09:00')
    expect(parseKstDate('2025.13.01')).toBeNull()
    expect(parseKstDate('no date here')).toBeNull()
  })
})

describe('stripTails', () => {
  it('removes the machine-translation mark and reporter sign-offs, not a sentence ending in 기자', () => {
    const en = 'It is expected to help. ChatGPT를 사용하여 번역한 기사입니다.'
    expect(stripTails(en, { start: 0, end: en.length })).toEqual({ span: { start: 0, end: 23 }, machineTranslated: true })
    const ko = '설명했다. /서예진기자 syj@metroseoul.co.kr'
    expect(stripTails(ko, { start: 0, end: ko.length }).span).toEqual({ start: 0, end: 5 })
    const plain = '그는 이날 현장에서 만난 기자'
    expect(stripTails(plain, { start: 0, end: plain.length }).span).toEqual({ start: 0, end: plain.length })
  })
})

describe('digestItems', () => {
  it('splits ▲ items under section tags with spans inside the paragraph', () => {
    const p = '<산업부> ▲첫째 소식이다. ▲둘째 소식이다. <자본시장> ▲셋째 <특집> 소식이다.'
    expect(looksLikeDigest(p)).toBe(true)
    const items = digestItems(p, 0)
    expect(items.map(i => [i.section, i.text])).toEqual([
      ['산업부', '첫째 소식이다.'],
      ['산업부', '둘째 소식이다.'],
      ['자본시장', '셋째 <특집> 소식이다.'],
    ])
    for (const i of items) expect(p.slice(i.span.start, i.span.end)).toBe(i.text)
  })

  it('does not take a prose paragraph with one ▲ list for a digest', () => {
    expect(looksLikeDigest('정부는 ▲반도체 ▲배터리 등을 지원한다.')).toBe(false)
  })
})
