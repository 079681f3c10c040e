import type { Finding, FindingKind } from '../../../shared/models/finding'

/** Which findings the panel lists and F8 / j / k step through. */
export interface FindingFilter {
  /** Kinds hidden by the user (all shown when empty). */
  readonly hiddenKinds: readonly FindingKind[]
  /** Findings below this confidence (in [0, 1]) are hidden. */
  readonly minConfidence: number
}

export const noFindingFilter: FindingFilter = { hiddenKinds: [], minConfidence: 0 }

/** The findings of `order` (reading order) that pass the filter, in the same order. */
export function filterFindings(order: readonly number[], findings: readonly Finding[], filter: FindingFilter): number[] {
  return order.filter((i) => !filter.hiddenKinds.includes(findings[i].kind) && findings[i].confidence >= filter.minConfidence)
}

/**
 * The finding one step from `active` in `order`, wrapping at the ends (as F8 does in an IDE). From no
 * selection, or one the filter hides, forward starts at the first finding after `fromRow` and back at the
 * last before it.
 */
export function stepFinding(
  order: readonly number[],
  rowOfFinding: readonly number[],
  active: number | null,
  step: 1 | -1,
  fromRow = -1,
): number | null {
  if (order.length === 0) return null
  const at = active === null ? -1 : order.indexOf(active)
  if (at >= 0) return order[(at + step + order.length) % order.length]
  const row = active !== null ? rowOfFinding[active] : fromRow
  if (step === 1) return order.find((f) => rowOfFinding[f] > row) ?? order[0]
  return [...order].reverse().find((f) => rowOfFinding[f] < row) ?? order[order.length - 1]
}

/** Counts of each kind among `order`. */
export function countByKind(order: readonly number[], findings: readonly Finding[]): Record<FindingKind, number> {
  const counts: Record<FindingKind, number> = { 'figure-mismatch': 0, omission: 0, addition: 0 }
  for (const i of order) counts[findings[i].kind]++
  return counts
}
