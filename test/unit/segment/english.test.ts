import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../../../shared/lib/segment/segment-sentences'
import { devLine, excerpt, hasDevSet, seedBody, seedLine } from './seed-text'

const texts = (text: string): string[] => segmentSentences(text, 'en').map((s) => s.text)

const deepSeek = seedBody('000', 'The shockwaves caused by the Chinese AI startup')
const openAi = seedBody('001', 'OpenAI has officially suggested')
const tariffs = seedBody('000', 'U.S. President Donald Trump went ahead')

describe('segmentSentences, English', () => {
  it('does not end a sentence at U.S. before a name', () => {
    const sentence = excerpt(tariffs, 'According to foreign reports, including the AP, U.S. President', 'on the 1st, imposing')
    const found = texts(tariffs).find((s) => s.startsWith('According to foreign reports, including the AP'))
    expect(found?.startsWith(sentence)).toBe(true)
  })

  it('does not end a sentence at U.S. before "Navy" or "Congress"', () => {
    const sentences = texts(deepSeek)
    expect(sentences).toContain('The U.S. Navy and Department of Defense have also blocked employee access to DeepSeek.')
    expect(sentences.some((s) => s.startsWith('The U.S. Congress has restricted the use of DeepSeek'))).toBe(true)
  })

  it('does not end a sentence at U.S. before an all-capital word ("U.S. IT media outlet")', () => {
    expect(texts(openAi).some((s) => s.startsWith('U.S. IT media outlet TechCrunch analyzed'))).toBe(true)
  })

  it('ends a sentence at an abbreviation when the next word opens a sentence', () => {
    const text = 'The tariffs hit goods shipped to the U.S. The move is expected to hurt exporters.'
    expect(texts(text)).toEqual([
      'The tariffs hit goods shipped to the U.S.',
      'The move is expected to hurt exporters.',
    ])
  })

  it('keeps decimals and amounts whole ($55.69 billion, 30.1 trillion, $0.55)', () => {
    expect(texts(tariffs)).toContain(
      "Last year, South Korea's annual trade surplus with the U.S. reached a record high of $55.69 billion.",
    )
    const chips = seedLine('000', 'Global semiconductor giant Samsung Electronics lost its throne')
    expect(texts(chips).some((s) => s.includes('was 30.1 trillion won in the fourth quarter, with memory sales'))).toBe(true)
    expect(texts(openAi).some((s) => s.startsWith('According to OpenAI, despite its low costs—$0.55 per million input tokens and $4.40'))).toBe(true)
  })

  it('keeps a closing quote with the sentence it ends', () => {
    const sentences = texts(openAi)
    const i = sentences.findIndex((s) => s.startsWith("The 'o3 Mini' offers excellent performance"))
    expect(sentences[i].endsWith("than its predecessor, the 'o1.'")).toBe(true)
    expect(sentences[i + 1].startsWith('According to OpenAI')).toBe(true)
    expect(texts(deepSeek)).toContain(
      'The Congress has warned that "threat actors are already exploiting DeepSeek as a means to distribute malicious software and infect devices."',
    )
  })

  it('breaks after an ellipsis followed by a capital, as in the seed headlines', () => {
    expect(texts('"OpenAI also shaken"... Is the AI industry shifting to \'open-source\'?')).toEqual([
      '"OpenAI also shaken"...',
      "Is the AI industry shifting to 'open-source'?",
    ])
    expect(texts("DeepSeek's personal data leakage controversy emerges as a new issue… U.S. and Europe 'block' vs. India 'welcomes'.")).toEqual([
      "DeepSeek's personal data leakage controversy emerges as a new issue…",
      "U.S. and Europe 'block' vs. India 'welcomes'.",
    ])
  })

  it('does not break after an ellipsis followed by a lowercase word', () => {
    expect(texts('He was blindfolded ... he was kept in some room.')).toHaveLength(1)
  })

  it('keeps a quoted question with the words that report it', () => {
    expect(texts('"Is the AI industry shifting?" the expert asked. Nobody answered.')).toEqual([
      '"Is the AI industry shifting?" the expert asked.',
      'Nobody answered.',
    ])
  })

  it('never splits inside parentheses', () => {
    expect(texts('DeepSeek R1 is a large-scale language model (LLM, trained on 671 billion parameters. See above) that caused a stir.')).toHaveLength(1)
  })
})

describe.skipIf(!hasDevSet)('segmentSentences, English sentences of the kpc-dev set', () => {
  it('does not end a sentence at a title (Dr.)', () => {
    expect(texts(devLine('en', 240))).toHaveLength(1)
    expect(texts(devLine('en', 240))[0]).toContain('said Dr. David Acheson')
  })

  it('does not end a sentence at a middle initial ("Andrew H. Bass", "George W. Bush")', () => {
    expect(texts(devLine('en', 511))).toHaveLength(1)
    expect(devLine('en', 511)).toContain('Andrew H. Bass')
    expect(texts(devLine('en', 984))).toHaveLength(1)
  })

  it('does not end a sentence at "No." before a number', () => {
    expect(devLine('en', 630)).toContain('No. 13 city bus')
    expect(texts(devLine('en', 630))).toHaveLength(1)
  })
})
