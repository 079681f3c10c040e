import { useEffect, useId, useRef, useState } from 'react'
import type { AppApi } from '../../../shared/models/app-api'
import type { RemovalPreview } from '../../../shared/models/import'
import { keptReviewText } from '../lib/page-removal'
import './RemoveImportedDialog.css'
import { trapTab } from '../lib/trap-tab'

interface Props {
  readonly api: Pick<AppApi, 'previewRemoveImportedPages'>
  /** The imported pages to remove (`imported/<file>` sources). */
  readonly sources: readonly string[]
  /** Removes them; rejects with a message for the user. */
  readonly onRemove: () => Promise<void>
  readonly onCancel: () => void
}

/**
 * "Remove this imported page?": names the page and its articles and says what happens to the notes on them
 * before anything is removed. A modal dialog: Esc or Cancel closes it, Tab stays inside, Remove has focus
 * (an Undo follows every removal).
 */
export function RemoveImportedDialog({ api, sources, onRemove, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [preview, setPreview] = useState<RemovalPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const textId = useId()

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])

  useEffect(() => {
    let current = true
    api.previewRemoveImportedPages([...sources]).then(
      (next) => current && setPreview(next),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      current = false
    }
  }, [api, sources])

  // Focus moves to Remove once there is something to remove (it is disabled until then).
  const removeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (preview) removeButton.current?.focus()
  }, [preview])

  async function remove() {
    setBusy(true)
    setError(null)
    try {
      await onRemove()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }

  const many = sources.length > 1
  return (
    <dialog
      ref={dialog}
      className="remove-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
      onKeyDown={(event) => trapTab(event, 'button:not(:disabled)')}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          void remove()
        }}
      >
        <h2 id={titleId}>{many ? `Remove these ${sources.length} imported pages?` : 'Remove this imported page?'}</h2>
        <div id={textId}>
          {preview ? (
            <>
              <ul className="remove-dialog-pages">
                {preview.pages.map((page) => (
                  <li key={page.source}>
                    <span className="remove-dialog-file">{page.name}</span>
                    {page.articles.length > 0 && (
                      <ul>
                        {page.articles.map((a) => (
                          <li key={a.id}>{a.title}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
              <p>
                {many ? 'Their files leave' : 'Its file leaves'} the import folder and {many ? 'they leave' : 'it leaves'} the library; Undo, offered
                right after, puts {many ? 'them' : 'it'} back.
              </p>
              <p className="remove-dialog-kept">{keptReviewText(preview.kept)}</p>
            </>
          ) : (
            !error && <p role="status">Looking for notes on {many ? 'these pages' : 'this page'}…</p>
          )}
        </div>
        {error && (
          <p className="remove-dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="remove-dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button ref={removeButton} type="submit" className="button button-danger" disabled={!preview || busy}>
            {busy ? 'Removing…' : many ? 'Remove Pages' : 'Remove Page'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
