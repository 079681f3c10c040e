/**
 * The confidence of an omission or addition found as a one-sided link (1–0, 0–1), as the share of such links
 * that are real: on the first half of kpc-dev (both input modes, 97 one-sided links) about 0.6 of those the
 * aligner scored under 0.5 and 0.85 of those it scored over 0.9 were right, so a link's score maps to
 * 0.55 + 0.32 × score. A threshold of 0.7 in the UI then keeps the findings right about 70% of the time.
 */
export const ONE_SIDED_CALIBRATION = { base: 0.55, slope: 0.32 }

export function oneSidedConfidence(linkScore: number): number {
  const c = ONE_SIDED_CALIBRATION.base + ONE_SIDED_CALIBRATION.slope * Math.min(1, Math.max(0, linkScore))
  return Math.round(c * 1000) / 1000
}
