import { describe, expect, it } from 'vitest'
import { figureKeys } from '../../../shared/lib/figures/figure-anchors'

describe('figureKeys', () => {
  it.each([
    ['딥시크 R1은 6710억개의 매개변수를 학습한 대규모 언어모델(LLM)로', 'DeepSeek R1 is a large-scale language model (LLM) trained on 671 billion parameters', ['n:671000000000']],
    ['자사 고객사 중 52%가 이미 딥시크 접속을 완전히 차단했다.', '52% of its clients have already fully blocked access to DeepSeek.', ['pct:52']],
    ['2일 블룸버그 통신 등 외신에 따르면', 'According to Samsung Electronics on the 2nd,', ['day:2']],
    ['1957년 옛 소련이 미국보다 먼저 인공위성을 발사한 데서 유래했다.', 'originating from the 1957 event when the Soviet Union launched', ['year:1957']],
    ['딥시크는 설립 5개월 차인 2023년 11월 첫 모델을', 'five months after its founding, in November 2023, DeepSeek', ['n:5', 'year:2023', 'month:11']],
    ['수백개의 기업', 'Hundreds of companies', ['n:100']],
    ['지난해 온라인 간담회에서', 'in an online meeting last year', ['rel:last-year']],
    ['23억6,000만달러', '$2.36 billion', ['n:2360000000']],
    ['(1bp=0.01%포인트)', '(1 basis point = 0.01 percentage points)', ['pp:0.01', 'pp:0.01']],
  ] as const)('gives a Korean sentence and its translation the same keys: %s', (ko, en, keys) => {
    expect(figureKeys(ko, 'ko')).toEqual(keys)
    expect(figureKeys(en, 'en')).toEqual(keys)
  })

  it('gives no keys for names or lone ones', () => {
    expect(figureKeys("한 AI 전문가는 GPT-4와 H800, 'R1'을 언급했다.", 'ko')).toEqual([])
    expect(figureKeys('One expert mentioned GPT-4, the H800 and R1.', 'en')).toEqual([])
  })

  it('gives different keys for different figures', () => {
    expect(figureKeys('52%', 'ko')).not.toEqual(figureKeys('25%', 'en'))
    expect(figureKeys('2일', 'ko')).not.toEqual(figureKeys('the 3rd.', 'en'))
  })
})
