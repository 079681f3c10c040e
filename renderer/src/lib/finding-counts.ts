import type { Comparison } from '../../../shared/models/comparison'
import type { FindingKind } from '../../../shared/models/finding'

export type FindingCounts = Readonly<Record<FindingKind, number>>

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
