import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import type { Library } from '../../../shared/models/library'
import { groupBySource } from '../../../shared/lib/library/group-by-source'
import { sourceLabel } from '../lib/format'
import { ArticleRow } from './ArticleRow'

interface Props {
  readonly library: Library
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
}

/** The library as a single-select list, grouped by page; arrows, Home and End move the selection. */
export function LibrarySidebar({ library, selectedId, onSelect }: Props) {
  const groups = useMemo(() => groupBySource(library.articles), [library.articles])
  const order = useMemo(() => groups.flatMap((g) => g.articles.map((a) => a.id)), [groups])
  const rows = useRef(new Map<string, HTMLDivElement>())
  const list = useRef<HTMLDivElement>(null)

  // Follow the selection with focus and scrolling, but only while the list has focus (not on first load).
  useEffect(() => {
    const row = selectedId !== null ? rows.current.get(selectedId) : undefined
    if (!row) return
    if (list.current?.contains(document.activeElement)) row.focus()
    row.scrollIntoView({ block: 'nearest' })
  }, [selectedId])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = selectedId !== null ? order.indexOf(selectedId) : -1
    let next: number
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(order.length - 1, index + 1)
        break
      case 'ArrowUp':
        next = Math.max(0, index - 1)
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = order.length - 1
        break
      default:
        return
    }
    event.preventDefault()
    if (order[next] !== undefined) onSelect(order[next])
  }

  const focusable = selectedId !== null && order.includes(selectedId) ? selectedId : order[0]
  return (
    <nav className="sidebar" aria-label="Library">
      <div className="sidebar-heading">Articles</div>
      <div ref={list} className="sidebar-list" role="listbox" aria-label="Articles" onKeyDown={onKeyDown}>
        {groups.map((group) => (
          <div key={group.source} role="group" aria-label={`Page ${sourceLabel(group.source)}`} className="source-group">
            <div className="source-heading" aria-hidden="true" title={group.source}>
              <span className="source-site">{group.articles[0]?.site}</span>
              <span className="source-file">{sourceLabel(group.source)}</span>
              <span className="source-count">{group.articles.length}</span>
            </div>
            {group.articles.map((article) => (
              <ArticleRow
                key={article.id}
                ref={(el) => {
                  if (el) rows.current.set(article.id, el)
                  else rows.current.delete(article.id)
                }}
                article={article}
                pairs={library.pairs}
                selected={article.id === selectedId}
                focusable={article.id === focusable}
                onSelect={() => onSelect(article.id)}
              />
            ))}
          </div>
        ))}
      </div>
    </nav>
  )
}
