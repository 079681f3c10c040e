import { describe, expect, it } from 'vitest'
import type { Figure } from '../../../shared/models/figure'
import type { Language } from '../../../shared/models/language'
import { VAGUE_WORDS } from '../../../shared/lib/figures/english-numerals'
import { readFigures } from '../../../shared/lib/figures/read-figures'

type Expected = Pick<Figure, 'text' | 'kind' | 'value'> & Partial<Pick<Figure, 'high' | 'currency' | 'approximate' | 'date'>>

/** [language, phrase from a seed page or the kpc-dev bitext, the figure expected in it]. */
const CASES: readonly (readonly [Language, string, Expected])[] = [
  // Korean magnitudes
  ['ko', '1만6천개 사용하는', { text: '1만6천개', kind: 'count', value: 16000 }],
  ['ko', '6710억개의 매개변수를 학습한', { text: '6710억개', kind: 'count', value: 671e9 }],
  ['ko', '40% 증가한 2조9000억원을 지원', { text: '2조9000억원', kind: 'money', value: 2.9e12, currency: 'KRW' }],
  ['ko', '23억6,000만달러', { text: '23억6,000만달러', kind: 'money', value: 2.36e9, currency: 'USD' }],
  ['ko', '추경을 편성한다면 15조~20조원 규모가', { text: '15조~20조원', kind: 'money', value: 15e12, high: 20e12, currency: 'KRW' }],
  ['ko', '인구 1,300만명의 도시', { text: '1,300만명', kind: 'count', value: 13e6 }],
  ['ko', '비용을 3분의 1로 줄였다', { text: '3분의 1', kind: 'fraction', value: 1 / 3 }],
  ['ko', '수백개의 기업, 특히 정부와', { text: '수백개', kind: 'count', value: 100, approximate: true }],
  ['ko', '10배 강력한 수퍼컴퓨터', { text: '10배', kind: 'multiplier', value: 10 }],
  ['ko', 'Deep Blue보다 1,000배나 더 강력한', { text: '1,000배', kind: 'multiplier', value: 1000 }],
  ['ko', '0.4%포인트씩 떨어지는', { text: '0.4%포인트', kind: 'percentage-point', value: 0.4 }],
  ['ko', '금리가 1.5%p 올랐다', { text: '1.5%p', kind: 'percentage-point', value: 1.5 }],
  ['ko', '9%포인트 앞서는 것으로', { text: '9%포인트', kind: 'percentage-point', value: 9 }],
  ['ko', '단 두 달 만에 개발했다', { text: '두 달', kind: 'count', value: 2 }],
  ['ko', '세 가지 방안을 제시했다', { text: '세 가지', kind: 'count', value: 3 }],
  ['ko', '연내 6개의 자체 파운데이션 AI 모델', { text: '6개', kind: 'count', value: 6 }],
  ['ko', '139명에 불과한데', { text: '139명', kind: 'count', value: 139 }],
  ['ko', '논문은 24만편에 달한다', { text: '24만편', kind: 'count', value: 240000 }],
  ['ko', '11만 7145명으로', { text: '11만 7145명', kind: 'count', value: 117145 }],
  ['ko', '1억1천만 달러 짜리 경이로운 설비', { text: '1억1천만 달러', kind: 'money', value: 110e6, currency: 'USD' }],
  ['ko', '초당 12조3천억 번의 계산을', { text: '12조3천억 번', kind: 'count', value: 12.3e12 }],
  ['ko', '3억권의 책이나', { text: '3억권', kind: 'count', value: 3e8 }],
  ['ko', '8,192개의 마이크로 프로세서', { text: '8,192개', kind: 'count', value: 8192 }],
  ['ko', '어선 50만여척이 항구로', { text: '50만여척', kind: 'count', value: 500000, approximate: true }],
  ['ko', '입력 토큰 100만개당 0.55달러', { text: '0.55달러', kind: 'money', value: 0.55, currency: 'USD' }],
  ['ko', '150억 달러(21조 원)의', { text: '150억 달러', kind: 'money', value: 15e9, currency: 'USD' }],
  ['ko', '2012년까지 1만8500메가와트를', { text: '1만8500', kind: 'count', value: 18500 }],
  // Korean percents and ranks
  ['ko', '금값은 트럼프 재선 이후 8.65% 상승했으며', { text: '8.65%', kind: 'percent', value: 8.65 }],
  ['ko', '자사 고객사 중 52%가 이미', { text: '52%', kind: 'percent', value: 52 }],
  ['ko', '고객사 약 70%가 딥시크 접속 차단을', { text: '70%', kind: 'percent', value: 70, approximate: true }],
  ['ko', '2~3% 내외의 점유율로', { text: '2~3%', kind: 'percent', value: 2, high: 3, approximate: true }],
  ['ko', '논문 수 순위가 7~9위 정도에', { text: '7~9위', kind: 'ordinal', value: 7, high: 9, approximate: true }],
  ['ko', '성장률을 20bp(1bp=0.01%포인트)', { text: '20bp', kind: 'percentage-point', value: 0.2 }],
  ['ko', '(1bp=0.01%포인트) 끌어올릴', { text: '0.01%포인트', kind: 'percentage-point', value: 0.01 }],
  ['ko', '강한 매수세와 4분기 호실적', { text: '4분기', kind: 'ordinal', value: 4 }],
  ['ko', '제 8호 태풍', { text: '제 8호', kind: 'ordinal', value: 8 }],
  ['ko', '헌법 9조를 개정하려는', { text: '9조', kind: 'ordinal', value: 9 }],
  // Korean dates
  ['ko', '2일 블룸버그 통신 등 외신에 따르면', { text: '2일', kind: 'date', value: 2, date: { day: 2 } }],
  ['ko', '지난 31일(현지시간) 추론 AI 모델', { text: '31일', kind: 'date', value: 31, date: { day: 31 } }],
  ['ko', '다음달 2일부터', { text: '다음달 2일', kind: 'date', value: 2, date: { day: 2, relative: 'next-month' } }],
  ['ko', '1957년 옛 소련이', { text: '1957년', kind: 'date', value: 1957, date: { year: 1957 } }],
  ['ko', '설립 5개월 차인 2023년 11월 첫 모델', { text: '2023년 11월', kind: 'date', value: 20231100, date: { year: 2023, month: 11 } }],
  ['ko', '지난해에 SK하이닉스에', { text: '지난해', kind: 'date', value: 0, date: { relative: 'last-year' } }],
  ['ko', '올해 중 새로운 AI 서비스', { text: '올해', kind: 'date', value: 0, date: { relative: 'this-year' } }],
  ['ko', '지난달 31일 국무회의에서', { text: '지난달 31일', kind: 'date', value: 31, date: { day: 31, relative: 'last-month' } }],
  ['ko', '지난달 초 고유가 우려와', { text: '지난달', kind: 'date', value: 0, date: { relative: 'last-month' } }],
  ['ko', '6월 21일-24일 서울에서', { text: '6월 21일-24일', kind: 'date', value: 621, high: 24, date: { month: 6, day: 21 } }],
  ['ko', '1920년대 미국은', { text: '1920년대', kind: 'date', value: 1920, approximate: true, date: { year: 1920 } }],
  ['ko', '2025.01.30 11:54:18', { text: '2025.01.30', kind: 'date', value: 20250130, date: { year: 2025, month: 1, day: 30 } }],
  // Korean durations
  ['ko', '2일간 열린 회의', { text: '2일', kind: 'count', value: 2 }],
  ['ko', '10일 후에 다시 만나기로', { text: '10일', kind: 'count', value: 10 }],
  ['ko', '이틀 동안', { text: '이틀', kind: 'count', value: 2 }],
  ['ko', '서울에 1박2일 머물 예정이다', { text: '2일', kind: 'count', value: 2 }],
  ['ko', '50년 이상의 긴장 관계', { text: '50년', kind: 'count', value: 50 }],
  // English
  ['en', 'a large-scale language model (LLM) trained on 671 billion parameters', { text: '671 billion', kind: 'amount', value: 671e9 }],
  ['en', 'reached a record high of $55.69 billion.', { text: '$55.69 billion', kind: 'money', value: 55.69e9, currency: 'USD' }],
  ['en', 'was 30.1 trillion won in the fourth quarter', { text: '30.1 trillion won', kind: 'money', value: 30.1e12, currency: 'KRW' }],
  ['en', 'showed off the $110 million wonder', { text: '$110 million', kind: 'money', value: 110e6, currency: 'USD' }],
  ['en', 'the ability to perform 12.3 trillion calculations a second', { text: '12.3 trillion', kind: 'amount', value: 12.3e12 }],
  ['en', 'announced plans to develop six of its own foundational AI models', { text: 'six', kind: 'count', value: 6 }],
  ['en', 'DeepSeek developed its product in just two months using', { text: 'two', kind: 'count', value: 2 }],
  ['en', 'at one third of the cost', { text: 'one third', kind: 'fraction', value: 1 / 3 }],
  ['en', 'about a third to a half of women', { text: 'a third', kind: 'fraction', value: 1 / 3 }],
  ['en', 'tariffs of 25% on imports', { text: '25%', kind: 'percent', value: 25 }],
  ['en', 'more than 80 percent have confidence', { text: '80 percent', kind: 'percent', value: 80, approximate: true }],
  ['en', 'a tariff of 10%, not 25, on', { text: '25', kind: 'percent', value: 25 }],
  ['en', 'According to Samsung Electronics on the 2nd, the revenue', { text: '2nd', kind: 'date', value: 2, date: { day: 2 } }],
  ['en', 'on the 31st (local time), OpenAI released', { text: '31st', kind: 'date', value: 31, date: { day: 31 } }],
  ['en', 'will be released by the end of January 2025, and', { text: 'January 2025', kind: 'date', value: 20250100, date: { year: 2025, month: 1 } }],
  ['en', 'mentioned in an online meeting last year that', { text: 'last year', kind: 'date', value: 0, date: { relative: 'last-year' } }],
  ['en', 'suspended underground nuclear tests in 1992.', { text: '1992', kind: 'date', value: 1992, date: { year: 1992 } }],
  ['en', 'using around 2,000 relatively low-performance chips', { text: '2,000', kind: 'amount', value: 2000, approximate: true }],
  ['en', 'produced a total of 253,000 vehicles', { text: '253,000', kind: 'amount', value: 253000 }],
  ['en', 'to supply HBM3E 8-layer memory last month', { text: '8', kind: 'count', value: 8 }],
  ['en', 'the 21st century', { text: '21st', kind: 'ordinal', value: 21 }],
  ['en', 'make a second landfall in southeastern China', { text: 'second', kind: 'ordinal', value: 2 }],
  ['en', 'notes are supposed to be removed twice a year', { text: 'twice', kind: 'multiplier', value: 2 }],
  ['en', '1,000 times more powerful than Deep Blue', { text: '1,000 times', kind: 'multiplier', value: 1000 }],
  ['en', 'About three dozen Israeli soldiers', { text: 'three dozen', kind: 'count', value: 36, approximate: true }],
  ['en', 'within days thousands of people had', { text: 'thousands', kind: 'count', value: 1000, approximate: true }],
  ['en', 'Hundreds of companies, especially those', { text: 'Hundreds', kind: 'count', value: 100, approximate: true }],
  ['en', 'lowered by 0.01 percentage points', { text: '0.01 percentage points', kind: 'percentage-point', value: 0.01 }],
  ['en', 'raise growth by 20 basis points', { text: '20 basis points', kind: 'percentage-point', value: 0.2 }],
  ['en', 'Obama ahead by a 9-point margin', { text: '9-point', kind: 'percentage-point', value: 9 }],
  ['en', 'more than five decades of tense relations', { text: 'five decades', kind: 'count', value: 50, approximate: true }],
  ['en', 'the September 11 attacks', { text: 'September 11', kind: 'date', value: 911, date: { month: 9, day: 11 } }],
  ['en', 'talks in Seoul June 21-24 after', { text: 'June 21-24', kind: 'date', value: 621, high: 24, date: { month: 6, day: 21 } }],
  ['en', 'during the 1992-1995 war', { text: '1992-1995', kind: 'date', value: 1992, high: 1995, date: { year: 1992 } }],
  ['en', 'bouncing between $129 and $130 for', { text: '$129 and $130', kind: 'money', value: 129, high: 130, currency: 'USD' }],
  ['en', 'The FedEx stations will be open from 8AM to noon', { text: '8AM', kind: 'time', value: 8 }],
  ['en', 'At 5 p.m. ET, the storm', { text: '5 p.m.', kind: 'time', value: 17 }],
  ['en', 'received a call at 0715 (1215 GMT) alerting them', { text: '1215', kind: 'time', value: 12.25 }],
  ['en', 'the Federal Reserve cut rates by half a percentage point', { text: 'half a percentage point', kind: 'percentage-point', value: 0.5 }],
  ['en', 'Hitting .268 with three homers', { text: '.268', kind: 'amount', value: 0.268 }],
  ['ko', '2할6푼8리의 타율', { text: '2할6푼8리', kind: 'amount', value: 0.268 }],
  ['ko', '조직원5명을 생포한 후', { text: '5명', kind: 'count', value: 5 }],
  ['en', 'a Melbourne-bound Qantas jet was forced to return Monday night', { text: 'Monday', kind: 'date', value: 0, date: { relative: 'monday' } }],
]

describe('readFigures', () => {
  it.each(CASES)('%s: %s', (lang, phrase, expected) => {
    const figures = readFigures(phrase, lang)
    const figure = figures.find((f) => f.text === expected.text)
    expect(figure, JSON.stringify(figures.map((f) => f.text))).toBeDefined()
    if (!figure) return
    expect(figure.kind).toBe(expected.kind)
    expect(figure.value).toBeCloseTo(expected.value, 6)
    expect(figure.high).toBe(expected.high)
    expect(figure.currency).toBe(expected.currency)
    expect(figure.approximate ?? false).toBe(expected.approximate ?? false)
    if (expected.date) expect(figure.date).toEqual(expected.date)
    expect(phrase.slice(figure.span.start, figure.span.end)).toBe(figure.text)
  })

  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
  })

  it.each([
    ['ko', "딥시크가 개발한 AI 추론 모델 '딥시크 R1'의 접속을 차단"],
    ['ko', '저비용으로 GPT-4 수준의 성능을 구현해'],
    ['ko', '엔비디아가 중국 수출용으로 성능을 낮춰 출시한 H800 칩을 활용해 챗GPT-4에 근접한'],
    ['ko', "추론 AI 모델 'o3'의 경량화 버전"],
    ['ko', '코로나19 이후'],
    ['ko', '갤럭시 A4·S5·S6 시리즈'],
    ['ko', "'딥시크-V2' 와 '딥시크-V3' 모델"],
    ['ko', 'HBM3E와 HBM4 공급'],
    ['ko', '5G 통신망'],
    ['ko', 'A100을 상당량 확보'],
    ['ko', '이차전지와 2차전지 산업'],
    ['ko', '한편 무아메르 굴러 주지사는'],
    ['en', 'delivering GPT-4-level performance'],
    ['en', "NVIDIA's H800 chip and the H100"],
    ['en', 'the AI model R1 and o3 Mini'],
    ['en', 'including 175,000 K3s and K4 sedans'.replace('175,000 ', '')],
    ['en', 'after COVID-19 spread'],
    ['en', 'The Obama trip &#8212; the results'],
  ] as const)('reads no figure in names: %s %s', (lang, text) => {
    expect(readFigures(text, lang).map((f) => f.text)).toEqual([])
  })

  // The rarer English patterns run only on a sentence holding one of RARE_WORDS (and a month name only where
  // MONTH_START finds one): a word of theirs the gate lacked would never be read.
  it.each([
    ...['one half', 'two-thirds', 'a third of', 'three quarters', 'one fifth of', 'two halves', 'half of'],
    ...['half a point', 'half a percentage point', 'a hundred', 'One thousand', 'per million', 'a billion', 'a trillion'],
    ...['both', 'Both', 'a couple of', 'twice', 'doubled', 'Tripling', 'quadruples'],
    ...Object.keys(VAGUE_WORDS).filter((w) => w !== 'tens' && w !== 'scores'),
    ...['January 5', 'Feb. 3', 'March 2024', 'April', 'in May', 'June 1', 'July 4', 'Aug. 9', 'Sept. 11', 'Oct. 1', 'Nov. 2', 'December 25'],
  ])('reads the English "%s"', (words) => {
    const figures = readFigures(`They counted ${words} of it.`, 'en')
    expect(figures.map((f) => f.text).join(' | ')).toContain(words.replace(/^(?:in|of) | of$/g, ''))
  })

  it('gives exact spans on a whole seed paragraph', () => {
    const text =
      '딥시크 R1은 6710억개의 매개변수를 학습한 대규모 언어모델(LLM)로, 저비용으로 GPT-4 수준의 성능을 구현해 큰 파장이 일으키고 있다. 네트워크 보안 업체 넷스코프에 따르면, 자사 고객사 중 52%가 이미 딥시크 접속을 완전히 차단했다.'
    const figures = readFigures(text, 'ko')
    expect(figures.map((f) => f.text)).toEqual(['6710억개', '52%'])
    for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text)
  })

  it('reads "내년(2025년) 1월" as one date', () => {
    const [figure] = readFigures('샘 올트먼 CEO는 "내년(2025년) 1월 말 o3 미니를 먼저 출시하고', 'ko')
    expect(figure.text).toBe('내년(2025년) 1월')
    expect(figure.date).toEqual({ year: 2025, month: 1, relative: 'next-year' })
  })

  it('never throws and returns nothing for empty or odd input', () => {
    expect(readFigures('', 'ko')).toEqual([])
    expect(() => readFigures('\u0000\uffff~~~%%%,,,...---', 'en')).not.toThrow()
    expect(() => readFigures('1'.repeat(400), 'ko')).not.toThrow()
  })
})
