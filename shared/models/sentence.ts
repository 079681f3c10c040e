import type { TextSpan } from './span'

/** A sentence of an article body, with its offsets into the text it was cut from. */
export interface Sentence extends TextSpan {
  readonly text: string
}
