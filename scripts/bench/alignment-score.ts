import type { AlignmentLink } from '../../shared/models/alignment'
import type { AlignmentDocument } from './alignment-documents'

export interface AlignmentScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly omissionRecall: number
  readonly documents: number
  /** Wrong links the aligner itself marked low-confidence, out of all wrong links; likewise for right ones. */
  readonly flaggedWrong: number
  readonly wrongLinks: number
  readonly flaggedRight: number
  readonly rightLinks: number
}

const key = (l: { ko: readonly number[]; en: readonly number[] }): string => `${l.ko.join(',')}|${l.en.join(',')}`

/** A link counts when both its sides match a gold link exactly. */
export function scoreAlignments(docs: readonly AlignmentDocument[], predicted: readonly AlignmentLink[][]): AlignmentScore {
  let correct = 0
  let predictedCount = 0
  let goldCount = 0
  let omissionsFound = 0
  let flaggedWrong = 0
  let flaggedRight = 0
  docs.forEach((doc, d) => {
    const gold = new Set(doc.gold.map(key))
    const links = predicted[d]
    predictedCount += links.length
    goldCount += doc.gold.length
    for (const link of links) {
      const right = gold.has(key(link))
      if (right) correct++
      if (link.lowConfidence) right ? flaggedRight++ : flaggedWrong++
    }
    if (links.some((l) => l.en.length === 0 && l.ko.length === 1 && l.ko[0] === doc.omittedKo)) omissionsFound++
  })
  const precision = predictedCount ? correct / predictedCount : 0
  const recall = goldCount ? correct / goldCount : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {
    precision,
    recall,
    f1,
    omissionRecall: docs.length ? omissionsFound / docs.length : 0,
    documents: docs.length,
    flaggedWrong,
    wrongLinks: predictedCount - correct,
    flaggedRight,
    rightLinks: correct,
  }
}
