import calibration from '../../static/finding-calibration.json'

/**
 * The confidence of an omission or addition found as a one-sided link (1–0, 0–1), as the share of such links
 * that are real: on the first half of kpc-dev (both input modes, 97 one-sided links) about 0.6 of those the
 * aligner scored under 0.5 and 0.85 of those it scored over 0.9 were right, so a link's score maps to
 * 0.55 + 0.32 × score. A threshold of 0.7 in the UI then keeps the findings right about 70% of the time.
 */
export const ONE_SIDED_CALIBRATION = { base: 0.55, slope: 0.32 }

export function oneSidedConfidence(linkScore: number): number {
  const c = ONE_SIDED_CALIBRATION.base + ONE_SIDED_CALIBRATION.slope * Math.min(1, Math.max(0, linkScore))
  return round(c)
}

/** Figure findings, by what is missing or changed (missingFigureType in figure-mismatch.ts). */
export type FigureFindingType =
  | 'figure-changed'
  | 'restated-conflict'
  | 'repeated'
  | 'date-weekday'
  | 'date-day'
  | 'date-relative'
  | 'date-year'
  | 'money'
  | 'percent'
  | 'time'
  | 'count-digits'
  | 'count-words'
  | 'ordinal'
  | 'multiplier'
  | 'fraction'

/** Clause findings inside a linked pair (clause-omissions.ts). */
export type ClauseFindingType = 'latin-name' | 'latin-name-referred' | 'quotation' | 'short-english'

export type CalibratedType = FigureFindingType | ClauseFindingType

/** Hand-labelled findings of one type: real slips, renderings the check should accept, findings on a wrong link. */
export interface TypeCounts {
  readonly family: 'figure' | 'date' | 'clause'
  /** What the type's findings say, for a reader of the table. */
  readonly what: string
  readonly real: number
  readonly equivalent: number
  readonly alignerError: number
  /** Corpus lines that are no translation of each other: they say nothing of the check and are left out. */
  readonly misaligned: number
  /** Stands in for the family's share where the type has no labelled example. */
  readonly prior?: number
  readonly priorWhy?: string
}

export interface CalibrationTable {
  readonly pseudoCounts: number
  readonly types: Readonly<Record<CalibratedType, TypeCounts>>
}

/** The labelled counts (shared/static/finding-calibration.json says what they were labelled on). */
export const CALIBRATION: CalibrationTable = calibration as CalibrationTable

/** Share of real slips among a family's labelled findings, with one pseudo-count each way. */
export function familyRate(family: TypeCounts['family'], table: CalibrationTable = CALIBRATION): number {
  let real = 0
  let n = 0
  for (const t of Object.values(table.types)) {
    if (t.family !== family) continue
    real += t.real
    n += t.real + t.equivalent + t.alignerError
  }
  return (real + 1) / (n + 2)
}

/**
 * The calibrated confidence of a finding type: the share of its labelled findings that were real slips, drawn
 * toward its family's share by `pseudoCounts` findings, so that a type labelled only a few times stays near
 * the family: the 4 percents labelled, all real, give 0.84 with two pseudo-counts at the figure family's 0.51, not 1.
 */
export function typeConfidence(type: CalibratedType, table: CalibrationTable = CALIBRATION): number {
  const t = table.types[type]
  const k = table.pseudoCounts
  const prior = t.prior ?? familyRate(t.family, table)
  return round((t.real + k * prior) / (t.real + t.equivalent + t.alignerError + k))
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
