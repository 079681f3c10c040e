import { describe, expect, it } from 'vitest'
import { alignAround, type AlignTexts } from '../../../shared/lib/correct/align-around'
import { detachSentence, mergeRows, moveSentence, relink, splitRow, type CurrentLink } from '../../../shared/lib/correct/link-edits'
import { LinkEditError } from '../../../shared/lib/correct/link-order'

const link = (ko: number[], en: number[], score = 0.9): CurrentLink => ({ ko, en, score, lowConfidence: false })
const shape = (links: readonly { ko: readonly number[]; en: readonly number[]; hand?: boolean }[]) =>
  links.map((l) => `${l.ko.join('+')}|${l.en.join('+')}${l.hand ? '*' : ''}`)

// Four rows: 0-0, 1-1, 2+3-2, 4-(none).
const current = [link([0], [0]), link([1], [1]), link([2, 3], [2]), link([4], [])]

/** A stand-in aligner that pairs sentences in order: the tests check what alignAround gives it and keeps. */
const inOrder: AlignTexts = (ko, en) => {
  const n = Math.max(ko.length, en.length)
  return Array.from({ length: n }, (_, k) => ({
    ko: k < ko.length ? [k] : [],
    en: k < en.length ? [k] : [],
    score: 0.5,
    lowConfidence: true,
  }))
}
const texts = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`)

describe('link edits', () => {
  it('merges a row with the next, set by hand, leaving the others as they were', () => {
    const merged = mergeRows(current, 0)
    expect(shape(merged)).toEqual(['0+1|0+1*', '2+3|2', '4|'])
    expect(merged[1].score).toBe(0.9)
    expect(() => mergeRows(current, 3)).toThrow(LinkEditError)
  })

  it('splits a row into its sentences, leftovers on rows of their own', () => {
    expect(shape(splitRow(current, 2))).toEqual(['0|0', '1|1', '2|2*', '3|*', '4|'])
    expect(() => splitRow(current, 0)).toThrow(/one sentence a side/)
  })

  it('moves only a boundary sentence to the neighbouring row and drops an emptied row', () => {
    expect(shape(moveSentence(current, 'ko', 3, 'next'))).toEqual(['0|0', '1|1', '2|2*', '3+4|*'])
    expect(shape(moveSentence(current, 'ko', 2, 'previous'))).toEqual(['0|0', '1+2|1*', '3|2*', '4|'])
    expect(shape(moveSentence(current, 'en', 1, 'previous'))).toEqual(['0|0+1*', '1|*', '2+3|2', '4|'])
    expect(shape(moveSentence([link([0], [0]), link([], [1])], 'en', 1, 'previous'))).toEqual(['0|0+1*'])
    expect(() => moveSentence(current, 'ko', 3, 'previous')).toThrow(/first sentence/)
    expect(() => moveSentence(current, 'ko', 0, 'previous')).toThrow(/first row/)
  })

  it('detaches a sentence: it stands alone, earlier ones keep the counterpart, later ones are aligned again', () => {
    expect(shape(detachSentence(current, 'ko', 3))).toEqual(['0|0', '1|1', '2|2*', '3|*', '4|'])
    expect(shape(detachSentence(current, 'ko', 2))).toEqual(['0|0', '1|1', '2|*', '4|'])
    expect(shape(detachSentence(current, 'ko', 1))).toEqual(['0|0', '1|*', '|1*', '2+3|2', '4|'])
    expect(() => detachSentence(current, 'ko', 4)).toThrow(/already has no counterpart/)
  })

  it('relinks freely, dropping rows that share or cross the new link', () => {
    expect(shape(relink(current, [1, 2], [1]))).toEqual(['0|0', '1+2|1*', '4|'])
    expect(shape(relink(current, [0], [2]))).toEqual(['0|2*', '4|'])
    expect(shape(relink(current, [4], [2]))).toEqual(['0|0', '1|1', '4|2*'])
  })
})

describe('alignAround', () => {
  it('keeps given links, reuses the fallback where it tiles a gap, and aligns the rest', () => {
    const given = relink(current, [1, 2], [1])
    const out = alignAround({ koTexts: texts(5), enTexts: texts(3), given, fallback: current, align: inOrder })
    // Korean 3 and English 2 were left between the new link and the omission: aligned again, as a pair.
    expect(shape(out)).toEqual(['0|0', '1+2|1*', '3|2', '4|'])
    expect(out[2].score).toBe(0.5)
    expect(out[0].score).toBe(0.9)
  })

  it('restores the fallback exactly when asked to keep its one-sided links (undo)', () => {
    const before = [link([0], [0]), link([1], []), link([], [1]), link([2], [2])]
    const out = alignAround({ koTexts: texts(3), enTexts: texts(3), given: [], fallback: before, keepFallbackOneSided: true, align: inOrder })
    expect(shape(out)).toEqual(shape(before))
    // Without it, the omission and the addition are aligned again, here with each other.
    const again = alignAround({ koTexts: texts(3), enTexts: texts(3), given: [], fallback: before, align: inOrder })
    expect(shape(again)).toEqual(['0|0', '1|1', '2|2'])
  })

  it('aligns between hand-set anchors without moving them', () => {
    const given = [{ ko: [2], en: [0], hand: true }]
    const out = alignAround({ koTexts: texts(5), enTexts: texts(3), given, fallback: current, align: inOrder })
    expect(shape(out)).toEqual(['0|*'.replace('*', ''), '1|', '2|0*', '3|1', '4|2'])
  })

  it('keeps a sentence marked as having no counterpart out of its gap', () => {
    const given = [{ ko: [1], en: [], hand: true }]
    const out = alignAround({ koTexts: texts(3), enTexts: texts(2), given, fallback: null, align: inOrder })
    expect(shape(out)).toEqual(['0|0', '1|*', '2|1'])
  })

  it('refuses given links that cross', () => {
    const given = [
      { ko: [2], en: [0], hand: true },
      { ko: [1], en: [1], hand: true },
    ]
    expect(() => alignAround({ koTexts: texts(3), enTexts: texts(2), given, fallback: null, align: inOrder })).toThrow(LinkEditError)
  })
})
