/** `full`: an article and its translation. `partial`: one side covers only part of the other. */
export type PairKind = 'full' | 'partial'

/** How a pair came to be: found by the pairing engine, or made by the user. */
export type PairOrigin = 'auto' | 'manual'

export interface ArticlePair {
  /** Id of the Korean article. */
  readonly ko: string
  /** Id of the English article. */
  readonly en: string
  readonly kind: PairKind
  /** In [0, 1]. Manual pairs have 1. */
  readonly confidence: number
  readonly origin: PairOrigin
  /** For a partial pair with a digest: index of the digest item the English covers. */
  readonly koDigestItem?: number
}
