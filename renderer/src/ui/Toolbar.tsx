import type { ReactNode } from 'react'
import type { Library } from '../../../shared/models/library'

interface Props {
  readonly library: Library | null
  readonly busy: boolean
  readonly onOpenFolder: () => void
  readonly onReload: () => void
  /** Shown beside the actions while background work runs. */
  readonly progress?: ReactNode
  /** The reading settings (theme, text size, shortcuts), at the right end. */
  readonly controls?: ReactNode
}

export function Toolbar({ library, busy, onOpenFolder, onReload, progress, controls }: Props) {
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
        <button type="button" className="button" onClick={onOpenFolder} disabled={busy}>
          Open Folder…
        </button>
        <button type="button" className="button" onClick={onReload} disabled={busy || library === null}>
          Reload
        </button>
        {controls}
      </div>
    </header>
  )
}
