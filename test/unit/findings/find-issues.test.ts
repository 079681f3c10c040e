import { describe, expect, it } from 'vitest'
import { compareArticles } from '../../../shared/lib/compare/compare-articles'
import { clauseGaps } from '../../../shared/lib/findings/clause-omissions'
import { findIssues } from '../../../shared/lib/findings/find-issues'
import { seedPair } from '../../../scripts/bench/seed-pairs'

const link = (ko: number[], en: number[], score = 0.9) => ({ ko, en, score, lowConfidence: false })

describe('findIssues', () => {
  it('reports Korean linked to nothing as an omission and English linked to nothing as an addition', () => {
    const ko = ['미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.', '기업 차원에서도 딥시크 차단 움직임이 확산하고 있다.']
    const en = ['The U.S. Navy and Department of Defense have also blocked employee access to DeepSeek.', 'This sentence has no source.']
    const findings = findIssues(ko, en, [link([0], [0]), link([1], [], 0.8), link([], [1], 0.7)])
    expect(findings.map((f) => [f.kind, f.ko, f.en])).toEqual([
      ['omission', [1], []],
      ['addition', [], [1]],
    ])
    expect(findings[0].message).toContain('기업 차원에서도')
    expect(findings[0].confidence).toBe(0.806) // 0.55 + 0.32 × 0.8, the calibrated share of such links that are real
  })

  it('points a figure mismatch at the sentence and the span that hold it, inside a 2–1 link', () => {
    const ko = ['사이버보안 기업 아르미스가 발표했다.', '자사의 고객사 약 70%가 딥시크 접속 차단을 요구했다.']
    const en = ['Cybersecurity company Armis said about 17% of its clients have requested to block access to DeepSeek.']
    const [finding] = findIssues(ko, en, [link([0, 1], [0])]).filter((f) => f.kind === 'figure-mismatch')
    expect(finding.ko).toEqual([1])
    expect(finding.en).toEqual([0])
    expect(finding.koValue).toBe('70%')
    expect(finding.enValue).toBe('17%')
    expect(ko[1].slice(finding.koSpan!.start, finding.koSpan!.end)).toBe('70%')
    expect(en[0].slice(finding.enSpan!.start, finding.enSpan!.end)).toBe('17%')
  })

  it('flags the date the DeepSeek English drops, and nothing in the faithful OpenAI pair', () => {
    const deepseek = seedPair('deepseek')
    const c = compareArticles(deepseek.ko, deepseek.en)
    const figures = c.findings.filter((f) => f.kind === 'figure-mismatch')
    expect(figures).toHaveLength(1)
    expect(figures[0].koValue).toBe('2일')
    expect(c.ko[figures[0].ko[0]].text).toMatch(/^2일 블룸버그 통신 등 외신에 따르면/)
    const openai = seedPair('openai')
    expect(compareArticles(openai.ko, openai.en).findings.filter((f) => f.kind === 'figure-mismatch')).toEqual([])
  })
})

describe('clause-level gaps inside a linked pair', () => {
  it('notices a Latin name the English never mentions', () => {
    const gaps = clauseGaps('프랑스 개인정보보호위원회(CNIL) 역시 조사에 착수했다.', 'The French authority has also launched an investigation.')
    expect(gaps.map((g) => g.koValue)).toContain('CNIL')
  })

  it('does not ask for an acronym that only glosses a Hangul name', () => {
    expect(clauseGaps('마이크로소프트(MS) 경영진이 칭찬했다.', 'Executives from Microsoft praised it.')).toEqual([])
  })

  it('notices an English far shorter than the Korean', () => {
    const ko = '정부 지원을 통해 농업, 기후변화 등 다양한 분야에서 AI 활용을 확대할 계획이며 관련 예산도 대폭 늘릴 방침이다.'
    const gaps = clauseGaps(ko, 'AI use will grow.')
    expect(gaps.some((g) => g.message.includes('as long as'))).toBe(true)
    expect(clauseGaps(ko, 'The government plans to expand AI usage in various fields such as agriculture and climate change through state support, and to raise the budget sharply.').some((g) => g.message.includes('as long as'))).toBe(false)
  })

  it('notices a quotation that lost its quotation marks', () => {
    const gaps = clauseGaps('의회는 "위협 인자들이 이미 딥시크를 악용하고 있다"고 경고했다.', 'Congress warned of threats.')
    expect(gaps.some((g) => g.message.includes('quotation'))).toBe(true)
  })

  it("takes the ``doubled backtick'' quotation of Korean wire copy in English for a quotation", () => {
    const ko = '이 원장은 "우리는 다른 문화에서 온 외국인 강사와 소통할 열린 마음이 필요합니다"라고 말했다.'
    const en = "``We need open minds to communicate with foreign teachers from different cultures,'' Rhee said."
    expect(clauseGaps(ko, en).filter((g) => g.message.includes('quotation'))).toEqual([])
  })
})

describe('Latin names the English spells out or that are units', () => {
  const names = (ko: string, en: string): (string | undefined)[] => clauseGaps(ko, en).map((g) => g.koValue)

  it('accepts an acronym the English spells out, with or without dots', () => {
    expect(names('세계무역기구(WTO) 각료회담에서 합의했다.', 'They agreed at the World Trade Organization.')).toEqual([])
    expect(names('민간 안전 항공국(CSA)은 점검을 요구했다.', 'The Civil Aviation Safety Authority asked for checks.')).toEqual([])
    expect(names('제트스타 최고경영자(CEO)를 임명했다.', 'It appointed the head of Jetstar as chief executive officer.')).toEqual([])
    expect(names('UN은 보고서를 발표했다.', 'The U.N. issued the report.')).toEqual([])
  })

  it('still reports an acronym whose letters the English only happens to start words with', () => {
    expect(names('IOC는 서한을 보냈다.', 'CNN received a copy of the letter.')).toEqual(['IOC'])
    expect(names('UN은 보고서를 발표했다.', 'It was issued by new rules.')).toEqual(['UN'])
    expect(names('CEO 내정자로 임명됐다.', 'He was named chief executive designate.')).toEqual(['CEO'])
  })

  it('leaves a unit after a number to the figure check', () => {
    expect(names('이 발전소는 해마다 1200만 kw의 전력을 만든다.', 'The plant produces 12 million kilowatts a year.')).toEqual([])
    expect(names('바람은 시속 80km로 약해졌다.', 'The wind eased to 50 mph.')).toEqual([])
  })
})
