/**
 * A reader's correction to the automatic pairing, kept in the store and replayed in order on every load.
 * `pair` makes a manual pair (replacing any pair of either article); `unpair` removes a pair and keeps the
 * pairing engine from bringing it back.
 */
export interface PairOverride {
  readonly action: 'pair' | 'unpair'
  /** Id of the Korean article. */
  readonly ko: string
  /** Id of the English article. */
  readonly en: string
}
