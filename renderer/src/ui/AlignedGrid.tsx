import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import type { Comparison } from '../../../shared/models/comparison'
import type { AlignedRow as Row } from '../lib/aligned-rows'
import { paintFindHighlights } from '../lib/find-highlights'
import { estimateRowHeight } from '../lib/row-height-estimate'
import { scrollIntoPane } from '../lib/scroll-into-pane'
import { AlignedRow } from './AlignedRow'
import { LanguageBadge } from './LanguageBadge'
import './AlignedGrid.css'

/** What the view can ask of the grid. */
export interface AlignedGridHandle {
  /** Brings row `row` into the middle of the pane (rendering it first if it is not) and flashes it. */
  showRow(row: number): void
  /** Gives the keyboard to the scroll pane. */
  focus(): void
}

interface Props {
  readonly ref: Ref<AlignedGridHandle>
  readonly rows: readonly Row[]
  readonly comparison: Comparison
  /** The finding under review, or null. */
  readonly active: number | null
  readonly rowOfFinding: readonly number[]
  readonly findQuery: string
  /** The row of the find match being shown, or null. */
  readonly findRow: number | null
  /** Font size as a multiple of the default, for the first guess at row heights. */
  readonly fontScale?: number
  /** Told the rows in view (first and last index) whenever they change, for the overview's viewport marker. */
  readonly onVisibleRange?: (range: { readonly start: number; readonly end: number }) => void
  /** Shown inside the scroll pane above the grid (the two titles). */
  readonly header?: ReactNode
}

/**
 * Up to this many rows are all rendered (a news article: no virtualisation cost, and the browser's own find
 * sees every row); longer pairs render only the rows near the viewport. 300 rows of the seed pairs' length
 * mount in about 60 ms in Chromium on the 2-core build machine.
 */
const renderAllUpTo = 300
/** Rows rendered beyond each edge of the viewport in a long pair: enough for a fast wheel flick. */
const overscanRows = 6

/**
 * The aligned rows of a pair, virtualised with @tanstack/react-virtual: rows stay in normal flow between two
 * spacers, so the grid's CSS is the same whether a row is the first or the 5,000th. Heights are guessed from
 * text length, then measured.
 */
export function AlignedGrid({ ref, rows, comparison, active, rowOfFinding, findQuery, findRow, fontScale = 1, onVisibleRange, header }: Props) {
  // The grid owns its scroll pane: a ref from a parent would be attached only after this component's layout
  // effects ran, too late for the virtualiser to find its scroll element.
  const pane = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const rowEls = useRef(new Map<number, HTMLDivElement>())
  const [margin, setMargin] = useState(0)
  const [columnWidth, setColumnWidth] = useState(560)

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => pane.current,
    estimateSize: (i) => estimateRowHeight(rows[i], columnWidth, fontScale),
    overscan: rows.length <= renderAllUpTo ? rows.length : overscanRows,
    scrollMargin: margin,
  })

  // Where the rows start inside the pane (below the titles and the column header), and a column's width.
  useLayoutEffect(() => {
    const el = body.current
    const scroller = pane.current
    if (!el || !scroller) return
    const measure = () => {
      setMargin(el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop)
      setColumnWidth((el.clientWidth - 52) / 2)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(scroller)
    if (el.previousElementSibling) observer.observe(el.previousElementSibling)
    return () => observer.disconnect()
  }, [])

  const register = useCallback(
    (index: number, el: HTMLDivElement | null) => {
      if (el) {
        rowEls.current.set(index, el)
        virtualizer.measureElement(el)
      } else {
        rowEls.current.delete(index)
      }
    },
    [virtualizer],
  )

  const flashWhenRendered = useRef<number | null>(null)
  useImperativeHandle(
    ref,
    () => ({
      showRow(row) {
        const el = rowEls.current.get(row)
        if (el && isNearView(el, pane.current)) {
          scrollIntoPane(el, 'smooth')
          flash(el)
          return
        }
        // Far away or not rendered: jump there (a smooth scroll over thousands of guessed heights would
        // miss), then flash once the virtualiser has rendered and measured it.
        virtualizer.scrollToIndex(row, { align: 'center' })
        flashWhenRendered.current = row
        let frames = 0
        const tick = () => {
          const target = rowEls.current.get(row)
          if (target && flashWhenRendered.current === row) {
            flashWhenRendered.current = null
            scrollIntoPane(target)
            flash(target)
          } else if (frames++ < 30 && flashWhenRendered.current === row) {
            requestAnimationFrame(tick)
          }
        }
        requestAnimationFrame(tick)
      },
      focus() {
        pane.current?.focus()
      },
    }),
    [virtualizer],
  )

  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const before = first ? first.start - margin : 0
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0

  const visibleStart = virtualizer.range?.startIndex ?? 0
  const visibleEnd = virtualizer.range?.endIndex ?? 0
  useEffect(() => {
    onVisibleRange?.({ start: visibleStart, end: visibleEnd })
  }, [visibleStart, visibleEnd, onVisibleRange])

  // Paint find matches in the rows now in the DOM, again whenever that set changes.
  const rendered = items.map((i) => i.index).join(',')
  useEffect(() => {
    paintFindHighlights(body.current, findQuery, findRow)
  }, [findQuery, findRow, rendered])
  useEffect(() => () => paintFindHighlights(null, '', null), [])

  return (
    <div ref={pane} className="scroll-pane aligned-scroll" tabIndex={0} aria-label="Aligned sentences, scrollable">
      {header}
      <div role="table" className="aligned-grid" aria-label="Aligned sentences" aria-rowcount={rows.length + 1}>
        <div role="rowgroup" className="aligned-head">
          <div role="row" className="aligned-head-row" aria-rowindex={1}>
            <div role="columnheader" className="aligned-gutter">
              #
            </div>
            <div role="columnheader" className="aligned-head-cell">
              <LanguageBadge lang="ko" /> Korean <span className="head-count">{comparison.ko.length} sentences</span>
            </div>
            <div role="columnheader" className="aligned-head-cell">
              <LanguageBadge lang="en" /> English <span className="head-count">{comparison.en.length} sentences</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" ref={body} style={{ paddingTop: before, paddingBottom: after }}>
          {items.map((item) => {
            const row = rows[item.index]
            return (
              <AlignedRow
                key={item.key}
                row={row}
                findings={comparison.findings}
                activeFinding={active !== null && rowOfFinding[active] === row.index ? active : null}
                isFindMatch={findRow === row.index}
                register={register}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}

function flash(el: HTMLElement): void {
  el.classList.remove('is-flashing')
  void el.offsetWidth // restart the animation
  el.classList.add('is-flashing')
}

/** True when the element is within a screen of the pane's visible box (a smooth scroll can reach it). */
function isNearView(el: HTMLElement, pane: HTMLElement | null): boolean {
  if (!pane) return false
  const a = el.getBoundingClientRect()
  const b = pane.getBoundingClientRect()
  return a.bottom > b.top - b.height && a.top < b.bottom + b.height
}
