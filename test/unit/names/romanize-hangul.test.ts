import { describe, expect, it } from 'vitest'
import { romanizeHangul } from '../../../shared/lib/names/romanize-hangul'

describe('romanizeHangul', () => {
  it('writes each syllable with the Revised Romanization tables', () => {
    expect(romanizeHangul('딥시크')).toBe('dipsikeu')
    expect(romanizeHangul('부산')).toBe('busan')
    expect(romanizeHangul('블룸버그')).toBe('beullumbeogeu')
  })

  it('moves a final consonant over a silent ㅇ (한국어 → hangugeo, 서울 → seoul)', () => {
    expect(romanizeHangul('한국어')).toBe('hangugeo')
    expect(romanizeHangul('서울')).toBe('seoul')
    expect(romanizeHangul('값어치')).toBe('gapseochi')
  })

  it('writes ㄹ next to ㄹ or ㄴ as ll (신라 → silla, 설날 → seollal)', () => {
    expect(romanizeHangul('신라')).toBe('silla')
    expect(romanizeHangul('설날')).toBe('seollal')
  })

  it('nasalises k, t, p before ㄴ, ㅁ and ㄹ (국민 → gungmin, 독립 → dongnip)', () => {
    expect(romanizeHangul('국민')).toBe('gungmin')
    expect(romanizeHangul('독립')).toBe('dongnip')
  })

  it('copies everything that is not Hangul and applies no rule across it', () => {
    expect(romanizeHangul('딥시크(DeepSeek) R1')).toBe('dipsikeu(DeepSeek) R1')
    expect(romanizeHangul('국 민')).toBe('guk min')
  })
})
