import { useId, useState } from 'react'
import type { Finding, FindingKind } from '../../../shared/models/finding'
import { findingKindPlural, findingKinds } from '../lib/aligned-rows'
import { maxFindingsListHeight, minFindingsListHeight } from '../../../shared/models/reader-settings'
import { countByKind, type FindingFilter } from '../lib/finding-filter'
import { useReviewMarks } from '../lib/review-context'
import { FindingsList, findingItemHeight } from './FindingsList'
import { PanelResizer } from './PanelResizer'
import './FindingsPanel.css'

interface Props {
  readonly findings: readonly Finding[]
  /** All findings with a row, in reading order. */
  readonly order: readonly number[]
  /** Those the filter lets through, in reading order. */
  readonly shown: readonly number[]
  readonly rowOfFinding: readonly number[]
  readonly active: number | null
  readonly onSelect: (finding: number) => void
  /** Previous / next finding among those shown (F8 / Shift+F8, j / k). */
  readonly onStep: (step: 1 | -1) => void
  readonly filter: FindingFilter
  readonly onFilter: (filter: FindingFilter) => void
  /** Height of the list in px; the splitter under the panel changes it. */
  readonly listHeight: number
  readonly onListHeight: (height: number) => void
  /** A one-line summary of the alignment, shown at the right of the bar. */
  readonly summary: string
}

/**
 * What the check found: counts per kind that filter when clicked, a confidence threshold, the position of the
 * current finding and previous / next, over a virtualised list whose height the splitter below sets.
 */
export function FindingsPanel(props: Props) {
  const { findings, order, shown, rowOfFinding, active, onSelect, onStep, filter, onFilter, listHeight, onListHeight, summary } = props
  const [open, setOpen] = useState(true)
  const listId = useId()
  const thresholdId = useId()
  const counts = countByKind(order, findings)
  const position = active === null ? -1 : shown.indexOf(active)
  const review = useReviewMarks()
  const reviewed = reviewCounts(findings.length, review.verdictAt)

  function toggleKind(kind: FindingKind) {
    const hidden = filter.hiddenKinds.includes(kind) ? filter.hiddenKinds.filter((k) => k !== kind) : [...filter.hiddenKinds, kind]
    onFilter({ ...filter, hiddenKinds: hidden })
  }

  return (
    <section className="findings" aria-label="Findings">
      <div className="findings-bar">
        <button type="button" className="findings-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span className="findings-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Findings
          <span className="findings-total">{findings.length}</span>
        </button>
        {findings.length > 0 && (
          <span className="findings-review" aria-label="Review">
            {reviewed.confirmed} confirmed · {reviewed.falseAlarms} false alarm{reviewed.falseAlarms === 1 ? '' : 's'} · {reviewed.open} to review
          </span>
        )}
        <div className="findings-counts" role="group" aria-label="Show findings of kind">
          {findingKinds.map((kind) => {
            const count = counts[kind]
            const on = !filter.hiddenKinds.includes(kind)
            return (
              <button
                key={kind}
                type="button"
                className={`count-chip kind-${kind}${count === 0 ? ' is-zero' : ''}${on ? '' : ' is-off'}`}
                aria-pressed={on}
                title={on ? 'Click to hide these findings' : 'Click to show these findings'}
                onClick={() => toggleKind(kind)}
              >
                <span className="count-dot" aria-hidden="true" />
                {count} {findingKindPlural[kind][count === 1 ? 0 : 1]}
              </button>
            )
          })}
        </div>
        <label className="findings-threshold" htmlFor={thresholdId} title="Hide findings the check is less sure of">
          <span>Confidence ≥ {Math.round(filter.minConfidence * 100)}%</span>
          <input
            id={thresholdId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(filter.minConfidence * 100)}
            onChange={(e) => onFilter({ ...filter, minConfidence: Number(e.target.value) / 100 })}
          />
        </label>
        <div className="findings-nav">
          <button type="button" className="button button-small" disabled={shown.length === 0} onClick={() => onStep(-1)} title="Previous finding (Shift+F8 or k)">
            ‹ Previous
          </button>
          <span className="findings-position" aria-live="polite">
            {shown.length === 0 ? 'none shown' : `${position >= 0 ? position + 1 : '–'} of ${shown.length}`}
          </span>
          <button type="button" className="button button-small" disabled={shown.length === 0} onClick={() => onStep(1)} title="Next finding (F8 or j)">
            Next ›
          </button>
        </div>
        <span className="findings-summary">{summary}</span>
      </div>
      {open &&
        (order.length === 0 ? (
          <p id={listId} className="findings-empty">
            No findings: the figures match and every sentence has a counterpart.
          </p>
        ) : shown.length === 0 ? (
          <p id={listId} className="findings-empty">
            The filter hides all {order.length} findings.
          </p>
        ) : (
          <>
            {/* No taller than its entries: a pair with two findings leaves the rest of the height to the grid. */}
            <div style={{ height: Math.min(listHeight, shown.length * findingItemHeight + 2) }} className="findings-sized">
              <FindingsList id={listId} findings={findings} order={shown} rowOfFinding={rowOfFinding} active={active} onSelect={onSelect} onStep={onStep} />
            </div>
            <PanelResizer label="Resize the findings list" value={listHeight} min={minFindingsListHeight} max={maxFindingsListHeight} onChange={onListHeight} />
          </>
        ))}
    </section>
  )
}

/** How many findings have each verdict, and how many none yet. */
function reviewCounts(count: number, verdictAt: (finding: number) => string | null) {
  let confirmed = 0
  let falseAlarms = 0
  for (let i = 0; i < count; i++) {
    const verdict = verdictAt(i)
    if (verdict === 'confirmed') confirmed++
    else if (verdict === 'false-alarm') falseAlarms++
  }
  return { confirmed, falseAlarms, open: count - confirmed - falseAlarms }
}
