import type { AlignmentDocument } from './alignment-documents'

/** Gold links per paragraph: a news paragraph holds three to five sentences; four is kpc-dev's mean article's. */
export const LINKS_PER_PARAGRAPH = 4

/** Where one gold unit (an entry of the document's ko or en list) sits in the paragraphs. */
export interface UnitPlace {
  readonly paragraph: number
  readonly start: number
  readonly end: number
}

/** One side of a benchmark document written as an article: paragraphs, and where each gold unit lies in them. */
export interface ParagraphSide {
  readonly paragraphs: string[]
  /** By unit index (the index gold links use). */
  readonly places: UnitPlace[]
}

export interface ParagraphDocument {
  readonly ko: ParagraphSide
  readonly en: ParagraphSide
}

const ENDS_SENTENCE = /[.?!…。]["'”’)\]」』]*$/u

/**
 * A corpus line as an article would print it: the corpus cuts some lines mid-sentence, which an article
 * never does, so a line that does not end a sentence gets a full stop and an English line that starts in
 * lower case gets a capital.
 */
export function asArticleSentence(line: string, lang: 'ko' | 'en'): string {
  let text = line.trim()
  if (text === '') return text
  if (lang === 'en') text = text.replace(/^(["'“‘(]*)(\p{Ll})/u, (_, open: string, first: string) => open + first.toUpperCase())
  if (!ENDS_SENTENCE.test(text)) text += '.'
  return text
}

/**
 * Writes each side of a benchmark document as paragraphs of LINKS_PER_PARAGRAPH gold links (the same drops
 * and joins as the presegmented document), remembering the offsets of every unit so that sentences the
 * project cuts can be mapped back to the gold units they came from.
 */
export function buildParagraphDocument(doc: AlignmentDocument): ParagraphDocument {
  const ko: ParagraphSide = { paragraphs: [], places: [] }
  const en: ParagraphSide = { paragraphs: [], places: [] }
  for (let from = 0; from < doc.gold.length; from += LINKS_PER_PARAGRAPH) {
    const links = doc.gold.slice(from, from + LINKS_PER_PARAGRAPH)
    write(ko, links.flatMap((l) => l.ko.map((i) => ({ unit: i, parts: [doc.ko[i]] }))), 'ko')
    write(en, links.flatMap((l) => l.en.map((j) => ({ unit: j, parts: doc.enParts[j] }))), 'en')
  }
  return { ko, en }
}

function write(side: ParagraphSide, units: ReadonlyArray<{ unit: number; parts: readonly string[] }>, lang: 'ko' | 'en'): void {
  if (units.length === 0) return
  const paragraph = side.paragraphs.length
  let text = ''
  for (const { unit, parts } of units) {
    if (text) text += ' '
    const start = text.length
    text += parts.map((p) => asArticleSentence(p, lang)).join(' ')
    side.places[unit] = { paragraph, start, end: text.length }
  }
  side.paragraphs.push(text)
}

/** The gold units a sentence (paragraph and offsets) overlaps. */
export function unitsOf(side: ParagraphSide, sentence: { paragraph: number; start: number; end: number }): number[] {
  const out: number[] = []
  side.places.forEach((p, unit) => {
    if (p.paragraph === sentence.paragraph && p.start < sentence.end && sentence.start < p.end) out.push(unit)
  })
  return out
}
