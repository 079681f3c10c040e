import './UndoBanner.css'

/** The last change the reader can take back (a pairing, a removed page), and how. */
export interface UndoOffer {
  /** What was done, in a sentence: "Unpaired “…” and “…”." */
  readonly message: string
  readonly undo: () => void
}

interface Props {
  readonly offer: UndoOffer
  readonly onDismiss: () => void
}

/** "Unpaired “…” and “…”. Undo": a pairing or a removal is one click away from being taken back. */
export function UndoBanner({ offer, onDismiss }: Props) {
  return (
    <div className="banner banner-info" role="status">
      <span className="banner-text">{offer.message}</span>
      <button
        type="button"
        className="button"
        onClick={() => {
          onDismiss()
          offer.undo()
        }}
      >
        Undo
      </button>
      <button type="button" className="banner-close" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  )
}
