import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Library } from '../../../shared/models/library'
import { groupBySource } from '../../../shared/lib/library/group-by-source'
import { pairKey, type FindingCountsByPair } from '../lib/finding-counts'
import { libraryView, type LibraryViewOptions } from '../lib/library-view'
import { useIncrementalCount } from '../lib/use-incremental-count'
import { isImportedArticle } from '../../../shared/models/import'
import { ownFileHint } from '../lib/page-removal'
import { ArticleMenu, type ArticleMenuItem } from './ArticleMenu'
import { SidebarControls } from './SidebarControls'
import { SourceGroup } from './SourceGroup'

interface Props {
  readonly library: Library
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
  /** Findings per pair compared so far. */
  readonly findingCounts: FindingCountsByPair
  /** Non-null while every pair is being checked: how many are done. */
  readonly checking: number | null
  readonly onCheckAll: () => void
  /** Pair an article by hand (its context menu's Pair with…). */
  readonly onPairWith: (id: string) => void
  /** Asks to remove an imported article's page (its context menu, or Delete on its row). */
  readonly onRemoveImported: (id: string) => void
  /** A row to give focus to once it shows (after a removal took the focused row away); a new object each time. */
  readonly focusRequest: { readonly id: string } | null
}

const allArticles: LibraryViewOptions = { query: '', sort: 'page', onlyWithFindings: false }

/**
 * Pages whose rows are added to the list per frame: about 140 rows, one short commit (measured on 200 seed
 * pages in Chromium: all at once was a 160–200 ms task).
 */
const groupsPerFrame = 20

/** The library as a single-select list, grouped by page; arrows, Home and End move the selection. */
export function LibrarySidebar({ library, selectedId, onSelect, findingCounts, checking, onCheckAll, onPairWith, onRemoveImported, focusRequest }: Props) {
  const [view, setView] = useState(allArticles)
  const deferredView = useDeferredValue(view)
  const allGroups = useMemo(() => groupBySource(library.articles), [library.articles])
  const groups = useMemo(
    () => (deferredView === allArticles ? allGroups : libraryView(allGroups, library.pairs, findingCounts, deferredView)),
    [allGroups, library.pairs, findingCounts, deferredView],
  )
  const comparable = useMemo(() => library.pairs.filter((p) => p.kind === 'full').length, [library.pairs])
  const compared = useMemo(() => library.pairs.filter((p) => p.kind === 'full' && findingCounts.has(pairKey(p.ko, p.en))).length, [library.pairs, findingCounts])
  const order = useMemo(() => groups.flatMap((g) => g.articles.map((a) => a.id)), [groups])
  const rows = useRef(new Map<string, HTMLDivElement>())
  const register = useCallback((id: string, el: HTMLDivElement | null) => {
    if (el) rows.current.set(id, el)
    else rows.current.delete(id)
  }, [])
  const list = useRef<HTMLDivElement>(null)
  const shownGroups = useIncrementalCount(groups.length, groupsPerFrame)
  const selectedGroup = useMemo(() => groups.findIndex((g) => g.articles.some((a) => a.id === selectedId)), [groups, selectedId])
  const selectedShown = selectedGroup >= 0 && selectedGroup < shownGroups

  // Follow the selection with focus and scrolling, but only while the list has focus (not on first load);
  // a selection in a page not yet rendered is followed once it is.
  useEffect(() => {
    const row = selectedId !== null ? rows.current.get(selectedId) : undefined
    if (!row) return
    if (list.current?.contains(document.activeElement)) row.focus()
    row.scrollIntoView({ block: 'nearest' })
  }, [selectedId, selectedShown])

  // A requested row takes focus once it is rendered (the library it is in may still be on its way).
  const handledFocus = useRef<Props['focusRequest']>(null)
  useEffect(() => {
    if (!focusRequest || handledFocus.current === focusRequest) return
    const row = rows.current.get(focusRequest.id)
    if (!row) return
    handledFocus.current = focusRequest
    row.focus()
  }, [focusRequest, groups, shownGroups])

  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null)
  const openMenu = useCallback((id: string, at: { x: number; y: number }) => setMenu({ id, at }), [])
  const closeMenu = useCallback(
    (refocus: boolean) => {
      if (refocus && menu) rows.current.get(menu.id)?.focus()
      setMenu(null)
    },
    [menu],
  )
  const menuArticle = menu ? library.articles.find((a) => a.id === menu.id) : undefined
  const menuItems: ArticleMenuItem[] = menuArticle
    ? [
        ...(menuArticle.lang !== 'other' ? [{ label: 'Pair with…', onChoose: () => onPairWith(menuArticle.id) }] : []),
        isImportedArticle(menuArticle)
          ? { label: 'Remove imported page…', onChoose: () => onRemoveImported(menuArticle.id) }
          : { label: 'Remove imported page…', disabled: true, hint: ownFileHint, onChoose: () => {} },
      ]
    : []

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
      case 'ContextMenu':
      case 'F10': {
        if (event.key === 'F10' && !event.shiftKey) return
        const row = selectedId !== null ? rows.current.get(selectedId) : undefined
        if (!row || selectedId === null) return
        event.preventDefault()
        const rect = row.getBoundingClientRect()
        openMenu(selectedId, { x: rect.left + 24, y: rect.bottom - 6 })
        return
      }
      case 'Delete':
      case 'Backspace': {
        const article = selectedId !== null ? library.articles.find((a) => a.id === selectedId) : undefined
        if (!article || !isImportedArticle(article)) return
        event.preventDefault()
        onRemoveImported(article.id)
        return
      }
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
      <SidebarControls
        options={view}
        onChange={setView}
        compared={compared}
        comparable={comparable}
        checking={checking}
        onCheckAll={onCheckAll}
        shownCount={order.length}
      />
      <div ref={list} className="sidebar-list" role="listbox" aria-label="Articles" onKeyDown={onKeyDown}>
        {groups.slice(0, shownGroups).map((group) => {
          const own = (id: string | null) => (id !== null && group.articles.some((a) => a.id === id) ? id : null)
          return (
            <SourceGroup
              key={group.source}
              group={group}
              pairs={library.pairs}
              selectedId={own(selectedId)}
              focusableId={own(focusable ?? null)}
              onSelect={onSelect}
              onMenu={openMenu}
              register={register}
              findingCounts={findingCounts}
            />
          )
        })}
      </div>
      {menu && menuArticle && <ArticleMenu label={`Actions for “${menuArticle.title}”`} items={menuItems} at={menu.at} onClose={closeMenu} />}
    </nav>
  )
}
