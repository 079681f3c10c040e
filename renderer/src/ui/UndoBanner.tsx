import type { Library } from '../../../shared/models/library'
import './UndoBanner.css'

/** The last pairing the reader made, which the banner offers to undo. */
export interface PairingUndo {
  readonly action: 'pair' | 'unpair'
  readonly ko: string
  readonly en: string
}

interface Props {
  readonly undo: PairingUndo
  readonly library: Library
  readonly onUndo: () => void
  readonly onDismiss: () => void
}

/** "Unpaired “…” and “…”. Undo": a pairing is one click away from being taken back. */
export function UndoBanner({ undo, library, onUndo, onDismiss }: Props) {
  const title = (id: string) => library.articles.find((a) => a.id === id)?.title ?? id
  const what = undo.action === 'pair' ? 'Paired' : 'Unpaired'
  return (
    <div className="banner banner-info" role="status">
      <span className="banner-text">
        {what} “{title(undo.ko)}” and “{title(undo.en)}”.
      </span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  )
}
