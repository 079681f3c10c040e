import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareFigures } from '../../../shared/lib/figures/compare-figures'

const SEEDS = join(__dirname, '../../../seeds')

function seed(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8')
}

/** The sentence of `text` that starts with `start` and ends at the first `end` after it (inclusive). */
function sentence(text: string, start: string, end: string): string {
  const i = text.indexOf(start)
  if (i < 0) throw new Error(`not in the seed: ${start}`)
  const j = text.indexOf(end, i + start.length)
  if (j < 0) throw new Error(`no end after: ${start}`)
  return text.slice(i, j + end.length)
}

const deepSeek = seed('000_77deed0654c30420.txt')
const openAi = seed('001_a4d954c87a070d39.txt')

describe('compareFigures on the seeds', () => {
  it('reports exactly the dropped 2일 in the DeepSeek sentence', () => {
    const ko = sentence(deepSeek, '2일 블룸버그 통신 등 외신에 따르면', '있다.')
    const en = sentence(deepSeek, 'According to foreign reports, including Bloomberg, major global corporations', '.')
    const mismatches = compareFigures(ko, en)
    expect(mismatches).toHaveLength(1)
    expect(mismatches[0].side).toBe('ko')
    expect(mismatches[0].ko?.text).toBe('2일')
    expect(mismatches[0].ko?.span).toEqual({ start: 0, end: 2 })
    expect(mismatches[0].message).toBe('2일 (the 2nd) not in the English')
    expect(mismatches[0].confidence).toBeGreaterThanOrEqual(0.5)
  })

  it('reports only the 2일 over the whole DeepSeek article', () => {
    const ko = sentence(deepSeek, '중국 AI 스타트업 딥시크(DeepSeek)의 충격파가', '고 전했다.')
    const en = sentence(deepSeek, 'The shockwaves caused by the Chinese AI startup DeepSeek', 'technological advancements."')
    expect(compareFigures(ko, en).map((m) => m.message)).toEqual(['2일 (the 2nd) not in the English'])
  })

  const OPEN_AI_PAIRS: readonly (readonly [string, string, string, string])[] = [
    ['3일 정보기술(IT) 업계에 따르면', '고 언급했다.', 'According to the information technology (IT) industry on the 3rd', 'strategy."'],
    ['실제로 오픈AI는 지난 31일(현지시간)', '공개했다.', 'In fact, on the 31st (local time)', 'for free.'],
    ["오픈AI에 따르면 'o3 미니'는 입력 토큰", '있다.', 'According to OpenAI, despite its low costs', 'capabilities.'],
    ['스푸트니크 모멘트는 기술우위를', '유래했다.', 'The term "Sputnik moment" refers', 'United States.'],
    ['다만, 샘 올트먼 CEO는 지난해', '바 있다.', 'However, Sam Altman, CEO of OpenAI, mentioned', 'made public."'],
    ['특히 저비용으로 GPT-4 수준의', '제시했다.', "The model's ability to achieve GPT-4 level", 'development.'],
  ]

  it.each(OPEN_AI_PAIRS)('finds no mismatch in the faithful OpenAI pair "%s"', (koStart, koEnd, enStart, enEnd) => {
    const ko = sentence(openAi, koStart, koEnd)
    const en = sentence(openAi, enStart, enEnd)
    expect(compareFigures(ko, en)).toEqual([])
  })

  it('finds no mismatch over the whole OpenAI article', () => {
    const ko = sentence(openAi, "오픈AI가 '인공지능(AI) 모델 개발 전략' 전환 가능성을", '우려가 나온다.')
    const en = sentence(openAi, 'OpenAI has officially suggested the possibility', 'dominated by a few large corporations.')
    expect(compareFigures(ko, en)).toEqual([])
  })
})

describe('compareFigures', () => {
  it('pairs two different percents as one "≠" finding', () => {
    const mismatches = compareFigures(
      '네트워크 보안 업체 넷스코프에 따르면, 자사 고객사 중 52%가 이미 딥시크 접속을 완전히 차단했다.',
      'According to network security firm Netskope, 25% of its clients have already fully blocked access to DeepSeek.',
    )
    expect(mismatches).toHaveLength(1)
    expect(mismatches[0].side).toBe('both')
    expect(mismatches[0].message).toBe('52% ≠ 25%')
    expect(mismatches[0].type).toBe('figure-changed')
    expect(mismatches[0].confidence).toBeGreaterThan(0.5)
  })

  it('pairs a decimal slip as "≠" with the English reading of the Korean', () => {
    const [m, ...rest] = compareFigures(
      '딥시크 R1은 6710억개의 매개변수를 학습한 대규모 언어모델(LLM)로',
      'DeepSeek R1 is a large-scale language model (LLM) trained on 67.1 billion parameters',
    )
    expect(rest).toEqual([])
    expect(m.side).toBe('both')
    expect(m.message).toBe('6710억개 (671 billion) ≠ 67.1 billion')
    expect(m.ko?.text).toBe('6710억개')
    expect(m.en?.text).toBe('67.1 billion')
  })

  it('reports a figure the Korean lacks', () => {
    const mismatches = compareFigures('관세를 부과했다.', 'It imposed a 25% tariff.')
    expect(mismatches.map((m) => [m.side, m.message])).toEqual([['en', '25% not in the Korean']])
  })

  it('accepts counts in words for counts with counters', () => {
    expect(compareFigures('용의자 3명에서 아무런 범죄 증거가 발견되지 않았다.', 'No evidence was found against the three suspects.')).toEqual([])
    expect(compareFigures('단 두 달 만에 개발했다.', 'It was developed in just two months.')).toEqual([])
  })

  it('does not report a lone one, which English writes as "a"', () => {
    expect(compareFigures('한 AI 보안 전문가는 한 명의 직원이 말했다고 전했다.', 'An AI security expert said an employee told him.')).toEqual([])
  })

  it('does not invent exchange rates', () => {
    const mismatches = compareFigures('2조9000억원을 지원할 예정', 'It will provide $2.9 trillion.')
    expect(mismatches.map((m) => m.side).sort()).toEqual(['en', 'ko'])
  })

  it('accepts a conversion given in parentheses', () => {
    expect(
      compareFigures(
        '이적료가 2억3800만달러(약 2400억 원)이 될 것이라고 보도했다.',
        'The British media have reported that the fee could be as high as $238 million.',
      ),
    ).toEqual([])
    expect(
      compareFigures('폭발물은 15m 간격으로 설치됐다고 말했다.', 'the devices were placed 15 meters (49 feet) from each other.'),
    ).toEqual([])
  })

  it('flags real slips from the dev bitext', () => {
    expect(compareFigures('어선 50만여척이 항구로 대피했다.', 'More than 50,000 fishing boats returned to harbor.')[0].message).toBe(
      '50만여척 (500,000) ≠ 50,000',
    )
    expect(
      compareFigures('난방유 선물이 12.8센트 하락한 갤런당 5.5501달러를 기록했으며', 'heating oil futures lost 12.8 cents to settle at $3.5501 a gallon')[0]
        .message,
    ).toBe('5.5501달러 ($5.5501) ≠ $3.5501')
  })

  it('matches weekdays with days of the month, as English news writes them', () => {
    expect(
      compareFigures('호주 콴타스 항공은 28일(현지시간) 새 CEO를 임명했다고 밝혔다.', 'Qantas Airways said Monday it has appointed a new chief executive.'),
    ).toEqual([])
  })

  it('never throws', () => {
    expect(compareFigures('', '')).toEqual([])
    expect(() => compareFigures('~~1조~~2조~~', '-- to -- and between')).not.toThrow()
  })
})
