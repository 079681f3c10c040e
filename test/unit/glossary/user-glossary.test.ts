import { describe, expect, it } from 'vitest'
import { buildProfiles } from '../../../shared/lib/align/build-profiles'
import { sharedCount } from '../../../shared/lib/align/sentence-profile'
import { defaultGlossaryMatcher } from '../../../shared/lib/glossary/default-glossary'
import { USER_GLOSSARY_TEMPLATE, userGlossary } from '../../../shared/lib/glossary/user-glossary'

describe('a user glossary', () => {
  it('adds new concepts and extends built-in ones', () => {
    const g = userGlossary('mirae-asset | 미래에셋 | Mirae Asset\nusa | 워싱턴 정가 | Beltway\n')
    expect(g.entries).toBe(2)
    expect(g.badLines).toEqual([])
    expect(g.matcher.koConcepts('미래에셋증권은 4일 간담회를 열었다')).toContain('mirae-asset')
    expect(g.matcher.enConcepts('Mirae Asset Securities held a press conference')).toContain('mirae-asset')
    expect(g.matcher.koConcepts('워싱턴 정가의 반응')).toContain('usa')
    expect(g.matcher.enConcepts('The U.S. responded')).toContain('usa')
    expect(defaultGlossaryMatcher().koConcepts('미래에셋증권은 4일 간담회를 열었다')).not.toContain('mirae-asset')
  })

  it('names the lines that are not in the format and keeps the rest', () => {
    const g = userGlossary('# a comment\nkakao | 카카오 | Kakao\nnot a glossary line\nx | | y\n')
    expect(g.entries).toBe(1)
    expect(g.badLines).toEqual([3, 4])
  })

  it('falls back to the built-in glossary for an empty file or the template', () => {
    expect(userGlossary('').matcher).toBe(defaultGlossaryMatcher())
    const template = userGlossary(USER_GLOSSARY_TEMPLATE)
    expect(template.entries).toBe(0)
    expect(template.badLines).toEqual([])
  })

  it('gives the aligner anchors it did not have', () => {
    const ko = ['미래에셋은 새 펀드를 출시했다.']
    const en = ['Mirae Asset launched a new fund.']
    const shared = (options = {}) => {
      const p = buildProfiles(ko, en, options)
      return sharedCount(p.ko[0].weak, p.en[0].weak)
    }
    expect(shared({ glossary: userGlossary('mirae-asset | 미래에셋 | Mirae Asset').matcher })).toBe(shared() + 1)
  })
})
