import { compareSentences } from '../../shared/lib/compare/compare-sentences'
import { presegmentedSentences } from '../../shared/lib/compare/segment-paragraphs'
import type { Finding } from '../../shared/models/finding'
import type { ChangedDocument } from './figure-documents'

export interface FigureScore {
  readonly changes: number
  readonly detected: number
  readonly createdFindings: number
  readonly correctFindings: number
  readonly recall: number
  readonly precision: number
  /** Figure findings the unchanged documents raise (real slips and false alarms). */
  readonly baselineFindings: number
  /** Those of them above confidence 0.5, which a UI threshold of 0.5 shows. */
  readonly baselineAboveHalf: number
  readonly baselineSample: ReadonlyArray<{ ko: string; en: string; message: string }>
}

const findingKey = (f: Finding): string => `${f.kind}|${f.ko.join(',')}|${f.en.join(',')}|${f.koValue ?? ''}|${f.enValue ?? ''}`

function check(ko: readonly string[], en: readonly string[]): Finding[] {
  const toSentences = (lines: readonly string[]) => presegmentedSentences(lines.join('\n'))
  return compareSentences(toSentences(ko), toSentences(en)).findings.filter((f) => f.kind === 'figure-mismatch')
}

/**
 * Runs the check on each changed document and on its original; only findings the change created count.
 * A created finding is correct when it points at a changed English sentence (or, for a figure the change
 * made go missing, at the Korean sentence linked to it, which the finding names through its en index).
 */
export function scoreFigureChanges(docs: readonly ChangedDocument[]): FigureScore {
  let changes = 0
  let detected = 0
  let created = 0
  let correct = 0
  let baseline = 0
  let aboveHalf = 0
  const sample: { ko: string; en: string; message: string }[] = []
  for (const doc of docs) {
    const before = check(doc.original.ko, doc.original.en)
    baseline += before.length
    aboveHalf += before.filter((f) => f.confidence > 0.5).length
    for (const f of before) {
      if (sample.length < 12 && f.ko.length && f.en.length) {
        sample.push({ ko: doc.original.ko[f.ko[0]], en: doc.original.en[f.en[0]], message: f.message })
      }
    }
    const after = check(doc.original.ko, doc.en)
    const seen = new Set(before.map(findingKey))
    const fresh = after.filter((f) => !seen.has(findingKey(f)))
    const changedEn = new Set(doc.changes.map((c) => c.en))
    created += fresh.length
    const hits = fresh.filter((f) => f.en.some((j) => changedEn.has(j)))
    correct += hits.length
    changes += doc.changes.length
    for (const c of doc.changes) if (hits.some((f) => f.en.includes(c.en))) detected++
  }
  return {
    changes,
    detected,
    createdFindings: created,
    correctFindings: correct,
    recall: changes ? detected / changes : 0,
    precision: created ? correct / created : 1,
    baselineFindings: baseline,
    baselineAboveHalf: aboveHalf,
    baselineSample: sample,
  }
}
