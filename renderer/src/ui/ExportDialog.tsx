import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { AppApi } from '../../../shared/models/app-api'
import type { Article } from '../../../shared/models/article'
import { exportFormatInfo, exportFormats, type ExportFormat, type ExportOnly } from '../../../shared/models/export'
import { downloadText } from '../lib/download-text'
import type { TaskProgress } from '../lib/use-background-tasks'
import './ExportDialog.css'

interface Props {
  readonly api: Pick<AppApi, 'exportPairs'>
  /** The pair the reader shows, when it shows one: the default scope. */
  readonly pair: { readonly ko: Article; readonly en: Article } | null
  /** How many pairs the library holds. */
  readonly libraryPairs: number
  /** The export still running in the background, as its progress events report it. */
  readonly progress?: TaskProgress
  readonly onClose: () => void
}

const onlyLabels: Record<ExportOnly, string> = {
  all: 'All links',
  flagged: 'Only links with a finding',
  confirmed: 'Only links with a confirmed finding',
}

/** File › Export…: what to export (this pair or the library), in which format, which links; Esc closes. */
export function ExportDialog({ api, pair, libraryPairs, progress, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const [scope, setScope] = useState<'pair' | 'library'>(pair ? 'pair' : 'library')
  const [format, setFormat] = useState<ExportFormat>('tmx')
  const [only, setOnly] = useState<ExportOnly>('all')
  const [bom, setBom] = useState(true)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])

  const delimited = format === 'csv' || format === 'tsv'
  const nothingToExport = scope === 'pair' ? pair === null : libraryPairs === 0

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || nothingToExport) return
    setBusy(true)
    setStatus({ text: scope === 'library' ? `Exporting ${libraryPairs} pairs…` : 'Exporting…', error: false })
    try {
      const result = await api.exportPairs({
        scope: scope === 'pair' && pair ? { pair: { ko: pair.ko.id, en: pair.en.id } } : 'library',
        format,
        only,
        bom: delimited && bom,
      })
      if (result.kind === 'cancelled') return setStatus(null)
      if (result.kind === 'content') downloadText(result.content, result.fileName, result.mimeType)
      const where = result.kind === 'saved' ? ` to ${result.file}` : ` as ${result.fileName}`
      setStatus({ text: `Exported ${result.links} links of ${result.pairs} pair${result.pairs === 1 ? '' : 's'}${where}.`, error: false })
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : String(e), error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${ids}-title`}>Export</h2>
        <fieldset>
          <legend>What</legend>
          <label>
            <input type="radio" name="scope" checked={scope === 'pair'} disabled={pair === null} onChange={() => setScope('pair')} />
            This pair
          </label>
          {pair && (
            <p className="export-hint" lang="ko">
              {pair.ko.title}
            </p>
          )}
          <label>
            <input type="radio" name="scope" checked={scope === 'library'} disabled={libraryPairs === 0} onChange={() => setScope('library')} />
            The whole library ({libraryPairs} pairs)
          </label>
        </fieldset>
        <div className="export-field">
          <label htmlFor={`${ids}-format`} className="export-field-label">
            Format
          </label>
          <select id={`${ids}-format`} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {exportFormats.map((f) => (
              <option key={f} value={f}>
                {exportFormatInfo[f].label}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Links</legend>
          {(Object.keys(onlyLabels) as ExportOnly[]).map((o) => (
            <label key={o}>
              <input type="radio" name="only" checked={only === o} onChange={() => setOnly(o)} />
              {onlyLabels[o]}
            </label>
          ))}
        </fieldset>
        {delimited && (
          <label>
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
            Start with a byte-order mark (for Excel)
          </label>
        )}
        <p className={status?.error ? 'export-status export-error' : 'export-status'} role="status" aria-live="polite">
          {busy && progress ? `${progress.label}…` : status?.text}
        </p>
        {busy && progress && progress.total > 0 && (
          <progress className="export-progress" aria-label="Export progress" max={progress.total} value={progress.done} />
        )}
        <footer className="export-footer">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button-primary" disabled={busy || nothingToExport}>
            Export
          </button>
        </footer>
      </form>
    </dialog>
  )
}
