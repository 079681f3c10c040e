import { useEffect, useRef, useState, type FormEvent } from 'react'
import './PasteDialog.css'
import { trapTab } from '../lib/trap-tab'

interface Props {
  /** Makes the pair; rejects with a message for the user (an empty side, swapped texts). */
  readonly onCreate: (koText: string, enText: string) => Promise<void>
  readonly onCancel: () => void
}

/**
 * A modal with a Korean and an English text area: the two texts become a new pair. Esc or Cancel closes it;
 * Tab stays inside it while it is open.
 */
export function PasteDialog({ onCreate, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [ko, setKo] = useState('')
  const [en, setEn] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (ko.trim() === '' || en.trim() === '') {
      setError(ko.trim() === '' ? 'Paste the Korean text first.' : 'Paste the English text too.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      await onCreate(ko, en)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="paste-dialog"
      aria-labelledby="paste-dialog-title"
      aria-describedby="paste-dialog-hint"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
      onKeyDown={(event) => trapTab(event, 'textarea, button:not(:disabled)')}
    >
      <form className="paste-dialog-form" onSubmit={(e) => void submit(e)}>
        <h2 id="paste-dialog-title">Paste a New Pair</h2>
        <p id="paste-dialog-hint" className="paste-dialog-hint">
          Paste a Korean article and its English translation: the title on the first line, then the article. They are
          kept with your imported pages and aligned sentence by sentence.
        </p>
        <div className="paste-dialog-sides">
          <label className="paste-dialog-side paste-dialog-side-ko">
            Korean text
            <textarea value={ko} lang="ko" onChange={(e) => setKo(e.target.value)} autoFocus spellCheck={false} />
          </label>
          <label className="paste-dialog-side paste-dialog-side-en">
            English text
            <textarea value={en} lang="en" onChange={(e) => setEn(e.target.value)} spellCheck={false} />
          </label>
        </div>
        {error && (
          <p className="paste-dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="paste-dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Aligning…' : 'Create Pair'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
