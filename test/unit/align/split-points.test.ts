import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../../shared/lib/align/align-sentences'
import { splitPoints } from '../../../shared/lib/align/split-points'

describe('splitPoints', () => {
  it('counts the Korean clause joints a translation cuts at, not the same syllables inside words', () => {
    expect(splitPoints('그는 세 차례 우승했지만 올해는 고전하고 있다.', 'ko')).toBe(1)
    expect(splitPoints('그는 “늦었다”며 “다시 하겠다”고 말했고, 회의는 끝났는데 아무도 떠나지 않았다.', 'ko')).toBe(2)
    expect(splitPoints('며칠 뒤 만지만두를 먹었다.', 'ko')).toBe(0)
  })

  it('counts English joints: a semicolon, ", saying", ", while", ", but"', () => {
    expect(splitPoints('Tokuda looks well, saying he is healthier than in years.', 'en')).toBe(1)
    expect(splitPoints('Prices rose; sales fell, while costs held.', 'en')).toBe(2)
    expect(splitPoints('Saying goodbye, he left.', 'en')).toBe(0)
  })
})

describe('alignSentences with a sentence the English cut in two', () => {
  it('keeps both English halves on the Korean …지만 sentence and leaves the dropped Korean sentence unlinked', () => {
    const ko = [
      '김 감독은 지난 시즌까지 팀을 세 차례 우승으로 이끌었지만 올해는 부상 선수가 많아 고전하고 있다.',
      '구단은 다음 달 새 훈련장을 열 계획이다.',
      '선수들은 주말 경기를 앞두고 마지막 훈련을 마쳤다.',
    ]
    const en = [
      'Coach Kim led the team to three titles up to last season.',
      'But this year he has struggled with many injured players.',
      'The players finished their last practice ahead of the weekend game.',
    ]
    expect(alignSentences(ko, en).map((l) => [l.ko, l.en])).toEqual([
      [[0], [0, 1]],
      [[1], []],
      [[2], [2]],
    ])
  })
})
