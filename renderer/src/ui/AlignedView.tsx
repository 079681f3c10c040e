import type React from 'react'
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Article } from '../../../shared/models/article'
import type { Comparison } from '../../../shared/models/comparison'
import { alignedRows } from '../lib/aligned-rows'
import { findInRows, stepMatch } from '../lib/find-in-rows'
import { filterFindings, noFindingFilter, stepFinding, type FindingFilter } from '../lib/finding-filter'
import { isTypingTarget } from '../lib/keyboard-target'
import { useReaderSettingsContext } from '../lib/reader-settings-context'
import { AlignedGrid, type AlignedGridHandle } from './AlignedGrid'
import { ArticleHeading } from './ArticleHeading'
import { FindBar } from './FindBar'
import { FindingsPanel } from './FindingsPanel'
import { PairOverview } from './PairOverview'

interface Props {
  readonly ko: Article
  readonly en: Article
  readonly comparison: Comparison
  /** Told which finding is under review (for verdict keys), null when none. */
  readonly onActiveFinding?: (finding: number | null) => void
  /** A row to bring into view from outside (an annotation chosen in the panel). */
  readonly reveal?: Jump | null
  /** Controls shown above the grid (the review's edit bar). */
  readonly tools?: React.ReactNode
}

/** A request to bring a row into view and flash it; the nonce lets the same row flash again. */
export interface Jump {
  readonly row: number
  readonly nonce: number
}

/**
 * The pair as a bilingual grid, one row per alignment link (as in a CAT tool), under a panel of what the check
 * found and a find bar. j / k (or the arrows in the panel) move from finding to finding, Ctrl+F finds text and
 * Ctrl+G goes to a row, in rows rendered or not.
 */
export function AlignedView({ ko, en, comparison, onActiveFinding, reveal, tools }: Props) {
  const { rows, rowOfFinding, findingOrder } = useMemo(() => alignedRows(comparison), [comparison])
  const [active, setActive] = useState<number | null>(null)
  const [filter, setFilter] = useState<FindingFilter>(noFindingFilter)
  const { settings, update } = useReaderSettingsContext()
  const setListHeight = useCallback((findingsListHeight: number) => update({ findingsListHeight }), [update])
  const [jump, setJump] = useState<Jump | null>(null)
  const [visible, setVisible] = useState<{ readonly start: number; readonly end: number } | null>(null)
  const [query, setQuery] = useState('')
  const [match, setMatch] = useState(-1)
  const grid = useRef<AlignedGridHandle>(null)
  const findInput = useRef<HTMLInputElement>(null)
  const rowInput = useRef<HTMLInputElement>(null)

  // A reload brings a new comparison whose finding indices may differ: forget the selection.
  const [shown, setShown] = useState(comparison)
  if (shown !== comparison) {
    setShown(comparison)
    setActive(null)
  }

  const showRow = useCallback((row: number) => setJump((previous) => ({ row, nonce: (previous?.nonce ?? 0) + 1 })), [])

  const select = useCallback(
    (finding: number) => {
      setActive(finding)
      showRow(rowOfFinding[finding])
    },
    [rowOfFinding, showRow],
  )

  const shownFindings = useMemo(() => filterFindings(findingOrder, comparison.findings, filter), [findingOrder, comparison, filter])
  const stepFindings = useCallback(
    (step: 1 | -1) => {
      const next = stepFinding(shownFindings, rowOfFinding, active, step)
      if (next !== null) select(next)
    },
    [shownFindings, rowOfFinding, active, select],
  )

  // Layout, not passive: a verdict key pressed right after choosing a finding must find it chosen.
  useLayoutEffect(() => onActiveFinding?.(active), [active, onActiveFinding])
  useEffect(() => {
    if (reveal) showRow(reveal.row)
  }, [reveal, showRow])

  // After the render that marks the row active, so React's className update cannot wipe the flash class.
  useEffect(() => {
    if (jump) grid.current?.showRow(jump.row)
  }, [jump])

  // Searching 5,000 rows takes a few milliseconds: deferred, so typing never waits on it.
  const deferredQuery = useDeferredValue(query)
  const matches = useMemo(() => findInRows(rows, deferredQuery), [rows, deferredQuery])
  const findRow = match >= 0 && match < matches.length ? matches[match] : null

  const onQuery = useCallback((next: string) => {
    setQuery(next)
    setMatch(-1)
  }, [])

  const stepFind = useCallback(
    (step: 1 | -1) => {
      const next = stepMatch(matches.length, match, step)
      setMatch(next)
      if (next >= 0) showRow(matches[next])
    },
    [matches, match, showRow],
  )

  const closeFind = useCallback(() => {
    setQuery('')
    setMatch(-1)
    grid.current?.focus()
  }, [])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey) return
      const mod = event.ctrlKey || event.metaKey
      if (mod && (event.key === 'f' || event.key === 'F')) {
        event.preventDefault()
        findInput.current?.focus()
        findInput.current?.select()
        return
      }
      if (mod && (event.key === 'g' || event.key === 'G')) {
        event.preventDefault()
        rowInput.current?.focus()
        rowInput.current?.select()
        return
      }
      if (event.key === 'F8' && !mod) {
        event.preventDefault()
        stepFindings(event.shiftKey ? -1 : 1)
        return
      }
      if (mod || (event.key !== 'j' && event.key !== 'k')) return
      if (isTypingTarget(event.target)) return
      event.preventDefault()
      stepFindings(event.key === 'j' ? 1 : -1)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [stepFindings])

  const uncertain = useMemo(() => comparison.links.filter((l) => l.lowConfidence).length, [comparison])
  const summary =
    `${rows.length} rows · ${comparison.ko.length} KO / ${comparison.en.length} EN sentences` +
    (uncertain > 0 ? ` · ${uncertain} uncertain` : '')

  return (
    <div className="aligned-view">
      <FindingsPanel
        findings={comparison.findings}
        order={findingOrder}
        shown={shownFindings}
        rowOfFinding={rowOfFinding}
        active={active}
        onSelect={select}
        onStep={stepFindings}
        filter={filter}
        onFilter={setFilter}
        listHeight={settings.findingsListHeight}
        onListHeight={setListHeight}
        summary={summary}
      />
      <FindBar
        query={query}
        onQuery={onQuery}
        matchCount={matches.length}
        currentMatch={findRow === null ? -1 : match}
        onStep={stepFind}
        onClose={closeFind}
        rowCount={rows.length}
        onGoToRow={(n) => showRow(n - 1)}
        findRef={findInput}
        rowRef={rowInput}
      />
      {tools}
      <div className="aligned-body">
        <AlignedGrid
          ref={grid}
          onVisibleRange={setVisible}
          rows={rows}
          comparison={comparison}
          active={active}
          rowOfFinding={rowOfFinding}
          findQuery={deferredQuery}
          findRow={findRow}
          fontScale={settings.fontScale}
          header={
            <div className="aligned-titles">
              <div className="aligned-title-cell" lang="ko">
                <ArticleHeading article={ko} />
              </div>
              <div className="aligned-title-cell" lang="en">
                <ArticleHeading article={en} />
              </div>
            </div>
          }
        />
        <PairOverview
          comparison={comparison}
          rowCount={rows.length}
          rowOfFinding={rowOfFinding}
          shown={shownFindings}
          active={active}
          visible={visible}
          onFinding={select}
          onRow={showRow}
        />
      </div>
    </div>
  )
}
