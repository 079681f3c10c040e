import { useEffect, useId, useMemo, useState } from 'react'
import { annotationStatuses, verdictOf, type PlacedAnnotation } from '../../../shared/models/annotation'
import type { AppApi } from '../../../shared/models/app-api'
import type { Library } from '../../../shared/models/library'
import { filterAnnotations, noAnnotationFilter, tagsOf, type AnnotationFilter } from '../lib/annotation-filter'
import { verdictLabel } from '../lib/review-context'
import { statusLabel } from './AnnotationEditor'
import './AnnotationsPanel.css'

type Scope = 'pair' | 'library'

interface Props {
  readonly api: Pick<AppApi, 'listAnnotations' | 'listLibraryAnnotations'>
  readonly library: Library
  /** The pair on screen, if any. */
  readonly pair: { readonly ko: string; readonly en: string } | null
  /** Changes whenever an annotation is saved, so the lists are read again. */
  readonly version: number
  readonly onChoose: (annotation: PlacedAnnotation) => void
  readonly onClose: () => void
}

/**
 * The notes and verdicts of the pair on screen or of the whole library, with search and filters by status and
 * tag. Choosing one opens its pair at its row. Orphaned ones (their text is gone from the page) stay listed,
 * with their quotes.
 */
export function AnnotationsPanel({ api, library, pair, version, onChoose, onClose }: Props) {
  const [scope, setScope] = useState<Scope>(pair ? 'pair' : 'library')
  const [list, setList] = useState<readonly PlacedAnnotation[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [filter, setFilter] = useState<AnnotationFilter>(noAnnotationFilter)
  const searchId = useId()
  const statusId = useId()
  const tagId = useId()
  const effectiveScope: Scope = pair ? scope : 'library'

  useEffect(() => {
    let current = true
    const request = effectiveScope === 'pair' && pair ? api.listAnnotations(pair.ko, pair.en) : api.listLibraryAnnotations()
    request.then(
      (next) => current && (setList(next), setError(null)),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      current = false
    }
  }, [api, effectiveScope, pair?.ko, pair?.en, version, library])

  const titles = useMemo(() => new Map(library.articles.map((a) => [a.id, a.title])), [library])
  const shown = useMemo(() => filterAnnotations(list ?? [], filter), [list, filter])
  const tags = useMemo(() => tagsOf(list ?? []), [list])

  return (
    <aside className="annotations-panel" aria-label="Annotations">
      <div className="annotations-head">
        <h2>Notes</h2>
        <div className="annotations-scope" role="group" aria-label="Which notes">
          <button type="button" aria-pressed={effectiveScope === 'pair'} disabled={!pair} onClick={() => setScope('pair')}>
            This pair
          </button>
          <button type="button" aria-pressed={effectiveScope === 'library'} onClick={() => setScope('library')}>
            Library
          </button>
        </div>
        <button type="button" className="annotations-close" aria-label="Close notes" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="annotations-filters">
        <label htmlFor={searchId} className="sr-only">
          Search notes
        </label>
        <input id={searchId} type="search" placeholder="Search notes and quotes" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
        <label htmlFor={statusId} className="sr-only">
          Status
        </label>
        <select id={statusId} value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as AnnotationFilter['status'] })}>
          <option value="any">Any status</option>
          <option value="none">No status</option>
          {annotationStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel[s]}
            </option>
          ))}
        </select>
        <label htmlFor={tagId} className="sr-only">
          Tag
        </label>
        <select id={tagId} value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="annotations-empty" role="alert">
          {error}
        </p>
      )}
      {list !== null && shown.length === 0 && !error && (
        <p className="annotations-empty">{list.length === 0 ? 'No notes yet. Click a sentence and press N to add one.' : 'No note matches.'}</p>
      )}
      <ol className="annotations-list">
        {shown.map((a) => {
          const verdict = verdictOf(a)
          // A note whose page was removed (or is not in this library) stays listed; Undo or a re-import brings the page back.
          const pageGone = !titles.has(a.ko) || !titles.has(a.en)
          return (
            <li key={a.id}>
              <button type="button" className="annotation-item" data-annotation={a.id} onClick={() => onChoose(a)}>
                <span className="annotation-badges">
                  {verdict ? (
                    <span className={`verdict-badge verdict-${verdict}`}>{verdictLabel[verdict]}</span>
                  ) : (
                    a.status && <span className={`status-chip status-${a.status}`}>{statusLabel[a.status]}</span>
                  )}
                  {a.target.kind === 'finding' && <span className="annotation-kind">finding</span>}
                  {a.target.kind === 'link' && <span className="annotation-kind">row</span>}
                  {a.placement.orphaned && (
                    <span className="orphan-chip" title={pageGone ? 'A page of this pair is no longer in the library' : 'The annotated text is no longer in the page'}>
                      {pageGone ? 'Orphaned · page removed' : 'Orphaned'}
                    </span>
                  )}
                </span>
                <span className="annotation-quote" lang={a.anchors[0]?.side}>
                  {a.anchors[0]?.quote}
                </span>
                {a.note && <span className="annotation-note">{a.note}</span>}
                {a.tags.length > 0 && <span className="annotation-tags">{a.tags.map((t) => `#${t}`).join(' ')}</span>}
                {effectiveScope === 'library' && <span className="annotation-pair">{titles.get(a.ko) ?? a.ko}</span>}
              </button>
            </li>
          )
        })}
      </ol>
    </aside>
  )
}
