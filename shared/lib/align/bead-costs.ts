/**
 * Costs (negative log-odds, in nats) of the alignment's building blocks. Calibrated on the kpc-dev
 * benchmark with `npm run bench`; see README "Alignment". A linked bead costs its prior, plus the length
 * cost, minus a reward per shared anchor, plus a penalty per unshared one and per orphan sentence
 * (see alignProfiles).
 */
export const BEAD_PRIOR: Record<'1-1' | '1-2' | '2-1' | '2-2' | '1-0' | '0-1' | '1-3' | '3-1', number> = {
  '1-1': 0,
  '1-2': 3.8,
  '2-1': 3.8,
  '2-2': 14,
  '1-0': 2.48,
  '0-1': 2.48,
  // One sentence against three: a quotation of several sentences the other side runs into one, or a sentence
  // and the fragments it was cut into. Tuned on the first half of kpc-dev, raw paragraphs.
  '1-3': 7.5,
  '3-1': 7.5,
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
  /**
   * A sentence merged into a 2–1 or 1–2 bead whose shared anchors its neighbour in the bead shares too:
   * it brings nothing of its own, as a sentence on the same topic that the other side left out would not.
   */
  redundant: 1.25,
}

/** A sentence needs this many anchors before sharing none of them counts against it. */
export const ORPHAN_MIN_ANCHORS = 2
