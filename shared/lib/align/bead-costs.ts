import { lengthCost } from './length-model'

/**
 * Costs (negative log-odds, in nats) of the alignment's building blocks. Calibrated on the kpc-dev
 * benchmark with `npm run bench`; see README "Alignment".
 */
export const BEAD_PRIOR: Record<'1-1' | '1-2' | '2-1' | '2-2' | '1-0' | '0-1', number> = {
  '1-1': 0,
  '1-2': 3.8,
  '2-1': 3.8,
  '2-2': 14,
  '1-0': 2.48,
  '0-1': 2.48,
}

export type BeadShape = keyof typeof BEAD_PRIOR

export const ANCHOR_WEIGHTS = {
  strongMatch: 0.73,
  weakMatch: 0.3,
  nameMatch: 0.85,
  strongMiss: 0.07,
  weakMiss: 0.25,
  /** A sentence merged into a bead while sharing nothing with the other side: likely an omission or addition. */
  orphan: 2.5,
}

/** A sentence needs this many anchors before sharing none of them counts against it. */
export const ORPHAN_MIN_ANCHORS = 2

/** Anchor evidence for one bead: counts of shared and unshared anchors. */
export interface AnchorTally {
  strongShared: number
  weakShared: number
  strongTotal: number
  weakTotal: number
  nameShared: number
  /** Sentences of a multi-sentence bead that share no anchor with the other side. */
  orphans: number
}

export function linkedBeadCost(shape: BeadShape, koLength: number, enLength: number, t: AnchorTally): number {
  const strongMiss = Math.max(0, t.strongTotal - 2 * t.strongShared)
  const weakMiss = Math.max(0, t.weakTotal - 2 * t.weakShared)
  return (
    BEAD_PRIOR[shape] +
    lengthCost(koLength, enLength) -
    ANCHOR_WEIGHTS.strongMatch * t.strongShared -
    ANCHOR_WEIGHTS.weakMatch * t.weakShared -
    ANCHOR_WEIGHTS.nameMatch * t.nameShared +
    ANCHOR_WEIGHTS.strongMiss * strongMiss +
    ANCHOR_WEIGHTS.weakMiss * weakMiss +
    ANCHOR_WEIGHTS.orphan * t.orphans
  )
}
