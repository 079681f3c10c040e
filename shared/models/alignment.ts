/**
 * One bead of a sentence alignment: consecutive Korean sentences linked to consecutive English ones.
 * 1–0 and 0–1 beads (an empty side) are omissions and additions.
 */
export interface AlignmentLink {
  readonly ko: readonly number[]
  readonly en: readonly number[]
  /** Confidence in [0, 1]. */
  readonly score: number
  /** True when the score is low enough that a reader should check the link. */
  readonly lowConfidence: boolean
}
