import { contentLength, LENGTH_MODEL, lengthDeviation } from '../align/length-model'
import { matchNames } from '../names/name-similarity'
import { findEnclosures } from '../segment/enclosures'
import { allMatches } from '../text/all-matches'
import { LATIN_TOKEN } from '../text/latin-token'
import { typeConfidence, type ClauseFindingType } from './finding-confidence'
import { DOUBLE_QUOTE_MARK } from '../text/quote-marks'

/** A clause-level gap inside a linked pair of sentences: the English renders the Korean only in part. */
export interface ClauseGap {
  readonly message: string
  /** Which calibrated kind of finding it is (finding-confidence.ts). */
  readonly type: ClauseFindingType
  /** In [0, 1]: the share of labelled findings of its type that were real gaps (typeConfidence). */
  readonly confidence: number
  /** Offsets in the Korean text of what is missing, when it can be pointed at. */
  readonly koSpan?: { start: number; end: number }
  readonly koValue?: string
}

/** A quotation needs this many characters between its marks to be worth reporting. */
const MIN_QUOTED = 8
const DOUBLE_QUOTES = new Set(['"', '“'])
/** A quotation below opens with one of DOUBLE_QUOTES: without one, findEnclosures need not scan the Korean. */
const KO_DOUBLE_QUOTE = /["“]/
/**
 * Words by which an English sentence refers back to something named before ("딥시크 R1은 …" → "called it …"):
 * a Latin name the English leaves out while using one is likely rendered by it, so the gap is only a note.
 */
const REFERS_BACK =
  /\b(?:it|its|they|them|their|this|these|those|he|she|him|his|her|the (?:model|company|firm|app|application|startup|start-up|service|platform|chatbot|group|agency|software|program|system|technology|product|device|chip|organization|organisation|team|network|site|brand|tool|rival|report|law|bill|deal|plan))\b/i
const GLOSSED_WORD = /(\p{Script=Hangul}+)\($/u
/**
 * A unit written after a number (3500만 kw, 289km, 975 m²) is the figure check's to compare, converted or not
 * (289km = "180 miles"): in the tuning half of kpc-dev none of the 4 such "names" reported was a slip.
 */
const UNIT_TOKEN = /^(?:k[mgw]|kwh|[mgk]?wh?|mw|gw|cm|mm|mg|ml|mph|kph|ha|gb|tb|mb)$/iu
const AFTER_NUMBER = /\d[\d,.]*\s?[십백천만억조]?\s?$/u
/** Small words an expansion may skip ("Food and Drug Administration" = FDA). */
const MINOR_WORD = /^(?:of|and|for|the|a|an|on|de|du|des|la|le|in|to|&)$/iu
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
    if (UNIT_TOKEN.test(token) && AFTER_NUMBER.test(ko.slice(Math.max(0, start - 16), start))) continue
    // JTWC = "the Joint Typhoon Warning Center", U.N. = UN: the English names it, spelled out.
    if (spelledOut(token, en)) continue
    // 마이크로소프트(MS): the acronym glosses a transliterated name, which the English may spell out instead.
    const glossed = GLOSSED_WORD.exec(ko.slice(Math.max(0, start - 24), start))
    if (glossed && ko[start + token.length] === ')' && matchNames(glossed[1], en) > 0) continue
    if (!(enLower ??= en.toLowerCase()).includes(key)) {
      const referred = REFERS_BACK.exec(en)
      const type = referred ? 'latin-name-referred' : 'latin-name'
      gaps.push({
        message: referred ? `${token} is not named in the English (perhaps referred to as “${referred[0]}”)` : `${token} not in the English`,
        type,
        confidence: typeConfidence(type),
        koSpan: { start, end: start + token.length },
        koValue: token,
      })
    }
  }
  if (!DOUBLE_QUOTE_MARK.test(en) && KO_DOUBLE_QUOTE.test(ko)) {
    // Marks paired as one quotation (findEnclosures), never the text between two quoted names.
    for (const { open, close } of findEnclosures(ko)) {
      if (!DOUBLE_QUOTES.has(ko[open]) || close - open - 1 < MIN_QUOTED) continue
      const inner = ko.slice(open + 1, close)
      const quoted = inner.length > 24 ? inner.slice(0, 23) + '…' : inner
      gaps.push({
        message: `The quotation “${quoted}” is not quoted in the English`,
        type: 'quotation',
        confidence: typeConfidence('quotation'),
        koSpan: { start: open, end: close + 1 },
      })
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
        type: 'short-english',
        confidence: typeConfidence('short-english'),
      })
    }
  }
  return gaps
}

/**
 * Whether the English spells out an acronym (WTO = "World Trade Organization", CEO = "chief executive officer",
 * CSA = "Civil Aviation Safety Authority") or writes it with dots (U.N.). The initials of a run of words must give
 * its letters (lower-case words only for three letters or more); in a run of capitalised words they may skip some
 * (CASA's A), keeping the first and the last. In the tuning half of kpc-dev 13 of the 33 Latin names reported
 * were spelled out so.
 */
export function spelledOut(token: string, en: string): boolean {
  if (!/^[A-Z]{2,6}$/u.test(token)) return false
  if (new RegExp(`(?<![A-Za-z])${[...token].join('\\.')}\\.?(?![A-Za-z])`, 'u').test(en)) return true
  const words = en.match(/[A-Za-z][A-Za-z'.-]*|&/gu) ?? []
  for (let i = 0; i < words.length; i++) {
    if (MINOR_WORD.test(words[i]) || words[i][0].toUpperCase() !== token[0]) continue
    let initials = ''
    let capitalised = true
    for (let j = i; j < words.length && j < i + 2 * token.length + 2; j++) {
      const w = words[j]
      if (MINOR_WORD.test(w)) continue
      initials += w[0].toUpperCase()
      capitalised &&= /^[A-Z]/u.test(w)
      // Lower-case words spell out only three letters or more: "under normal" is no UN.
      if (initials === token && (capitalised || token.length >= 3)) return true
      if (capitalised && initials.length > token.length - 1 && initials.endsWith(token[token.length - 1]) && isSubsequence(token, initials)) return true
      if (initials.length >= token.length + 2) break
    }
  }
  return false
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0
  for (const c of long) if (c === short[k]) k++
  return k === short.length
}
