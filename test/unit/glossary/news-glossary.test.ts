import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGlossary } from '../../../shared/lib/glossary/glossary-entry'
import { GlossaryMatcher } from '../../../shared/lib/glossary/glossary-matcher'
import { NEWS_GLOSSARY_SOURCE } from '../../../shared/lib/glossary/news-glossary'

const SEEDS = path.resolve(__dirname, '../../../seeds')

function seedText(fileNumber: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(`${fileNumber}_`))
  if (file === undefined) throw new Error(`no seed ${fileNumber}`)
  return readFileSync(path.join(SEEDS, file), 'utf8')
}

/** Single-syllable stems that are (nearly) always one word in news text; any other stem needs 2+ characters. */
const SHORT_STEMS = new Set([
  '美', '中', '日', '韓', '北', '英', '獨', '佛', '露', '印', '與', '野', '軍', '檢', '警',
  '핵', '딸', '돈', '팀', '왕', '값', '첫', '뇌', '몸', '봄', '쌀', '숲', '닭', '앱', '톤', '뼈',
])

/**
 * Korean sentences and their ChatGPT translations from Metro Seoul's two translated pairs in the seeds:
 * "딥시크 개인정보 유출 논란…" (seed 000) and "오픈AI도 흔들렸다…" (seed 001).
 */
const PAIRS: ReadonlyArray<{ seed: string; ko: string; en: string }> = [
  {
    seed: '000',
    ko: '중국 AI 스타트업 딥시크(DeepSeek)의 충격파가 전 세계를 강타하고 있는 가운데, 개인정보 유출과 같은 보안 문제가 새로운 이슈로 부상하고 있다.',
    en: 'The shockwaves caused by the Chinese AI startup DeepSeek are sweeping across the globe, with security issues such as personal data breaches emerging as a new concern.',
  },
  {
    seed: '000',
    ko: '딥시크 R1은 6710억개의 매개변수를 학습한 대규모 언어모델(LLM)로, 저비용으로 GPT-4 수준의 성능을 구현해 큰 파장이 일으키고 있다.',
    en: 'DeepSeek R1 is a large-scale language model (LLM) trained on 671 billion parameters, and it has caused a major stir by delivering GPT-4-level performance at a low cost.',
  },
  {
    seed: '000',
    ko: '미국 정부 기관과 의회는 딥시크 사용을 전면 금지하며 강경 대응에 나서고 있다.',
    en: 'The U.S. government and Congress have taken a strong stance by fully banning the use of DeepSeek and are responding aggressively.',
  },
  {
    seed: '000',
    ko: '미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.',
    en: 'The U.S. Navy and Department of Defense have also blocked employee access to DeepSeek.',
  },
  {
    seed: '000',
    ko: '기업 차원에서도 딥시크 차단 움직임이 확산하고 있다.',
    en: 'At the corporate level, the movement to block DeepSeek is also spreading.',
  },
  {
    seed: '000',
    ko: '유럽에서도 딥시크에 대한 규제 움직임이 본격화하고 있다.',
    en: 'Regulatory movements against DeepSeek are also gaining momentum in Europe.',
  },
  {
    seed: '000',
    ko: '이탈리아 데이터보호위원회는 딥시크의 개인정보 처리 방식에 대한 정보를 요청했으며, 이후 이탈리아 내 구글과 애플 앱스토어에서 딥시크 앱이 삭제됐다.',
    en: "The Italian Data Protection Authority requested information regarding DeepSeek's handling of personal data, and as a result, DeepSeek's app was removed from Google and Apple app stores in Italy.",
  },
  {
    seed: '000',
    ko: '정부 지원을 통해 농업, 기후변화 등 다양한 분야에서 AI 활용을 확대할 계획이다.',
    en: 'The government plans to expand AI usage in various fields such as agriculture and climate change through state support.',
  },
  {
    seed: '001',
    ko: "오픈AI가 '인공지능(AI) 모델 개발 전략' 전환 가능성을 공식 시사하면서, 그동안 폐쇄형 AI 모델 개발을 고수해 온 AI 업계에 지각변동이 예고된다.",
    en: 'OpenAI has officially suggested the possibility of shifting its "AI model development strategy," signaling a potential shift in the AI industry, which has traditionally adhered to the development of closed AI models.',
  },
  {
    seed: '001',
    ko: "실제로 오픈AI는 지난 31일(현지시간) 추론 AI 모델 'o3'의 경량화 버전인 'o3 미니'를 무료로 공개했다.",
    en: "In fact, on the 31st (local time), OpenAI released a lightweight version of its inference AI model, 'o3 Mini,' for free.",
  },
  {
    seed: '001',
    ko: '이번 행보는 중국 AI 스타트업 딥시크의 영향이 크다는 분석이 나온다.',
    en: 'This move is widely believed to be influenced by the Chinese AI startup DeepSeek.',
  },
  {
    seed: '001',
    ko: '지금까지 오픈AI와 구글 등은 폐쇄형 AI 모델을 기반으로 시장을 장악해 왔다.',
    en: 'Until now, companies like OpenAI and Google have dominated the market based on closed AI models.',
  },
  {
    seed: '001',
    ko: '그러나 딥시크와 메타 등 후발 주자들이 오픈소스 모델을 내세워 단기간에 AI 성능을 끌어올리면서 시장 내 영향력을 확대하고 있다.',
    en: 'However, challengers like DeepSeek and Meta have been introducing open-source models, quickly improving AI performance and expanding their influence in the market.',
  },
  {
    seed: '001',
    ko: '이에 AI 산업의 미래는 오픈소스와 폐쇄형 모델 간 경쟁 구도에 따라 크게 달라질 전망이다.',
    en: 'As a result, the future of the AI industry is expected to be significantly shaped by the competition between open-source and closed models.',
  },
  {
    seed: '001',
    ko: '반면, 폐쇄형 모델이 지속적으로 우위를 점한다면 AI 시장은 소수의 대기업이 독점하는 구조로 고착될 가능성이 크다고 우려가 나온다.',
    en: 'On the other hand, if closed models continue to maintain dominance, there is concern that the AI market could become entrenched in a structure dominated by a few large corporations.',
  },
]

/** Korean sentences from the pairs above, each set beside an English sentence that does not translate it. */
const MISMATCHED: ReadonlyArray<readonly [number, number]> = [
  [0, 11],
  [1, 4],
  [2, 13],
  [3, 8],
  [4, 14],
  [5, 9],
  [6, 2],
  [7, 3],
  [9, 6],
  [10, 0],
]

describe('news glossary', () => {
  const entries = parseGlossary(NEWS_GLOSSARY_SOURCE)
  const matcher = new GlossaryMatcher(entries)
  const shared = (ko: string, en: string): string[] => {
    const enIds = new Set(matcher.enConcepts(en))
    return matcher.koConcepts(ko).filter((id) => enIds.has(id))
  }

  it('has at least 600 concepts with unique ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(600)
    const ids = entries.map((e) => e.id)
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i)
    expect(duplicates).toEqual([])
  })

  it('has a Korean and an English side on every concept', () => {
    const empty = entries.filter((e) => e.ko.length === 0 || e.en.length === 0).map((e) => e.id)
    expect(empty).toEqual([])
    const blank = entries.filter((e) => [...e.ko, ...e.en].some((w) => !w.trim())).map((e) => e.id)
    expect(blank).toEqual([])
  })

  it('uses Korean stems of two or more characters outside the allow-list', () => {
    const short = entries.flatMap((e) => e.ko.filter((k) => [...k].length < 2 && !SHORT_STEMS.has(k)).map((k) => `${e.id}:${k}`))
    expect(short).toEqual([])
  })

  it('keeps English phrases within the matcher limit of four words', () => {
    const long = entries.flatMap((e) => e.en.filter((w) => w.split(/\s+/).length > 4).map((w) => `${e.id}:${w}`))
    expect(long).toEqual([])
  })

  it('lets longer stems shadow known collisions', () => {
    expect(matcher.koConcepts('핵심 인재')).not.toContain('nuclear')
    expect(matcher.koConcepts('인도적 지원')).not.toContain('india')
    expect(matcher.koConcepts('업계 분위기는 어둡다')).not.toContain('crisis')
    expect(matcher.koConcepts('새로운 이슈로 부상하고 있다')).toEqual(expect.arrayContaining(['new', 'emerge']))
    expect(matcher.koConcepts('새로운 이슈로 부상하고 있다')).not.toContain('injure')
    expect(matcher.koConcepts('혐의를 부인했다')).not.toContain('wife')
    expect(matcher.koConcepts('대회 참가자')).not.toContain('palestine')
    expect(matcher.koConcepts('경기 침체')).not.toContain('game')
    expect(matcher.enConcepts('card')).not.toContain('car')
    expect(matcher.enConcepts('planes')).toContain('plane')
  })

  it('quotes the seed sentences verbatim', () => {
    for (const pair of PAIRS) {
      const text = seedText(pair.seed)
      expect(text).toContain(pair.ko)
      expect(text).toContain(pair.en)
    }
  })

  it('finds a shared concept between each seed sentence and its translation', () => {
    expect(PAIRS).toHaveLength(15)
    const misses = PAIRS.filter((p) => shared(p.ko, p.en).length === 0).map((p) => p.ko)
    expect(misses).toEqual([])
  })

  it('shares fewer concepts on average between unrelated sentences', () => {
    expect(MISMATCHED).toHaveLength(10)
    const matched = PAIRS.map((p) => shared(p.ko, p.en).length)
    const mismatched = MISMATCHED.map(([ko, en]) => shared(PAIRS[ko].ko, PAIRS[en].en).length)
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
    expect(mean(mismatched)).toBeLessThan(mean(matched))
    // Unrelated sentences from the same two AI stories still share words such as "AI"; a translation shares more.
    expect(mean(matched) - mean(mismatched)).toBeGreaterThan(1)
  })
})
