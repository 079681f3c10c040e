import { describe, expect, it } from 'vitest'
import { articleFromParts } from '../../../shared/lib/ingest/article-from-parts'
import { isBoilerplateLine } from '../../../shared/lib/ingest/boilerplate-lines'

describe('isBoilerplateLine', () => {
  it('knows copyright notices, photo credits and ad labels', () => {
    for (const line of ['Copyright ⓒ 메트로신문. 무단전재 및 재배포 금지', '<저작권자 ⓒ 영등포신문 무단전재 및 재배포금지>', '© 2025 NewsDaily. All rights reserved.', '사진=연합뉴스', '[사진=편슬기 기자]', 'Photo: Reuters', '광고', 'Advertisement']) {
      expect(isBoilerplateLine(line), line).toBe(true)
    }
  })

  it('keeps article sentences, even one about copyright', () => {
    for (const line of ['정부는 저작권 보호를 강화하기로 했다.', '사진 한 장이 여론을 바꿨다.', `The court ruled on the copyright case. ${'It took years. '.repeat(15)}`]) {
      expect(isBoilerplateLine(line), line).toBe(false)
    }
  })
})

describe('articleFromParts', () => {
  it('lays the parts out as text with spans, taking the machine-translation mark and a sign-off off the end', () => {
    const made = articleFromParts({
      site: '뉴스데일리',
      title: ' Samsung  overtaken ',
      paragraphs: ['First paragraph.', '사진=뉴스데일리 DB', 'Second paragraph. ChatGPT를 사용하여 번역한 기사입니다.', '/김서현기자 seoh@metroseoul.co.kr'],
      byline: '메트로신문 기자',
      date: '2025-02-02T07:27:48Z',
    })!
    const span = (s: { start: number; end: number }) => made.text.slice(s.start, s.end)
    expect(span(made.draft.titleSpan)).toBe('Samsung overtaken')
    expect(made.draft.paragraphSpans.map(span)).toEqual(['First paragraph.', 'Second paragraph.'])
    expect(made.draft.translator).toBe('ChatGPT')
    expect(made.draft.publishedAt).toBe('2025-02-02T16:27:48+09:00')
    expect(made.draft.byline).toBe('메트로신문 기자')
  })

  it('reads a local date as KST, and gives nothing without a title or a paragraph', () => {
    expect(articleFromParts({ site: 'x', title: '제목', paragraphs: ['본문이다.'], byline: null, date: '2025.01.30 11:54' })?.draft.publishedAt).toBe('2025-01-30T11:54:00+09:00')
    expect(articleFromParts({ site: 'x', title: '', paragraphs: ['본문이다.'], byline: null, date: null })).toBeNull()
    expect(articleFromParts({ site: 'x', title: '제목', paragraphs: ['Copyright © 2025'], byline: null, date: null })).toBeNull()
  })
})
