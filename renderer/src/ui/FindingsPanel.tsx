import { useId, useState, type KeyboardEvent } from 'react'
import type { Finding } from '../../../shared/models/finding'
import { findingKindLabel, findingKindPlural, findingKinds } from '../lib/aligned-rows'
import { formatConfidence } from '../lib/format'

interface Props {
  readonly findings: readonly Finding[]
  /** Finding indices in reading order. */
  readonly order: readonly number[]
  readonly rowOfFinding: readonly number[]
  readonly active: number | null
  readonly onSelect: (finding: number) => void
  /** A one-line summary of the alignment, shown at the right of the bar. */
  readonly summary: string
}

/** What the check found, counted per kind; each entry jumps to its row. */
export function FindingsPanel({ findings, order, rowOfFinding, active, onSelect, summary }: Props) {
  const [open, setOpen] = useState(true)
  const listId = useId()
  const counts = findingKinds.map((kind) => ({ kind, count: findings.filter((f) => f.kind === kind).length }))

  // Up and down move through the list, selecting as they go (as j and k do anywhere in the view).
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = buttons[event.key === 'ArrowDown' ? Math.min(buttons.length - 1, index + 1) : Math.max(0, index - 1)]
    event.preventDefault()
    next?.focus()
    next?.click()
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
        <ul className="findings-counts" aria-label="Findings per kind">
          {counts.map(({ kind, count }) => (
            <li key={kind} className={`count-chip kind-${kind}${count === 0 ? ' is-zero' : ''}`}>
              <span className="count-dot" aria-hidden="true" />
              {count} {findingKindPlural[kind][count === 1 ? 0 : 1]}
            </li>
          ))}
        </ul>
        <span className="findings-summary">{summary}</span>
      </div>
      {open && (
        <div id={listId} className="findings-body">
          {order.length === 0 ? (
            <p className="findings-empty">No findings: the figures match and every sentence has a counterpart.</p>
          ) : (
            <ol className="findings-list" onKeyDown={onKeyDown}>
              {order.map((i) => {
                const f = findings[i]
                return (
                  <li key={i}>
                    <button
                      type="button"
                      className={`finding-item${i === active ? ' is-active' : ''}`}
                      aria-current={i === active ? 'true' : undefined}
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
                      <span className="finding-confidence" title="Confidence">
                        {formatConfidence(f.confidence)}
                      </span>
                    </button>
                  </li>
                )
              })}
            </ol>
          )}
        </div>
      )}
    </section>
  )
}
