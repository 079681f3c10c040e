import type { Comparison } from '../../../shared/models/comparison'
import { verdictOf, type PlacedAnnotation } from '../../../shared/models/annotation'
import type { FindingKind } from '../../../shared/models/finding'

export type FindingCounts = Readonly<Record<FindingKind, number>> & {
  /** Verdicts given so far (from the review), when there are any. */
  readonly reviewed?: ReviewedCounts
}

export interface ReviewedCounts {
  readonly confirmed: number
  readonly falseAlarms: number
}

/** Verdicts per pair (`pairKey`) among the library's annotations; an orphaned one judges nothing now. */
export function reviewedCounts(annotations: readonly PlacedAnnotation[]): Map<string, ReviewedCounts> {
  const out = new Map<string, ReviewedCounts>()
  for (const a of annotations) {
    const verdict = verdictOf(a)
    if (!verdict || a.placement.orphaned) continue
    const key = pairKey(a.ko, a.en)
    const c = out.get(key) ?? { confirmed: 0, falseAlarms: 0 }
    out.set(key, verdict === 'confirmed' ? { ...c, confirmed: c.confirmed + 1 } : { ...c, falseAlarms: c.falseAlarms + 1 })
  }
  return out
}

const none: ReviewedCounts = { confirmed: 0, falseAlarms: 0 }

/** The finding counts with each pair's verdicts added (none yet is a count too: all of it is to review). */
export function withReviewed(counts: FindingCountsByPair, reviewed: ReadonlyMap<string, ReviewedCounts>): FindingCountsByPair {
  const out = new Map<string, FindingCounts>()
  for (const [key, c] of counts) out.set(key, { ...c, reviewed: reviewed.get(key) ?? none })
  return out
}

/** Finding counts per pair (`pairKey`), for the pairs compared so far in this session. */
export type FindingCountsByPair = ReadonlyMap<string, FindingCounts>

export function pairKey(ko: string, en: string): string {
  return `${ko}\n${en}`
}

export function countFindings(comparison: Comparison): FindingCounts {
  const counts: Record<FindingKind, number> = { 'figure-mismatch': 0, omission: 0, addition: 0 }
  for (const f of comparison.findings) counts[f.kind]++
  return counts
}

export function totalFindings(counts: FindingCounts | undefined): number {
  return counts ? counts['figure-mismatch'] + counts.omission + counts.addition : 0
}
