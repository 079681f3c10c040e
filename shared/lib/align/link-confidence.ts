/** Links scoring below this are shown to the reader as uncertain. */
export const LOW_CONFIDENCE = 0.5

/**
 * The margin (in nats) at which a link is even odds, and how fast confidence grows past it. On kpc-dev a
 * margin under 1.5 marks 45% of the wrong links and 7% of the right ones.
 */
export const CONFIDENCE_MARGIN = { pivot: 1.5, scale: 0.8 }

/**
 * Turns the margin by which a link beat the next-best way of reaching the same point of the alignment
 * into a confidence in [0, 1]: a link that won by a wide margin is sure; one that barely beat an
 * alternative (a merge, or an omission plus an addition) is not.
 */
export function linkConfidence(margin: number): number {
  if (!Number.isFinite(margin)) return 1
  const score = 1 / (1 + Math.exp(-(margin - CONFIDENCE_MARGIN.pivot) / CONFIDENCE_MARGIN.scale))
  return Math.round(score * 1000) / 1000
}
