import type { Language } from '../../models/language'
import type { Sentence } from '../../models/sentence'
import { followsAbbreviation } from './abbreviations'
import { breakContext } from './break-context'
import { findEnclosures, insideEnclosure } from './enclosures'
import { continuesAfterQuestion, englishExtraBreaks } from './english-rules'
import { icuBreaks } from './icu-breaks'
import { continuesKoreanSentence, koreanExtraBreaks } from './korean-rules'
import { sentencesBetween } from './sentences-between'

/**
 * Splits text into sentences: Intl.Segmenter's breaks, plus the breaks it misses after Korean endings,
 * minus those inside quotations and brackets, after abbreviations and initials, and before a
 * Korean quotative ending. Offsets point into `text`; whitespace between sentences belongs to none.
 */
export function segmentSentences(text: string, lang: Language): Sentence[] {
  const candidates = new Set(icuBreaks(text, lang))
  const extra = lang === 'ko' ? koreanExtraBreaks(text) : lang === 'en' ? englishExtraBreaks(text) : []
  for (const offset of extra) candidates.add(offset)

  const inside = insideEnclosure(text, findEnclosures(text))
  const kept: number[] = []
  for (const offset of [...candidates].sort((a, b) => a - b)) {
    const context = breakContext(text, offset)
    if (context.hard) {
      kept.push(offset)
      continue
    }
    if (inside(offset) || followsAbbreviation(context)) continue
    if (lang === 'ko' && continuesKoreanSentence(context)) continue
    if (lang === 'en' && continuesAfterQuestion(context)) continue
    kept.push(offset)
  }
  return sentencesBetween(text, withoutBarePunctuation(text, kept))
}

const HAS_WORD = /[\p{L}\p{N}]/u

/** A stray `.` or `˝` after a sentence belongs to it rather than standing alone. */
function withoutBarePunctuation(text: string, breaks: readonly number[]): number[] {
  const result: number[] = []
  for (let i = 0; i < breaks.length; i++) {
    const end = i + 1 < breaks.length ? breaks[i + 1] : text.length
    if (!HAS_WORD.test(text.slice(breaks[i], end)) && !breakContext(text, breaks[i]).hard) continue
    result.push(breaks[i])
  }
  return result
}
