import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'
import { pairStatusOf } from '../../../shared/lib/library/pair-status'
import { formatPublished, languageName, sourceLabel } from '../lib/format'
import { LanguageBadge } from './LanguageBadge'
import { PairStatusBadge } from './PairStatusBadge'

interface Props {
  readonly library: Library
  /** The article to pair; candidates are the articles of the other language. */
  readonly article: Article
  readonly onPick: (otherId: string) => void
  readonly onCancel: () => void
}

/** A modal list of the articles the given one can be paired with, filtered as the user types. */
export function PairPicker({ library, article, onPick, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const [query, setQuery] = useState('')
  const otherLang = article.lang === 'ko' ? 'en' : 'ko'

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])

  const candidates = useMemo(() => {
    const q = query.trim().toLowerCase()
    return library.articles.filter((a) => a.lang === otherLang && (q === '' || a.title.toLowerCase().includes(q)))
  }, [library.articles, otherLang, query])

  // Arrow keys move between the candidate buttons; from the filter box, ArrowDown enters the list.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = event.key === 'ArrowDown' ? Math.min(buttons.length - 1, index + 1) : index - 1
    event.preventDefault()
    if (next >= 0) buttons[next]?.focus()
    else (event.currentTarget.querySelector('input') as HTMLInputElement | null)?.focus()
  }

  return (
    <dialog
      ref={dialog}
      className="picker"
      aria-labelledby="picker-title"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
      onKeyDown={onKeyDown}
    >
      <header className="picker-header">
        <h2 id="picker-title">Pair with…</h2>
        <p className="picker-subject" lang={article.lang === 'other' ? undefined : article.lang}>
          {article.title}
        </p>
      </header>
      <label className="picker-filter">
        <span>Filter {languageName[otherLang]} articles</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus placeholder="Type part of a title" />
      </label>
      <ul ref={list} className="picker-list" aria-label={`${languageName[otherLang]} articles`}>
        {candidates.map((c) => (
          <li key={c.id}>
            <button type="button" className="picker-item" onClick={() => onPick(c.id)}>
              <LanguageBadge lang={c.lang} />
              <span className="picker-item-body">
                <span className="picker-item-title" lang={c.lang === 'other' ? undefined : c.lang}>
                  {c.title}
                </span>
                <span className="picker-item-meta">
                  {sourceLabel(c.source)}
                  {c.publishedAt && ` · ${formatPublished(c.publishedAt)}`}
                  <PairStatusBadge status={pairStatusOf(c.id, library.pairs)} best={undefined} />
                </span>
              </span>
            </button>
          </li>
        ))}
        {candidates.length === 0 && <li className="picker-empty">No {languageName[otherLang]} article matches.</li>}
      </ul>
      <footer className="picker-footer">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </footer>
    </dialog>
  )
}
