/** A half-open character range [start, end) into some text (a page, an article body, a sentence). */
export interface TextSpan {
  readonly start: number
  readonly end: number
}
