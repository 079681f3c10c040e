import { describe, expect, it } from 'vitest'
import {
  matchNames,
  NAME_MATCH_THRESHOLD,
  nameSimilarity,
  sharedNameCount,
} from '../../../shared/lib/names/name-similarity'
import { nameSkeletons } from '../../../shared/lib/names/name-skeletons'

// Transliterations in the seed articles (DeepSeek and OpenAI pairs, the tariff article).
const SAME_NAME: ReadonlyArray<readonly [string, string]> = [
  ['넷스코프', 'Netskope'],
  ['블룸버그', 'Bloomberg'],
  ['엔비디아', 'NVIDIA'],
  ['아르미스', 'Armis'],
  ['나디르', 'Nadir'],
  ['이즈라엘', 'Izraeel'],
  ['아슈위니', 'Ashwini'],
  ['바이슈노', 'Vaishnaw'],
  ['이탈리아', 'Italian'],
  ['이탈리아', 'Italy'],
  ['레딧', 'Reddit'],
  ['케빈', 'Kevin'],
  ['웨일', 'Weil'],
  ['샘', 'Sam'],
  ['올트먼', 'Altman'],
  ['구글', 'Google'],
  ['애플', 'Apple'],
  ['트럼프', 'Trump'],
  ['캐나다', 'Canada'],
  ['멕시코', 'Mexico'],
  ['테크크런치', 'TechCrunch'],
  ['스푸트니크', 'Sputnik'],
  ['마이크로소프트', 'Microsoft'],
  ['앤드리슨', 'Andreessen'],
]

describe('nameSimilarity', () => {
  for (const [hangul, latin] of SAME_NAME) {
    it(`matches ${hangul} with ${latin}`, () => {
      expect(nameSimilarity(hangul, latin)).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD)
    })
  }

  it('matches whole names of two words', () => {
    expect(nameSimilarity('나디르 이즈라엘', 'Nadir Izraeel')).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('샘 올트먼', 'Sam Altman')).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('아슈위니 바이슈노', 'Ashwini Vaishnaw')).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD)
  })

  it('ignores the particle after a name (블룸버그에, 아르미스의, 엔비디아가)', () => {
    expect(nameSimilarity('블룸버그에', 'Bloomberg')).toBe(nameSimilarity('블룸버그', 'Bloomberg'))
    expect(nameSimilarity('아르미스의', 'Armis')).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('엔비디아가', 'NVIDIA')).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD)
  })

  it('does not match unrelated words', () => {
    expect(nameSimilarity('딥시크', 'Bloomberg')).toBeLessThan(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('정부', 'Government')).toBeLessThan(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('넷스코프', 'Netflix')).toBeLessThan(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('구글', 'Apple')).toBeLessThan(NAME_MATCH_THRESHOLD)
    expect(nameSimilarity('트럼프', 'Canada')).toBeLessThan(NAME_MATCH_THRESHOLD)
  })

  it('stays within [0, 1]', () => {
    for (const [hangul, latin] of [...SAME_NAME, ['딥시크', 'Bloomberg'] as const, ['', ''] as const]) {
      const similarity = nameSimilarity(hangul, latin)
      expect(similarity).toBeGreaterThanOrEqual(0)
      expect(similarity).toBeLessThanOrEqual(1)
    }
  })
})

describe('matchNames', () => {
  it('counts the names shared by a sentence of the DeepSeek pair and its translation', () => {
    const ko = '사이버보안 기업 아르미스의 나디르 이즈라엘 최고기술책임자(CTO)는 "자사의 고객사 약 70%가 딥시크 접속 차단을 요구했다"며'
    const en = 'Nadir Izraeel, the Chief Technology Officer (CTO) of cybersecurity company Armis, stated, "About 70% of our clients have requested to block access to DeepSeek,"'
    // 아르미스, 나디르, 이즈라엘, 딥시크.
    expect(matchNames(ko, en)).toBe(4)
  })

  it('counts the names of a sentence of the OpenAI pair', () => {
    const ko = '케빈 웨일 오픈AI 최고제품책임자(CPO)도 "구형 모델을 오픈소스로 공개하는 방안을 검토 중"이라고 밝혔다.'
    const en = 'Kevin Weil, OpenAI\'s Chief Product Officer (CPO), also stated, "We are considering the possibility of open-sourcing older models."'
    expect(matchNames(ko, en)).toBeGreaterThanOrEqual(3)
  })

  it('finds no names between sentences that share none', () => {
    const ko = '미 해군과 국방부도 직원들의 딥시크 접속을 차단했다.'
    const en = 'Ashwini Vaishnaw, India\'s Minister of Electronics and Information Technology, praised the plan.'
    expect(matchNames(ko, en)).toBe(0)
  })

  it('does not count ordinary Korean words against capitalised English ones', () => {
    expect(matchNames('지난 3일 정부는 시장의 제안을 받아들였다.', 'China and John Joanne Government Market said.')).toBe(0)
  })

  it('counts a Korean name once however often it appears', () => {
    expect(matchNames('딥시크는 딥시크의 모델을 공개했다.', 'DeepSeek released DeepSeek R1.')).toBe(1)
  })
})

describe('nameSkeletons and sharedNameCount', () => {
  it('give the same count as matchNames from cached skeletons', () => {
    const ko = '이탈리아 데이터보호위원회는 딥시크의 개인정보 처리 방식에 대한 정보를 요청했으며, 이후 이탈리아 내 구글과 애플 앱스토어에서 딥시크 앱이 삭제됐다.'
    const en = "The Italian Data Protection Authority requested information regarding DeepSeek's handling of personal data, and as a result, DeepSeek's app was removed from Google and Apple app stores in Italy."
    const koSkeletons = nameSkeletons(ko, 'ko')
    const enSkeletons = nameSkeletons(en, 'en')
    expect(sharedNameCount(koSkeletons, enSkeletons)).toBe(matchNames(ko, en))
    // 이탈리아, 딥시크, 구글, 애플.
    expect(sharedNameCount(koSkeletons, enSkeletons)).toBe(4)
  })

  it('leave out particles, verb forms and function words', () => {
    expect(nameSkeletons('블룸버그에 따르면 있다', 'ko')).toEqual(nameSkeletons('블룸버그', 'ko'))
    expect(nameSkeletons('The CNN report', 'en')).toEqual([])
  })

  it('join adjacent capitalised words so a Korean compound can match them', () => {
    expect(matchNames('다크나이트가 개봉했다.', 'The Dark Knight opened.')).toBe(1)
  })
})
