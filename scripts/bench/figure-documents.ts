import { readFigures } from '../../shared/lib/figures/read-figures'
import type { AlignmentDocument } from './alignment-documents'
import { seededRandom } from './seeded-random'

/** An English sentence whose figure was changed on purpose. */
export interface FigureChange {
  readonly en: number
  readonly before: string
  readonly after: string
  /** Offsets of the changed figure in the changed sentence. */
  readonly start: number
  readonly end: number
}

export interface ChangedDocument {
  readonly original: AlignmentDocument
  readonly en: string[]
  readonly changes: FigureChange[]
}

/** Share of the English sentences with a written number that get one of their numbers changed. */
export const CHANGE_RATE = 0.5
export const FIGURE_SEED = 7

/**
 * Changes a number in some English sentences that translate a Korean one: one digit replaced, or the value multiplied by ten. Only
 * figures written with digits are changed (six → seven would test the reader's vocabulary, not the check).
 */
export function changeFigures(docs: readonly AlignmentDocument[], seed = FIGURE_SEED): ChangedDocument[] {
  const random = seededRandom(seed)
  return docs.map((doc) => {
    const en = [...doc.en]
    const changes: FigureChange[] = []
    // An English sentence with no Korean source (the benchmark's dropped Korean) has nothing to compare against.
    const unsourced = new Set(doc.gold.filter((g) => g.ko.length === 0).flatMap((g) => g.en))
    en.forEach((sentence, j) => {
      if (unsourced.has(j)) return
      const candidates = readFigures(sentence, 'en').filter((f) => /\d/.test(f.text))
      if (candidates.length === 0 || random() >= CHANGE_RATE) return
      const figure = candidates[Math.floor(random() * candidates.length)]
      const digits = [...figure.text.matchAll(/\d/g)].map((m) => figure.span.start + (m.index ?? 0))
      let changed: string
      const start = figure.span.start
      let end = figure.span.end
      if (random() < 0.5) {
        const at = digits[Math.floor(random() * digits.length)]
        const old = Number(sentence[at])
        const next = (old + 1 + Math.floor(random() * 9)) % 10
        changed = sentence.slice(0, at) + String(next) + sentence.slice(at + 1)
      } else {
        // ×10: one more digit before the decimal point (or at the end of the run of digits).
        const run = /\d[\d,]*/.exec(sentence.slice(figure.span.start, figure.span.end))!
        const insertAt = figure.span.start + (run.index ?? 0) + run[0].length
        changed = sentence.slice(0, insertAt) + '0' + sentence.slice(insertAt)
        end += 1
      }
      en[j] = changed
      changes.push({ en: j, before: sentence.slice(start, figure.span.end), after: changed.slice(start, end), start, end })
    })
    return { original: doc, en, changes }
  })
}
