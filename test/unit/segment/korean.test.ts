import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../../../shared/lib/segment/segment-sentences'
import { devLine, excerpt, hasDevSet, seedBody, seedLine } from './seed-text'

const texts = (text: string): string[] => segmentSentences(text, 'ko').map((s) => s.text)

const deepSeek = seedBody('000', '중국 AI 스타트업 딥시크(DeepSeek)의 충격파가')
const openAi = seedBody('001', "오픈AI가 '인공지능(AI) 모델 개발 전략'")
const funeral = seedBody('001', '대만배우 서희원(48·쉬시위안)이')
const candidate = seedBody('000', '이준석 개혁신당 의원이 2일 홍대거리에서')

describe('segmentSentences, Korean', () => {
  it('keeps a quotation of several sentences followed by 고 as one sentence', () => {
    const sentence = excerpt(funeral, '자융지에는 "소식을 듣고 바로 신칸센을 타고 갔다.', '"고 말했다.')
    expect(sentence).toContain('갔다. 여느 때처럼 너는 평온했고 아름답게 잠든 모습이었다.')
    expect(texts(funeral)).toContain(sentence)
  })

  it('continues the sentence after a quote with 며 and then another with 고', () => {
    const sentence = excerpt(deepSeek, '사이버보안 기업 아르미스의', '우려하고 있다"고 밝혔다.')
    expect(sentence).toContain('요구했다"며 "수백개의 기업')
    expect(texts(deepSeek)).toContain(sentence)
  })

  it('continues the sentence after a quote with 라며', () => {
    const sentence = excerpt(deepSeek, '한 AI 보안 전문가는 "딥시크 R1이', '모색해야 한다"고 전했다.')
    expect(sentence).toContain('신중한 접근이 필요하다"라며 "국내에서도')
    expect(texts(deepSeek)).toContain(sentence)
  })

  it("keeps ' ' nested inside \" \" and an initial (존 F. 케네디) inside the sentence", () => {
    const sentence = excerpt(candidate, '이준석 의원은 2일 서울 마포구', '40대 기수론을 펼쳤다.')
    expect(sentence).toContain("\"존 F. 케네디는 43세에 미국의 지도자가 되어 사람을 달에 보냈다. 마찬가지로 43세의 토니 블레어는 영국에 '제3의 길'을 제시했다\"며")
    expect(texts(candidate)).toContain(sentence)
  })

  it('keeps a quote with inner full stops and nested quotes, followed by 면서, whole', () => {
    const sentence = excerpt(candidate, '그는 "저는 대한민국의 미래를 위해', '뛰어들 것"이라고 강조했다.')
    expect(texts(candidate)).toContain(sentence)
  })

  it('handles curly quotes “ ” the same way, with 고 and 이라며', () => {
    const tariffs = seedLine('003', '국제 정치·사회 2025.04.14')
    const first = excerpt(tariffs, '아이폰과 태블릿PC에 대한 관세 질문에 “어느 정도', '”고 말했다.')
    const second = excerpt(tariffs, '또 “곧 발표될 예정이고 논의도 할 것이다.', '듣겠다고도 했다.')
    const sentences = texts(tariffs)
    expect(sentences).toContain(first)
    expect(sentences[sentences.indexOf(first) + 1]).toBe(second)
  })

  it('joins a quotative ending written after the closing quote ("…이다."라고, "…이다." 라며)', () => {
    expect(texts('그는 "딥시크는 위협이다."라고 말했다. 의회도 동의했다.')).toEqual([
      '그는 "딥시크는 위협이다."라고 말했다.',
      '의회도 동의했다.',
    ])
    expect(texts('그는 "딥시크는 위협이다." 라며 우려했다.')).toHaveLength(1)
  })

  it('breaks after a Korean ending even before a lowercase letter ("공개했다. o3 미니는")', () => {
    const sentences = texts(openAi)
    const i = sentences.findIndex((s) => s.startsWith('실제로 오픈AI는 지난 31일(현지시간)'))
    expect(sentences[i].endsWith("'o3 미니'를 무료로 공개했다.")).toBe(true)
    expect(sentences[i + 1].startsWith('o3 미니는 수학·과학·코딩 분야에서')).toBe(true)
  })

  it('keeps decimals whole (8.65%, 0.55달러)', () => {
    const market = seedLine('000', '<산업부> ▲')
    expect(texts(market)).toContain('금값은 트럼프 재선 이후 8.65% 상승했으며, 금 ETF와 단기채권형 ETF로의 자금 유입이 증가하는 추세다.')
    expect(texts(openAi).some((s) => s.includes('100만개당 0.55달러, 출력 토큰 100만개당 4.40달러라는'))).toBe(true)
  })

  it('never splits inside parentheses', () => {
    const text = '3일 정보기술(IT) 업계에 따르면 샘 올트먼(오픈AI 최고경영자. 이하 CEO)은 최근 레딧에 글을 올렸다. 다음 문장이다.'
    expect(texts(text)).toHaveLength(2)
  })
})

describe.skipIf(!hasDevSet)('segmentSentences, Korean sentences of the kpc-dev set', () => {
  it('does not end a sentence at a Latin initial (조지 W. 부시)', () => {
    expect(devLine('ko', 12)).toContain('조지 W. 부시')
    expect(texts(devLine('ko', 12))).toHaveLength(1)
  })
})
