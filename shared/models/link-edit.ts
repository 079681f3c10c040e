import type { Comparison } from './comparison'
import type { Library } from './library'

/**
 * A link as the reader's corrections describe it: by sentence anchors (`paragraph:start-end`, see
 * shared/lib/compare/anchor-ids), never by index, so a stored correction finds its sentences again after a
 * reload or a re-import of the same page, and is dropped (not misapplied) when the text changed.
 */
export interface LinkSpec {
  readonly ko: readonly string[]
  readonly en: readonly string[]
  /** Set by hand: persisted, and a fixed anchor for re-alignment. Links given without it are kept only for now. */
  readonly hand: boolean
}

/** A link by sentence indices of the current comparison, as the edit operations produce. */
export interface IndexLink {
  readonly ko: readonly number[]
  readonly en: readonly number[]
  readonly hand: boolean
}

/** What undo and redo would do next for a pair, as labels for the menu ("Undo Merge rows"), or null. */
export interface EditHistory {
  readonly undo: string | null
  readonly redo: string | null
}

/** A pair after an edit of its links. */
export interface LinkEditResult {
  readonly comparison: Comparison
  readonly history: EditHistory
}

/** A pair after undo or redo: its comparison when links changed, the library when a pairing did. */
export interface UndoResult {
  readonly comparison: Comparison | null
  readonly library: Library | null
  readonly history: EditHistory
}
