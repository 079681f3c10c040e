import type { TextSpan } from './span'

/**
 * What a figure measures. A range (15조~20조원, 2~3%, 7~9위) keeps the kind of what it measures and carries
 * `high`, so a range of money still compares as money; `fraction` is a value in (0, 1].
 */
export type FigureKind =
  | 'count'
  | 'amount'
  | 'money'
  | 'percent'
  | 'percentage-point'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'multiplier'
  | 'fraction'

export type Currency = 'KRW' | 'USD' | 'CNY' | 'JPY' | 'EUR' | 'GBP'

/** A calendar reference; any part may be missing ("the 2nd" has only a day). */
export interface DateParts {
  readonly year?: number
  readonly month?: number
  readonly day?: number
  /** Relative references such as "last-year", "this-year", "last-month", "next-year". */
  readonly relative?: string
}

/** A figure read from text, normalised so that a Korean and an English rendering compare equal. */
export interface Figure {
  readonly kind: FigureKind
  /** Normalised magnitude: 6710억 → 671e9, 52% → 52, "the 2nd" → 2, 3분의 1 → 0.333…. */
  readonly value: number
  /** Upper bound of a range (15조~20조원 → value 15e12, high 20e12). */
  readonly high?: number
  readonly currency?: Currency
  /** True for vague magnitudes: 수백개, "hundreds", 약, "about". */
  readonly approximate?: boolean
  readonly date?: DateParts
  /** The figure as written. */
  readonly text: string
  /** Offsets of `text` in the string it was read from. */
  readonly span: TextSpan
}
