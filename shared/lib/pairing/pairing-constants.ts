/** A full pair needs at least this score, and must beat the runner-up by FULL_PAIR_MARGIN. */
export const FULL_PAIR_THRESHOLD = 0.3
export const FULL_PAIR_MARGIN = 0.08

/** An English lead matching a digest item at least this well is a partial pair. */
export const PARTIAL_PAIR_THRESHOLD = 0.3
