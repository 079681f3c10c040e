import type { Figure } from '../../models/figure'

/**
 * A figure that the other side of a translation lacks (`side` is where it was found), or a pair of figures
 * that correspond but disagree (`side: 'both'`).
 */
export interface FigureMismatch {
  readonly side: 'ko' | 'en' | 'both'
  readonly ko?: Figure
  readonly en?: Figure
  /** For a reader: "6710억 (671 billion) ≠ 67.1 billion", "2일 (the 2nd) not in the English". */
  readonly message: string
  /** In [0, 1]; how sure we are that a reviewer should look at it. */
  readonly confidence: number
}
