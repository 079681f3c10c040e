import type { AlignmentLink } from '../../../shared/models/alignment'

/** The y (in [0, height)) at which row `row` of `rowCount` sits in the overview: rows spread evenly. */
export function rowY(row: number, rowCount: number, height: number): number {
  return rowCount === 0 ? 0 : ((row + 0.5) / rowCount) * height
}

/** The row under y in the overview (the inverse of rowY, clamped). */
export function rowAtY(y: number, rowCount: number, height: number): number {
  if (rowCount === 0 || height <= 0) return 0
  return Math.min(rowCount - 1, Math.max(0, Math.floor((y / height) * rowCount)))
}

/** A rung of the alignment ladder: where a link's sentences sit on the Korean and English axes, as fractions. */
export interface LadderRung {
  readonly row: number
  /** Position on the Korean axis in [0, 1], or null for an addition (no Korean). */
  readonly ko: number | null
  /** Position on the English axis in [0, 1], or null for an omission (no English). */
  readonly en: number | null
  readonly uncertain: boolean
}

/** The ladder of an alignment: each link's middle sentence on each side, by its place in that side's text. */
export function ladderRungs(links: readonly AlignmentLink[], koCount: number, enCount: number): LadderRung[] {
  const middle = (list: readonly number[], count: number) =>
    list.length === 0 || count === 0 ? null : ((list[0] + list[list.length - 1]) / 2 + 0.5) / count
  return links.map((link, row) => ({ row, ko: middle(link.ko, koCount), en: middle(link.en, enCount), uncertain: link.lowConfidence }))
}

/**
 * The finding nearest to y among `ticks` (each a finding and its y), if one lies within `slop` px: a click on
 * a 2 px tick needs that much grace.
 */
export function tickNear<T extends { readonly y: number }>(ticks: readonly T[], y: number, slop: number): T | null {
  let best: T | null = null
  for (const t of ticks) if (Math.abs(t.y - y) <= slop && (best === null || Math.abs(t.y - y) < Math.abs(best.y - y))) best = t
  return best
}
