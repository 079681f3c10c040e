import { contentLength, LENGTH_MODEL, lengthDeviation } from '../align/length-model'
import { matchNames } from '../names/name-similarity'
import { findEnclosures } from '../segment/enclosures'
import { allMatches } from '../text/all-matches'
import { LATIN_TOKEN } from '../text/latin-token'

/** A clause-level gap inside a linked pair of sentences: the English renders the Korean only in part. */
export interface ClauseGap {
  readonly message: string
  readonly confidence: number
  /** Offsets in the Korean text of what is missing, when it can be pointed at. */
  readonly koSpan?: { start: number; end: number }
  readonly koValue?: string
}

/** A quotation needs this many characters between its marks to be worth reporting. */
const MIN_QUOTED = 8
const DOUBLE_QUOTES = new Set(['"', '“'])
const EN_QUOTE = /["“”]/
/** A quotation below opens with one of DOUBLE_QUOTES: without one, findEnclosures need not scan the Korean. */
const KO_DOUBLE_QUOTE = /["“]/
/**
 * Words by which an English sentence refers back to something named before ("딥시크 R1은 …" → "called it …"):
 * a Latin name the English leaves out while using one is likely rendered by it, so the gap is only a note.
 */
const REFERS_BACK =
  /\b(?:it|its|they|them|their|this|these|those|he|she|him|his|her|the (?:model|company|firm|app|application|startup|start-up|service|platform|chatbot|group|agency|software|program|system|technology|product|device|chip|organization|organisation|team|network|site|brand|tool|rival|report|law|bill|deal|plan))\b/i
/** The confidence of a Latin name left out while the English refers back to something: below any alarm. */
const REFERRED_CONFIDENCE = 0.2
/** The confidence of a Latin name the English neither names nor refers back to. */
const MISSING_NAME_CONFIDENCE = 0.6
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
  // Lower-cased only for a Korean Latin token to look for (most sentences have none).
  let enLower: string | undefined
  const seen = new Set<string>()
  for (const m of allMatches(ko, LATIN_TOKEN)) {
    const token = m[0]
    const key = token.toLowerCase()
    if (token.length < 2 || seen.has(key)) continue
    seen.add(key)
    const start = m.index ?? 0
    // 마이크로소프트(MS): the acronym glosses a transliterated name, which the English may spell out instead.
    const glossed = GLOSSED_WORD.exec(ko.slice(Math.max(0, start - 24), start))
    if (glossed && ko[start + token.length] === ')' && matchNames(glossed[1], en) > 0) continue
    if (!(enLower ??= en.toLowerCase()).includes(key)) {
      const referred = REFERS_BACK.exec(en)
      gaps.push(
        referred
          ? {
              message: `${token} is not named in the English (perhaps referred to as “${referred[0]}”)`,
              confidence: REFERRED_CONFIDENCE,
              koSpan: { start, end: start + token.length },
              koValue: token,
            }
          : { message: `${token} not in the English`, confidence: MISSING_NAME_CONFIDENCE, koSpan: { start, end: start + token.length }, koValue: token },
      )
    }
  }
  if (!EN_QUOTE.test(en) && KO_DOUBLE_QUOTE.test(ko)) {
    // Marks paired as one quotation (findEnclosures), never the text between two quoted names.
    for (const { open, close } of findEnclosures(ko)) {
      if (!DOUBLE_QUOTES.has(ko[open]) || close - open - 1 < MIN_QUOTED) continue
      const inner = ko.slice(open + 1, close)
      const quoted = inner.length > 24 ? inner.slice(0, 23) + '…' : inner
      gaps.push({ message: `The quotation “${quoted}” is not quoted in the English`, confidence: 0.4, koSpan: { start: open, end: close + 1 } })
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
