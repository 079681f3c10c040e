import type { AlignmentLink } from '../../shared/models/alignment'
import type { EditHistory, LinkSpec } from '../../shared/models/link-edit'
import type { PairOverride } from '../../shared/models/pair-override'

/** A pair's links at one moment: what the reader set, and the whole alignment to restore exactly. */
export interface LinkSnapshot {
  readonly hand: readonly LinkSpec[]
  readonly links: readonly AlignmentLink[]
}

export type EditEntry =
  | { readonly kind: 'links'; readonly label: string; readonly before: LinkSnapshot; readonly after: LinkSnapshot }
  | { readonly kind: 'pairing'; readonly label: string; readonly before: PairOverride | null; readonly after: PairOverride }

/** Edits kept a pair; older ones fall off, as in an editor's undo. */
const maxEntries = 200

/**
 * Undo and redo stacks, one per pair (like VS Code's undo service, one per resource): an edit in one pair never
 * undoes another's. They live as long as the app runs; what they restore lives in the store.
 */
export class EditStacks {
  private readonly stacks = new Map<string, { undo: EditEntry[]; redo: EditEntry[] }>()

  private of(key: string) {
    let stack = this.stacks.get(key)
    if (!stack) this.stacks.set(key, (stack = { undo: [], redo: [] }))
    return stack
  }

  push(key: string, entry: EditEntry): void {
    const stack = this.of(key)
    stack.undo.push(entry)
    if (stack.undo.length > maxEntries) stack.undo.shift()
    stack.redo = []
  }

  /** Takes the entry to undo (moving it to redo), or null. */
  takeUndo(key: string): EditEntry | null {
    const stack = this.of(key)
    const entry = stack.undo.pop() ?? null
    if (entry) stack.redo.push(entry)
    return entry
  }

  takeRedo(key: string): EditEntry | null {
    const stack = this.of(key)
    const entry = stack.redo.pop() ?? null
    if (entry) stack.undo.push(entry)
    return entry
  }

  /** Puts back an entry whose undo or redo failed, so the stacks still match the store. */
  restore(key: string, entry: EditEntry, direction: 'undo' | 'redo'): void {
    const stack = this.of(key)
    const from = direction === 'undo' ? stack.redo : stack.undo
    const to = direction === 'undo' ? stack.undo : stack.redo
    if (from[from.length - 1] === entry) from.pop()
    to.push(entry)
  }

  history(key: string): EditHistory {
    const stack = this.stacks.get(key)
    return { undo: stack?.undo.at(-1)?.label ?? null, redo: stack?.redo.at(-1)?.label ?? null }
  }
}
