import { describe, expect, it } from 'vitest'
import { allMatches } from '../../../shared/lib/text/all-matches'

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, groups: [...m] }))

describe('allMatches', () => {
  it.each([
    [/\b(one|two)\b/gi, 'One, two and twenty-two; ONE'],
    [/(?<![가-힣])(수)?([십백천])?([만억조])?(여)?/g, '수백만 명, 십여 곳과 3만'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\d+/gy, '12 34'],
  ])('gives what matchAll gives: %s on %s', (pattern, text) => {
    expect(shape(allMatches(text, pattern))).toEqual(shape(text.matchAll(pattern)))
  })

  it('starts at the pattern’s lastIndex and leaves it there, as matchAll does', () => {
    const pattern = /\d/g
    pattern.lastIndex = 2
    expect(shape(allMatches('1234', pattern))).toEqual(shape('1234'.matchAll(pattern)))
    expect(pattern.lastIndex).toBe(2)
  })

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches('1', /\d/)).toThrow(TypeError)
    expect(() => '1'.matchAll(/\d/)).toThrow(TypeError)
  })
})
