import type { AlignedRow } from './aligned-rows'

/** Longest query searched; longer pastes are cut, so one keystroke never scans with a huge needle. */
export const maxFindQueryLength = 200

/**
 * The rows whose Korean or English text contains `query` (case-insensitive), in row order. Searches the data,
 * not the DOM, so rows the virtualised grid has not rendered are found too.
 */
export function findInRows(rows: readonly AlignedRow[], query: string): number[] {
  const needle = query.slice(0, maxFindQueryLength).toLocaleLowerCase()
  if (needle.trim() === '') return []
  const out: number[] = []
  for (const row of rows) {
    if (row.ko.some((s) => s.text.toLocaleLowerCase().includes(needle)) || row.en.some((s) => s.text.toLocaleLowerCase().includes(needle))) {
      out.push(row.index)
    }
  }
  return out
}

/** The match to go to from `current` (an index into `matches`, or -1), one step forward or back, wrapping. */
export function stepMatch(count: number, current: number, step: 1 | -1): number {
  if (count === 0) return -1
  if (current < 0) return step === 1 ? 0 : count - 1
  return (current + step + count) % count
}
