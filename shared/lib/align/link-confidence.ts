/** Links scoring below this are shown to the reader as uncertain. */
export const LOW_CONFIDENCE = 0.5

/**
 * Turns a bead's cost into a confidence in [0, 1]. A linked bead that costs less than an omission
 * plus an addition is more likely right than not; an empty bead is as sure as its alternative is poor.
 */
export function linkConfidence(koCount: number, enCount: number, beadCost: number): number {
  const pivot = koCount === 0 || enCount === 0 ? 7 : 4
  const score = 1 / (1 + Math.exp(beadCost - pivot))
  return Math.round(score * 1000) / 1000
}
