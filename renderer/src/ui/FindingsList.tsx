import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { Finding } from '../../../shared/models/finding'
import { findingKindLabel } from '../lib/aligned-rows'
import { formatConfidence } from '../lib/format'
import { useReviewMarks, verdictLabel } from '../lib/review-context'
import './ReviewMarks.css'

interface Props {
  readonly id: string
  readonly findings: readonly Finding[]
  /** The findings to list, in reading order. */
  readonly order: readonly number[]
  readonly rowOfFinding: readonly number[]
  readonly active: number | null
  readonly onSelect: (finding: number) => void
  /** Up / Down in the list: one step through `order`. */
  readonly onStep: (step: 1 | -1) => void
}

/** An entry's height in px (FindingsPanel.css sets the same): fixed, so thousands of findings virtualise cheaply. */
export const findingItemHeight = 32

/**
 * The findings as a virtualised list: a pair with 2,000 findings keeps a screenful of buttons in the DOM (all of
 * them at once was a 0.5 s task in Chromium on a kpc-dev pair of 5,000 sentences).
 */
export function FindingsList({ id, findings, order, rowOfFinding, active, onSelect, onStep }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => findingItemHeight,
    overscan: 8,
  })

  // Keep the selected finding in view; when the list has focus, the new entry takes it (Up / Down).
  const activeIndex = active === null ? -1 : order.indexOf(active)
  useEffect(() => {
    if (activeIndex < 0) return
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
    if (!scroller.current?.contains(document.activeElement)) return
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLButtonElement>(`[data-finding="${order[activeIndex]}"]`)?.focus())
  }, [activeIndex, order, virtualizer])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    onStep(event.key === 'ArrowDown' ? 1 : -1)
  }

  const marks = useReviewMarks()
  const items = virtualizer.getVirtualItems()
  return (
    <div id={id} ref={scroller} className="findings-body" onKeyDown={onKeyDown}>
      <ol className="findings-list" style={{ height: virtualizer.getTotalSize() }} aria-label="Findings shown">
        {items.map((item) => {
          const i = order[item.index]
          const f = findings[i]
          const verdict = marks.verdictAt(i)
          return (
            <li
              key={i}
              className="findings-entry"
              style={{ transform: `translateY(${item.start}px)` }}
              aria-posinset={item.index + 1}
              aria-setsize={order.length}
            >
              <button
                type="button"
                data-finding={i}
                className={`finding-item${i === active ? ' is-active' : ''}${verdict ? ` verdict-${verdict}` : ''}`}
                aria-current={i === active ? 'true' : undefined}
                tabIndex={i === active || (activeIndex < 0 && item.index === 0) ? 0 : -1}
                onClick={() => onSelect(i)}
              >
                <span className={`finding-kind kind-${f.kind}`}>{findingKindLabel[f.kind]}</span>
                <span className="finding-row">Row {rowOfFinding[i] + 1}</span>
                <span className="finding-message" title={f.message}>
                  {f.message}
                </span>
                {(f.koValue !== undefined || f.enValue !== undefined) && (
                  <span className="finding-values">
                    <span lang="ko">{f.koValue ?? '—'}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="sr-only"> in the English: </span>
                    <span>{f.enValue ?? '—'}</span>
                  </span>
                )}
                {verdict && <span className={`verdict-badge verdict-${verdict}`}>{verdictLabel[verdict]}</span>}
                <span className="finding-confidence" title="Confidence">
                  {formatConfidence(f.confidence)}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
