import type { TextSpan } from './span'

export type FindingKind = 'figure-mismatch' | 'omission' | 'addition'

/** Something a reviewer should look at, pointing at sentences and, where known, exact spans inside them. */
export interface Finding {
  readonly kind: FindingKind
  /** Korean sentence indices. */
  readonly ko: readonly number[]
  /** English sentence indices. */
  readonly en: readonly number[]
  readonly message: string
  /** In [0, 1], so findings can be ranked. */
  readonly confidence: number
  readonly koValue?: string
  readonly enValue?: string
  /** Offsets inside the Korean sentence `ko[0]`. */
  readonly koSpan?: TextSpan
  /** Offsets inside the English sentence `en[0]`. */
  readonly enSpan?: TextSpan
}
