import { useEffect, useId, useRef, useState } from 'react'
import { maxSecondVersionLength } from '../../../shared/models/reader-settings'

interface Props {
  readonly busy: boolean
  readonly error: string | null
  readonly onCompare: (text: string) => void
  readonly onCancel: () => void
}

/** Asks for a second English text, pasted or loaded from a file, to compare with the Korean article. */
export function SecondVersionDialog({ busy, error, onCompare, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [fileError, setFileError] = useState<string | null>(null)
  const textId = useId()
  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])

  async function onFile(file: File | undefined) {
    if (!file) return
    if (file.size > maxSecondVersionLength * 4) {
      setFileError(`${file.name} is ${Math.round(file.size / 1024)} KB; a second version is at most ${maxSecondVersionLength.toLocaleString('en')} characters.`)
      return
    }
    setFileError(null)
    setText(await file.text())
  }

  const tooLong = text.length > maxSecondVersionLength
  const message = fileError ?? (tooLong ? `The text is ${text.length.toLocaleString('en')} characters; at most ${maxSecondVersionLength.toLocaleString('en')} are accepted.` : error)
  return (
    <dialog
      ref={dialog}
      className="picker second-version"
      aria-labelledby="second-version-title"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <header className="picker-header">
        <h2 id="second-version-title">Compare another English version</h2>
        <p className="picker-subject">Paste the edited (or another) translation, one paragraph a line, or load it from a text file.</p>
      </header>
      <div className="second-version-body">
        <label htmlFor={textId} className="sr-only">
          English text
        </label>
        <textarea id={textId} lang="en" value={text} onChange={(e) => setText(e.target.value)} rows={12} placeholder="Paste the English text here" />
        <label className="button second-version-file">
          Load a file…
          <input type="file" accept=".txt,text/plain" className="sr-only" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {message && (
          <p className="second-version-error" role="alert">
            {message}
          </p>
        )}
      </div>
      <footer className="picker-footer">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={busy || text.trim() === '' || tooLong} onClick={() => onCompare(text)}>
          {busy ? 'Comparing…' : 'Compare'}
        </button>
      </footer>
    </dialog>
  )
}
