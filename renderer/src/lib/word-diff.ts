import { diffWords } from 'diff'

export interface DiffPiece {
  readonly text: string
  readonly kind: 'same' | 'removed' | 'added'
}

/** A word-level diff of two English texts (the `diff` package), as pieces to render as text. */
export function wordDiff(before: string, after: string): DiffPiece[] {
  return diffWords(before, after).map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }))
}
