import type { Comparison, ComparisonFinding } from '../../models/comparison'

/** What a second English version did to the first one's findings. */
export interface VersionChanges {
  /** Findings of the first version the second no longer raises. */
  readonly fixed: readonly ComparisonFinding[]
  /** Findings the second version raises that the first did not. */
  readonly introduced: readonly ComparisonFinding[]
  /** Findings both versions raise. */
  readonly kept: readonly ComparisonFinding[]
}

/**
 * The same finding in two versions: its kind, the Korean sentences it concerns and the Korean figure (both
 * versions are aligned to the same Korean text, so that side is comparable; the English offsets are not). An
 * addition has no Korean side: it is known by its English text.
 */
export function findingKey(finding: ComparisonFinding, comparison: Comparison): string {
  const english = finding.ko.length === 0 ? finding.en.map((i) => comparison.en[i]?.text ?? '').join(' ') : ''
  return [finding.kind, finding.ko.join(','), finding.koValue ?? '', english].join('|')
}

/** Which findings of `first` the `second` version fixed, which it introduced, and which it kept. */
export function versionChanges(first: Comparison, second: Comparison): VersionChanges {
  const secondKeys = new Set(second.findings.map((f) => findingKey(f, second)))
  const firstKeys = new Set(first.findings.map((f) => findingKey(f, first)))
  return {
    fixed: first.findings.filter((f) => !secondKeys.has(findingKey(f, first))),
    introduced: second.findings.filter((f) => !firstKeys.has(findingKey(f, second))),
    kept: first.findings.filter((f) => secondKeys.has(findingKey(f, first))),
  }
}

/** One row of the two-version view: a link of the first alignment and what each version says for it. */
export interface VersionRow {
  readonly index: number
  readonly ko: readonly number[]
  /** English sentence indices of each version on this row. */
  readonly first: readonly number[]
  readonly second: readonly number[]
}

/**
 * Rows of the first version's alignment, each with the second version's sentences linked to the same Korean
 * sentences. A sentence the second version adds (no Korean) joins the row of the Korean sentence before it.
 */
export function versionRows(first: Comparison, second: Comparison): VersionRow[] {
  const rowOfKo = new Map<number, number>()
  first.links.forEach((link, row) => link.ko.forEach((k) => rowOfKo.set(k, row)))
  const secondOfRow = first.links.map(() => [] as number[])
  let lastRow = 0
  for (const link of second.links) {
    const rows = link.ko.map((k) => rowOfKo.get(k)).filter((r): r is number => r !== undefined)
    const row = rows.length > 0 ? rows[0] : lastRow
    lastRow = rows.length > 0 ? rows[rows.length - 1] : lastRow
    if (secondOfRow[row]) for (const e of link.en) if (!secondOfRow[row].includes(e)) secondOfRow[row].push(e)
  }
  return first.links.map((link, index) => ({ index, ko: link.ko, first: link.en, second: secondOfRow[index].sort((a, b) => a - b) }))
}
