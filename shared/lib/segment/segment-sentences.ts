import type { Language } from '../../models/language'
import type { Sentence } from '../../models/sentence'
import { followsAbbreviation } from './abbreviations'
import { breakContext } from './break-context'
import { findEnclosures, innermostEnclosure, insideEnclosure } from './enclosures'
import { breaksInsideQuotation, continuesAfterQuestion, englishExtraBreaks } from './english-rules'
import { icuBreaks } from './icu-breaks'
import { continuesKoreanSentence, koreanExtraBreaks } from './korean-rules'
import { sentencesBetween } from './sentences-between'

/**
 * Splits text into sentences: Intl.Segmenter's breaks, plus the breaks it misses after Korean endings,
 * minus those inside brackets and (in Korean, or after a one-word start in English) quotations, after abbreviations and initials, and before a
 * Korean quotative ending. Offsets point into `text`; whitespace between sentences belongs to none.
 */
export function segmentSentences(text: string, lang: Language): Sentence[] {
  const candidates = new Set(icuBreaks(text, lang))
  const extra = lang === 'ko' ? koreanExtraBreaks(text) : lang === 'en' ? englishExtraBreaks(text) : []
  for (const offset of extra) candidates.add(offset)

  const enclosures = findEnclosures(text)
  const inside = insideEnclosure(text, enclosures)
  // English translations end sentences inside a quotation ("We sent an ambulance. The patient was taken to
  // hospital," the service said.) where Korean runs one through "…"고 말했다.
  const innermost = lang === 'en' ? innermostEnclosure(text, enclosures) : null
  const kept: number[] = []
  for (const offset of [...candidates].sort((a, b) => a - b)) {
    const context = breakContext(text, offset)
    if (context.hard) {
      kept.push(offset)
      continue
    }
    if (inside(offset) && !(innermost !== null && breaksInsideQuotation(context, innermost(offset)))) continue
    if (followsAbbreviation(context)) continue
    if (lang === 'ko' && continuesKoreanSentence(context)) continue
    if (lang === 'en' && continuesAfterQuestion(context)) continue
    kept.push(offset)
  }
  return sentencesBetween(text, withoutEnumerators(text, withoutBarePunctuation(text, kept)))
}

/** A list item's number or letter ("3. 아르기닌", "b) the second") opens its item rather than ending a sentence. */
const ENUMERATOR = /^(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]$/u

function withoutEnumerators(text: string, breaks: readonly number[]): number[] {
  const result: number[] = []
  let from = 0
  for (const at of breaks) {
    if (!ENUMERATOR.test(text.slice(from, at).trim()) || breakContext(text, at).hard) result.push(at)
    from = at
  }
  return result
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
