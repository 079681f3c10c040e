import { describe, expect, it } from 'vitest'
import { articleId } from '../../../shared/lib/ingest/article-id'
import { stripTails } from '../../../shared/lib/ingest/chrome-tails'
import { digestItems, looksLikeDigest } from '../../../shared/lib/ingest/digest-items'
import { kstIso, parseKstDate } from '../../../shared/lib/ingest/parse-date'

describe('articleId', () => {
  it('uses the file name without extension and the position', () => {
    expect(articleId('library/seeds/000_77deed0654c30420.txt', 3)).toBe('000_77deed0654c30420#3')
    expect(articleId('C:\\pages\\a.b.txt', 0)).toBe('a.b#0')
    expect(articleId('noext', 1)).toBe('noext#1')
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
