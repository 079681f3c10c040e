import { contentLength, LENGTH_MODEL, lengthDeviation } from '../align/length-model'
import { matchNames } from '../names/name-similarity'
import { LATIN_TOKEN } from '../text/latin-token'

/** A clause-level gap inside a linked pair of sentences: the English renders the Korean only in part. */
export interface ClauseGap {
  readonly message: string
  readonly confidence: number
  /** Offsets in the Korean text of what is missing, when it can be pointed at. */
  readonly koSpan?: { start: number; end: number }
  readonly koValue?: string
}

const KO_QUOTE = /[“"]([^”"]{8,})[”"]/g
const EN_QUOTE = /["“”]/
const GLOSSED_WORD = /(\p{Script=Hangul}+)\($/u
/** The English must be at least this many sigmas shorter than expected before we call it a gap. */
const SHORT_SIGMAS = 2.5
const MIN_KO_LENGTH = 20

/**
 * What a linked English sentence leaves out of its Korean: Latin names and acronyms (CNIL, GPT-4) that
 * the English never mentions, a direct quotation rendered with no quotation at all, or an English far
 * shorter than a translation of the Korean should be.
 */
export function clauseGaps(ko: string, en: string): ClauseGap[] {
  const gaps: ClauseGap[] = []
  const enLower = en.toLowerCase()
  const seen = new Set<string>()
  for (const m of ko.matchAll(LATIN_TOKEN)) {
    const token = m[0]
    const key = token.toLowerCase()
    if (token.length < 2 || seen.has(key)) continue
    seen.add(key)
    const start = m.index ?? 0
    // 마이크로소프트(MS): the acronym glosses a transliterated name, which the English may spell out instead.
    const glossed = GLOSSED_WORD.exec(ko.slice(Math.max(0, start - 24), start))
    if (glossed && ko[start + token.length] === ')' && matchNames(glossed[1], en) > 0) continue
    if (!enLower.includes(key)) {
      gaps.push({ message: `${token} not in the English`, confidence: 0.6, koSpan: { start, end: start + token.length }, koValue: token })
    }
  }
  if (!EN_QUOTE.test(en)) {
    for (const m of ko.matchAll(KO_QUOTE)) {
      const start = m.index ?? 0
      const quoted = m[1].length > 24 ? m[1].slice(0, 23) + '…' : m[1]
      gaps.push({ message: `The quotation “${quoted}” is not quoted in the English`, confidence: 0.4, koSpan: { start, end: start + m[0].length } })
      break
    }
  }
  const koLength = contentLength(ko)
  if (koLength >= MIN_KO_LENGTH) {
    const d = lengthDeviation(koLength, contentLength(en))
    if (d < -SHORT_SIGMAS) {
      const share = Math.round((100 * contentLength(en)) / (LENGTH_MODEL.enCharsPerKoChar * koLength))
      gaps.push({
        message: `The English is ${share}% as long as a translation of this Korean usually is: a clause may be missing`,
        confidence: Math.min(0.9, 0.35 + 0.15 * (-d - SHORT_SIGMAS)),
      })
    }
  }
  return gaps
}
