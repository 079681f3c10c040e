import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { annotationStatuses, type AnnotationDraft, type AnnotationStatus } from '../../../shared/models/annotation'
import './AnnotationEditor.css'

export const statusLabel: Record<AnnotationStatus, string> = {
  error: 'Error',
  'false-alarm': 'False alarm',
  fixed: 'Fixed',
  question: 'Question',
}

interface Props {
  readonly draft: AnnotationDraft
  readonly onSave: (draft: AnnotationDraft) => void
  readonly onDelete?: () => void
  readonly onClose: () => void
}

/** Tags as typed: split on commas, trimmed, empty ones dropped. */
function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t.length > 0))]
}

/**
 * A note, tags and a status for a passage, a row or a finding. A modal dialog: focus stays inside, Esc closes it
 * without saving, Ctrl+Enter saves.
 */
export function AnnotationEditor({ draft, onSave, onDelete, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [note, setNote] = useState(draft.note)
  const [tags, setTags] = useState(draft.tags.join(', '))
  const [status, setStatus] = useState<AnnotationStatus | null>(draft.status)
  const titleId = useId()
  const noteId = useId()
  const tagsId = useId()

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])

  function submit(event?: FormEvent) {
    event?.preventDefault()
    onSave({ ...draft, note: note.trim(), tags: parseTags(tags), status })
  }

  const quotes = draft.anchors.map((a) => ({ side: a.side, quote: a.quote }))
  const what = draft.target.kind === 'finding' ? 'finding' : draft.target.kind === 'link' ? 'row' : 'passage'
  return (
    <dialog
      ref={dialog}
      className="annotation-editor"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={submit} onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && submit()}>
        <h2 id={titleId}>{draft.id ? `Edit the note on this ${what}` : `Note on this ${what}`}</h2>
        <div className="annotation-quotes">
          {quotes.map((q) => (
            <blockquote key={q.side} lang={q.side}>
              {q.quote.length > 280 ? `${q.quote.slice(0, 280)}…` : q.quote}
            </blockquote>
          ))}
        </div>
        <fieldset className="annotation-status">
          <legend>Status</legend>
          <label>
            <input type="radio" name="status" checked={status === null} onChange={() => setStatus(null)} /> None
          </label>
          {annotationStatuses.map((s) => (
            <label key={s}>
              <input type="radio" name="status" checked={status === s} onChange={() => setStatus(s)} /> {statusLabel[s]}
            </label>
          ))}
        </fieldset>
        <label htmlFor={noteId}>Note</label>
        <textarea id={noteId} value={note} rows={5} autoFocus onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={tagsId}>Tags (separated by commas)</label>
        <input id={tagsId} type="text" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="figures, terminology" />
        <div className="annotation-actions">
          {onDelete && (
            <button type="button" className="button button-danger" onClick={onDelete}>
              Delete
            </button>
          )}
          <span className="annotation-spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  )
}
