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

/**
 * The priors of 1–2, 2–1, 1–3 and 3–1 beads whose several sentences are one quotation cut at its sentence
 * ends (see quotationJoins): a translation keeps a quotation together. Tuned on the first half of kpc-dev.
 */
export const QUOTATION_BEAD_PRIOR = {
  // 3.8 (as any 1–2) / 2.5: raw-paragraph F1 on the tuning half 0.934 / 0.939, presegmented unchanged.
  two: 2.5,
  // 5 and 4 gave the same figures; 4 lets the English three-sentence quotation of kpc-dev 695 join its Korean.
  three: 4,
}

/**
 * How much cheaper a 1–2 bead is when its one Korean sentence has a clause joint (…했지만, …이라며: see
 * splitPoints), and a 2–1 bead when its one English sentence has one (", saying", "; "): a translation cuts a
 * long sentence there. Tuned on the first half of kpc-dev: raw-paragraph F1 0.934 → 0.936 and presegmented
 * 0.966 → 0.969, the same from 1.5 to 1.8 (Korean) and 0.3 to 0.8 (English); at 2 presegmented F1 falls to 0.954.
 */
export const SPLIT_BEAD_DISCOUNT = { korean: 1.65, english: 0.5 }

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
  /**
   * A 1–1 bead whose sentences both have anchors enough (ORPHAN_MIN_ANCHORS) and share none: more often a
   * Korean sentence the English dropped next to an English one with no Korean than a translation. Tuned on the
   * first half of kpc-dev (0 / 0.5 / 1 / 1.5 / 2.5: raw-paragraph omission recall 0.85 → 0.90 at 0.5, the
   * presegmented figures unchanged).
   */
  disjoint: 0.5,
}

/** A sentence needs this many anchors before sharing none of them counts against it. */
export const ORPHAN_MIN_ANCHORS = 2
