import { describe, expect, it } from 'vitest'
import type { Figure } from '../../../shared/models/figure'
import type { Language } from '../../../shared/models/language'
import { figuresMatch } from '../../../shared/lib/figures/figures-match'
import { readFigures } from '../../../shared/lib/figures/read-figures'

function figure(text: string, lang: Language, written: string): Figure {
  const found = readFigures(text, lang).find((f) => f.text === written)
  if (!found) throw new Error(`no figure "${written}" in "${text}": ${readFigures(text, lang).map((f) => f.text).join(', ')}`)
  return found
}

/** [Korean phrase, its figure, English phrase, its figure]. */
const EQUIVALENT: readonly (readonly [string, string, string, string])[] = [
  ['6710억개의 매개변수를', '6710억개', 'trained on 671 billion parameters', '671 billion'],
  ['입력 토큰 100만개당 0.55달러', '0.55달러', '$0.55 per million input tokens', '$0.55'],
  ['입력 토큰 100만개당 0.55달러', '100만개', '$0.55 per million input tokens', 'per million'],
  ['수백개의 기업', '수백개', 'Hundreds of companies', 'Hundreds'],
  ['고객사 중 52%가', '52%', '52 percent of its clients', '52 percent'],
  ['2일 블룸버그 통신 등 외신에 따르면', '2일', 'According to Samsung Electronics on the 2nd,', '2nd'],
  ['1957년 옛 소련이', '1957년', 'originating from the 1957 event', '1957'],
  ['지난해 온라인 간담회에서', '지난해', 'in an online meeting last year', 'last year'],
  ['23억6,000만달러', '23억6,000만달러', 'a record $2.36 billion', '$2.36 billion'],
  ['1억1천만 달러 짜리', '1억1천만 달러', 'the $110 million wonder', '$110 million'],
  ['초당 12조3천억 번의 계산', '12조3천억 번', 'perform 12.3 trillion calculations a second', '12.3 trillion'],
  ['지난 31일(현지시간)', '31일', 'on the 31st (local time)', '31st'],
  ['내년(2025년) 1월 말 o3 미니를', '내년(2025년) 1월', 'by the end of January 2025, and', 'January 2025'],
  ['연내 6개의 자체 파운데이션 AI 모델', '6개', 'develop six of its own', 'six'],
  ['용의자 3명에서', '3명', 'the three suspects', 'three'],
  ['딥시크 약 70%가', '70%', 'About 70% of our clients', '70%'],
  ['금값은 8.65% 상승했으며', '8.65%', 'gold rose 8.7%', '8.7%'],
  ['9%포인트 앞서는', '9%포인트', 'ahead by a 9-point margin', '9-point'],
  ['2조9000억원을 지원', '2조9000억원', 'support of 2.9 trillion', '2.9 trillion'],
  ['15조~20조원 규모', '15조~20조원', 'a budget of 15 trillion to 20 trillion won', '15 trillion to 20 trillion won'],
  ['1,000배나 더 강력한', '1,000배', 'is 1,000 times more powerful', '1,000 times'],
  ['3분의 1 수준', '3분의 1', 'at one third of the cost', 'one third'],
  ['50년 이상의 긴장 관계', '50년', 'more than five decades of tense relations', 'five decades'],
  ['28일(현지시간) 발표했다', '28일', 'announced Monday they were', 'Monday'],
  ['4분기 호실적', '4분기', 'in the fourth quarter', 'fourth quarter'],
  ['‘터미네이터’ 4편 제작에', '4편', 'the fourth "Terminator"', 'fourth'],
  ['2, 3년 전만해도', '2, 3년', 'A couple years ago', 'A couple'],
  ['1992년에서 1995년까지', '1992년에서 1995년', 'during the 1992-1995 war', '1992-1995'],
  ['20bp(1bp=0.01%포인트)', '20bp', 'by 20 basis points', '20 basis points'],
  ['오전 0시 26분 발생한 지진', '0시 26분', 'struck about 12:26 a.m.', '12:26 a.m.'],
]

/** Pairs that must not match. */
const DIFFERENT: readonly (readonly [string, string, string, string])[] = [
  ['고객사 중 52%가', '52%', '25% of its clients', '25%'],
  ['6710억개의 매개변수를', '6710억개', 'trained on 67.1 billion parameters', '67.1 billion'],
  ['어선 50만여척이', '50만여척', 'More than 50,000 fishing boats', '50,000'],
  ['갤런당 5.5501달러를', '5.5501달러', 'to settle at $3.5501 a gallon', '$3.5501'],
  // Different currencies never match: no exchange rate is invented.
  ['2조9000억원을 지원', '2조9000억원', 'support of $2.9 trillion', '$2.9 trillion'],
  ['150억 달러', '150억 달러', '15 billion yuan', '15 billion yuan'],
  ['2일 블룸버그 통신', '2일', 'on the 3rd,', '3rd'],
  ['1.5%포인트 올랐다', '1.5%포인트', 'rose 1.5%', '1.5%'],
  ['20명이 다쳤다', '20명', '25 were injured', '25'],
  ['지난해 온라인 간담회', '지난해', 'this year', 'this year'],
  ['2일간 열린 회의', '2일', 'on the 2nd', '2nd'],
]

describe('figuresMatch', () => {
  it.each(EQUIVALENT)('%s (%s) = %s (%s)', (ko, koFigure, en, enFigure) => {
    const a = figure(ko, 'ko', koFigure)
    const b = figure(en, 'en', enFigure)
    expect(figuresMatch(a, b)).toBe(true)
    expect(figuresMatch(b, a)).toBe(true)
  })

  it.each(DIFFERENT)('%s (%s) ≠ %s (%s)', (ko, koFigure, en, enFigure) => {
    const a = figure(ko, 'ko', koFigure)
    const b = figure(en, 'en', enFigure)
    expect(figuresMatch(a, b)).toBe(false)
    expect(figuresMatch(b, a)).toBe(false)
  })

  it('tolerates rounding only at two or more significant digits', () => {
    const written = figure('6,712억원', 'ko', '6,712억원')
    expect(figuresMatch(written, figure('671 billion won', 'en', '671 billion won'))).toBe(true)
    expect(figuresMatch(figure('2,400명', 'ko', '2,400명'), figure('2,000 people', 'en', '2,000'))).toBe(false)
  })
})
