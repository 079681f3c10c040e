import { describe, expect, it } from 'vitest'
import { makeTextAnchor, placeTextAnchor } from '../../../shared/lib/review/text-anchor'

const body = [
  '딥시크가 공개한 R1 모델은 오픈AI의 o1과 비슷한 성능을 보였다.',
  '업계는 2일 이 모델의 학습 비용이 600만 달러에 불과하다고 밝혔다. 업계는 2일 추가 발표를 예고했다.',
]

describe('text anchors', () => {
  const anchor = makeTextAnchor(body, 'ko', 1, 4, 6) // the first "2일"

  it('keeps the quote and its context', () => {
    expect(anchor.quote).toBe('2일')
    expect(anchor.prefix).toBe('업계는 ')
    expect(anchor.suffix.startsWith(' 이 모델의')).toBe(true)
  })

  it('stays on the same words when a sentence is inserted before them and a word changes elsewhere', () => {
    const edited = [
      '딥시크가 공개한 R1 모델은 오픈AI의 o1과 비슷한 성능을 보였다.',
      '새로 들어간 문장이다. 업계는 2일 이 모델의 학습 비용이 600만 달러에 불과하다고 밝혔다. 업계는 2일 추가 발표를 예고했다.',
    ]
    edited[0] = edited[0].replace('비슷한', '거의 같은')
    const placed = placeTextAnchor(anchor, edited)
    expect(placed).not.toBeNull()
    expect(placed?.paragraph).toBe(1)
    expect(edited[1].slice(placed!.start, placed!.end)).toBe('2일')
    // The first "2일", not the second: its context says so.
    expect(edited[1].slice(placed!.end, placed!.end + 5)).toBe(' 이 모델')
  })

  it('follows its words into another paragraph', () => {
    const moved = [body[1], body[0]]
    expect(placeTextAnchor(anchor, moved)?.paragraph).toBe(0)
  })

  it('is orphaned when its words are gone', () => {
    const deleted = [body[0], '업계는 추가 발표를 예고했다.']
    expect(placeTextAnchor(anchor, deleted)).toBeNull()
  })
})
