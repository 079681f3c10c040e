import type { BreakContext } from './break-context'

/** Titles before a name: a full stop after them never ends a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'rev', 'hon', 'pres', 'adm', 'maj', 'cmdr', 'mt', 'ft', 'messrs',
])
/** Abbreviations that do not end sentences in news text. */
const NEVER_FINAL = new Set(['e.g', 'i.e', 'vs', 'cf', 'approx', 'est', 'dept', 'fig'])
/** Abbreviations that end a sentence only when no number follows. */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'vol', 'pp', 'p', 'art', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec',
])
/**
 * Abbreviations that may end a sentence ("tariffs on the U.S. The move…") as well as sit inside one
 * ("the U.S. Navy"). They are taken as inside one unless the next word usually opens a sentence.
 */
const AMBIGUOUS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'plc', 'llc', 'etc', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u
const INITIAL = /^\p{Lu}\.$/u

/** Words that usually begin a sentence, which break the tie after an ambiguous abbreviation. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'there', 'here', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet',
  'however', 'meanwhile', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'therefore', 'thus',
  'also', 'still', 'according', 'as', 'for', 'if', 'when', 'while', 'after', 'before', 'since', 'although',
  'though', 'despite', 'even', 'some', 'many', 'most', 'other', 'others', 'such', 'what', 'why', 'how',
  'who', 'which', 'where', 'one', 'last', 'next', 'earlier', 'later', 'now', 'until', 'with', 'under',
  'by', 'from', 'during', 'instead', 'indeed', 'in', 'unlike', 'like', 'both', 'each', 'all', 'no', 'not',
  'then', 'because', 'to', 'only', 'once', 'about', 'experts', 'analysts', 'officials',
])

const LAST_TOKEN = /(\S+)$/u
const NEXT_WORD = /^["'“‘(\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u

function nextWord(context: BreakContext): string {
  return NEXT_WORD.exec(context.after)?.[1] ?? ''
}

/** The word before the break's full stop, without the stop and without opening punctuation. */
function abbreviationBefore(context: BreakContext): string | null {
  const token = LAST_TOKEN.exec(context.before)?.[1]
  if (token === undefined || !token.endsWith('.') || token.endsWith('..')) return null
  return token.replace(/^["'“‘(\[]+/u, '')
}

/**
 * True when a break follows an abbreviation or an initial rather than a sentence's end. Korean text
 * needs it too: `조지 W. 부시 미국 대통령`.
 */
export function followsAbbreviation(context: BreakContext): boolean {
  if (context.hard) return false
  const token = abbreviationBefore(context)
  if (token === null) return false
  const word = token.slice(0, -1)
  const key = word.toLowerCase()
  const next = nextWord(context)
  // "IT media outlet" is not "It": a starter is written with one capital.
  const startsSentence = SENTENCE_STARTERS.has(next.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(next)
  if (TITLES.has(key) && /^\p{Lu}/u.test(word)) return true
  if (NEVER_FINAL.has(key)) return true
  if (BEFORE_NUMBER.has(key) && /^\p{N}/u.test(next)) return true
  if (AMBIGUOUS.has(key) || DOTTED_ACRONYM.test(token) || INITIAL.test(token)) return !startsSentence
  return false
}
