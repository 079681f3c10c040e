import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'
import { byTitle, expectWellFormed, loadSeed } from './seed-pages'

describe('Metro Seoul listing (seed 000)', () => {
  const page = loadSeed('000_')

  it('finds the nine articles and the digest', () => {
    expect(page.articles).toHaveLength(10)
    expect(page.articles.every(a => a.site === 'metroseoul')).toBe(true)
    expect(page.articles[0].id).toBe('000_77deed0654c30420.txt#0')
    expect(page.articles[0].source).toBe('seeds/000_77deed0654c30420.txt')
  })

  it('leaves no chrome, signature or date line, and spans match', () => {
    expectWellFormed(page)
  })

  it('reads titles, dates and bylines from the line after each body', () => {
    const budget = byTitle(page.articles, "여야 공감대 형성되며 '벚꽃 추경' 가시화")
    expect(budget.title).toBe("여야 공감대 형성되며 '벚꽃 추경' 가시화… '불황에 단비' 기대감 솔솔")
    expect(budget.publishedAt).toBe('2025-02-02T16:30:58+09:00')
    expect(budget.byline).toBe('서예진 기자')
    expect(budget.lang).toBe('ko')
    expect(budget.translator).toBeNull()
    expect(budget.paragraphs).toHaveLength(1)
    expect(budget.paragraphs[0].startsWith('국민의힘이 2일 여야정 협의체에서 추가경정예산(추경)을 논의하자고 제안했다.')).toBe(true)
    expect(budget.paragraphs[0].endsWith('올릴 것으로 기대한다"고 분석했다.')).toBe(true)

    const last = page.articles[9]
    expect(last.title).toBe("尹·與, 계속되는 '헌재 흔들기'… '9인 체제' 완성 대비 포석?")
    expect(last.publishedAt).toBe('2025-02-02T16:00:43+09:00')
    expect(last.paragraphs[0].endsWith('심어두는 것이라고 본다"고 설명했다.')).toBe(true)

    const lee = byTitle(page.articles, '개혁신당 이준석')
    expect(lee.byline).toBe('박태홍 기자')
  })

  it('marks exactly the Samsung, DeepSeek and tariff pieces as ChatGPT translations', () => {
    const translated = page.articles.filter(a => a.translator === 'ChatGPT').map(a => a.title)
    expect(translated).toEqual([
      '"The Miracle of Semiconductors" Samsung overtaken by SK for the first time... What will be the breakthrough this year?',
      "DeepSeek's personal data leakage controversy emerges as a new issue… U.S. and Europe 'block' vs. India 'welcomes'.",
      'Trump-initiated tariff war begins… South Korean companies, initially spared, urgently preparing countermeasures.',
    ])
    const samsung = byTitle(page.articles, '"The Miracle of Semiconductors"')
    expect(samsung.lang).toBe('en')
    expect(samsung.byline).toBe('메트로신문 기자')
    expect(samsung.publishedAt).toBe('2025-02-02T16:54:18+09:00')
    expect(samsung.paragraphs[0].endsWith('enhancing medium- to long-term semiconductor competitiveness.')).toBe(true)
    expect(page.articles.filter(a => a.lang === 'en')).toHaveLength(3)
  })

  it('reads the 한줄뉴스 digest as one article with its ▲ items by section', () => {
    const digest = page.articles[0]
    expect(digest.title).toBe('메트로신문 - 2월 3일자 한줄뉴스')
    expect(digest.publishedAt).toBe('2025-02-03T07:00:19+09:00')
    expect(digest.byline).toBe('허정윤 기자')
    expect(digest.paragraphs).toHaveLength(1)
    const items = digest.digestItems ?? []
    expect(items).toHaveLength(19)
    expect([...new Set(items.map(i => i.section))]).toEqual(['산업부', '자본시장', '정책사회', '금융·부동산', '유통·라이프'])
    expect(items.filter(i => i.section === '정책사회')).toHaveLength(5)
    expect(items[1].text).toBe(
      "딥시크의 AI 모델 '딥시크 R1'이 개인정보 유출 우려로 미국과 유럽에서 사용 제한 조치를 받는 반면, 인도는 이를 적극 수용하며 AI 개발을 추진 중이다. 전문가들은 기술 혁신과 보안 문제 간 균형 잡힌 대응이 필요하다고 지적한다.",
    )
    for (const item of items) {
      expect(item.paragraph).toBe(0)
      expect(digest.paragraphs[0].slice(item.span.start, item.span.end)).toBe(item.text)
      expect(item.text).not.toMatch(/[▲<>]/)
    }
    expect(page.articles.slice(1).every(a => a.digestItems === undefined)).toBe(true)
  })
})

describe('Metro Seoul listing (seed 001)', () => {
  const page = loadSeed('001_')

  it('finds six articles, well formed', () => {
    expect(page.articles).toHaveLength(6)
    expectWellFormed(page)
  })

  it('marks only the "OpenAI also shaken" piece as a ChatGPT translation', () => {
    const translated = page.articles.filter(a => a.translator !== null)
    expect(translated.map(a => a.title)).toEqual([`"OpenAI also shaken"... Is the AI industry shifting to 'open-source'?`])
    expect(translated[0].lang).toBe('en')
    expect(translated[0].publishedAt).toBe('2025-02-03T16:12:29+09:00')
  })

  it('reads the Korean original and strips the reporter sign-off', () => {
    const ko = byTitle(page.articles, '"오픈AI도 흔들렸다"')
    expect(ko.byline).toBe('이혜민 기자')
    expect(ko.publishedAt).toBe('2025-02-03T16:04:09+09:00')
    const altman = byTitle(page.articles, '샘 알트먼 오픈AI CEO 방한')
    expect(altman.byline).toBe('김서현 기자')
    expect(altman.paragraphs[0].endsWith("'AI 행동 정상회의' 등에 참여 할 것으로 알려졌다.")).toBe(true)
    expect(page.articles[0].title).toBe('"구준엽 울음소리에 가슴 찢어져"…서희원 절친이 전한 마지막 순간')
    expect(page.articles[0].publishedAt).toBe('2025-02-04T08:47:08+09:00')
  })
})

describe('Metro Seoul listing, truncated bodies', () => {
  it('keeps the text of a body cut mid-character but drops the replacement char', () => {
    const text = [
      '로그인',
      '기사사진',
      '반도체특별법 통과 될까',
      '',
      '반도체 업계의 숙원과도 같은 반도체특별법에 세간의 이목이 집\ufffd',
      '',
      '2025-02-03 16:06:44 김서현 기자',
    ].join('\n')
    const [a] = extractArticles(text, 'metro.txt')
    expect(a.site).toBe('metroseoul')
    expect(a.paragraphs).toEqual(['반도체 업계의 숙원과도 같은 반도체특별법에 세간의 이목이 집'])
    expect(text.slice(a.paragraphSpans[0].start, a.paragraphSpans[0].end)).toBe(a.paragraphs[0])
    expect(a.byline).toBe('김서현 기자')
  })
})
