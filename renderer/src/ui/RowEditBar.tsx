import type { EditHistory } from '../../../shared/models/link-edit'
import './RowEditBar.css'

/** The corrections the bar offers, each with its key in the grid. */
export type RowEditAction = 'merge' | 'split' | 'move-up' | 'move-down' | 'detach' | 'link' | 'note' | 'note-row'

export const rowEditKeys: Record<RowEditAction, string> = {
  merge: 'M',
  split: 'S',
  'move-up': '[',
  'move-down': ']',
  detach: '0',
  link: 'L',
  note: 'N',
  'note-row': 'R',
}

/** Short enough for one line beside the grid; the full name is the button's accessible name and tooltip. */
const shortLabels: Record<RowEditAction, string> = {
  merge: 'Merge ↓',
  split: 'Split',
  'move-up': 'Move ↑',
  'move-down': 'Move ↓',
  detach: 'No match',
  link: 'Link',
  note: 'Note',
  'note-row': 'Row note',
}

const labels: Record<RowEditAction, string> = {
  merge: 'Merge with next',
  split: 'Split row',
  'move-up': 'Move to previous row',
  'move-down': 'Move to next row',
  detach: 'No counterpart',
  link: 'Link picked',
  note: 'Note',
  'note-row': 'Note on row',
}

interface Props {
  /** "Korean sentence 3 · row 2", or null when no sentence is chosen. */
  readonly current: string | null
  readonly picked: number
  readonly history: EditHistory
  readonly busy: boolean
  readonly onAction: (action: RowEditAction) => void
  readonly onUndo: () => void
  readonly onRedo: () => void
  readonly onReset: () => void
  readonly hasHandLinks: boolean
}

/**
 * Corrections of the alignment and notes, on the sentence the reader clicked (or moved to): every button has a
 * one-key shortcut in the grid, and Undo / Redo work per pair.
 */
export function RowEditBar({ current, picked, history, busy, onAction, onUndo, onRedo, onReset, hasHandLinks }: Props) {
  const needsSentence: RowEditAction[] = ['merge', 'split', 'move-up', 'move-down', 'detach', 'note', 'note-row']
  const button = (action: RowEditAction) => (
    <button
      key={action}
      type="button"
      className="edit-button"
      disabled={busy || (action === 'link' ? picked === 0 : needsSentence.includes(action) && current === null)}
      aria-keyshortcuts={rowEditKeys[action]}
      aria-label={labels[action]}
      title={`${labels[action]} (${rowEditKeys[action]})`}
      onClick={() => onAction(action)}
    >
      {shortLabels[action]}
    </button>
  )
  return (
    <div className="row-edit-bar" role="toolbar" aria-label="Correct the alignment">
      <span className="edit-current" aria-live="polite">
        {current ?? 'Click a sentence to correct its row or note it'}
        {picked > 0 && ` · ${picked} picked (Ctrl+click)`}
      </span>
      <div className="edit-group">{(['merge', 'split', 'move-up', 'move-down', 'detach', 'link'] as const).map(button)}</div>
      <div className="edit-group">{(['note', 'note-row'] as const).map(button)}</div>
      <div className="edit-group">
        <button type="button" className="edit-button" disabled={busy || !history.undo} aria-keyshortcuts="Control+Z" title={history.undo ? `Undo ${history.undo} (Ctrl+Z)` : 'Nothing to undo'} onClick={onUndo}>
          Undo
        </button>
        <button type="button" className="edit-button" disabled={busy || !history.redo} aria-keyshortcuts="Control+Shift+Z Control+Y" title={history.redo ? `Redo ${history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={onRedo}>
          Redo
        </button>
        <button type="button" className="edit-button" disabled={busy || !hasHandLinks} title="Forget the links set by hand and align the pair afresh" onClick={onReset}>
          Reset to automatic
        </button>
      </div>
    </div>
  )
}
