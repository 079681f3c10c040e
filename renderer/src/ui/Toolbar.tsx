import type { ReactNode } from 'react'
import type { Library } from '../../../shared/models/library'
import './Toolbar.css'

interface Props {
  readonly library: Library | null
  readonly busy: boolean
  readonly onOpenFolder: () => void
  readonly onReload: () => void
  /** Opens the export dialog (File › Export… in the desktop app's menu). */
  readonly onExport?: () => void
  /** Shown beside the actions while background work runs. */
  readonly progress?: ReactNode
  readonly notesOpen: boolean
  readonly onToggleNotes: () => void
  /** Import…, Paste New Pair… (and web mode's own Open Folder…), before the folder actions. */
  readonly importActions?: ReactNode
  /** False in web mode, where the server cannot show a folder dialog: importActions bring one instead. */
  readonly canOpenFolder?: boolean
  /** The reading settings (theme, text size, shortcuts), at the right end. */
  readonly controls?: ReactNode
}

export function Toolbar({ library, busy, onOpenFolder, onReload, onExport, progress, notesOpen, onToggleNotes, importActions, canOpenFolder = true, controls }: Props) {
  const folderName = library ? library.folder.split(/[\\/]/).filter(Boolean).pop() ?? library.folder : null
  return (
    <header className="toolbar">
      <div className="toolbar-brand">
        <span className="brand-mark" aria-hidden="true">
          한<span>A</span>
        </span>
        <span className="brand-name">KoBi Reader</span>
      </div>
      {library && (
        <div className="toolbar-library" title={library.folder}>
          <span className="toolbar-folder">{folderName}</span>
          <span className="toolbar-stats">
            {library.articles.length} articles · {library.pairs.length} pairs
          </span>
        </div>
      )}
      <div className="toolbar-actions">
        {progress}
        <button type="button" className="button" aria-pressed={notesOpen} onClick={onToggleNotes} disabled={library === null}>
          Notes
        </button>
        {importActions}
        {canOpenFolder && (
          <button type="button" className="button" onClick={onOpenFolder} disabled={busy}>
            Open Folder…
          </button>
        )}
        <button type="button" className="button" onClick={onReload} disabled={busy || library === null}>
          Reload
        </button>
        {onExport && (
          <button type="button" className="button" onClick={onExport} disabled={library === null || library.pairs.length === 0}>
            Export…
          </button>
        )}
        {controls}
      </div>
    </header>
  )
}
