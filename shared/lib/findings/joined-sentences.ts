import type { TextSpan } from '../../models/span'

/** Several sentences joined with spaces, remembering where each one starts, to map spans back. */
export class JoinedSentences {
  readonly text: string
  private readonly starts: number[] = []

  constructor(
    private readonly indices: readonly number[],
    sentences: readonly string[],
  ) {
    let text = ''
    for (const i of indices) {
      if (text) text += ' '
      this.starts.push(text.length)
      text += sentences[i]
    }
    this.text = text
  }

  /** The sentence a span of the joined text falls in, and the span relative to that sentence. */
  locate(span: TextSpan): { sentence: number; span: TextSpan } {
    let k = 0
    while (k + 1 < this.starts.length && this.starts[k + 1] <= span.start) k++
    const offset = this.starts[k]
    return { sentence: this.indices[k], span: { start: span.start - offset, end: span.end - offset } }
  }
}
