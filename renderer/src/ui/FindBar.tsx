import { useState, type KeyboardEvent, type Ref } from 'react'
import { maxFindQueryLength } from '../lib/find-in-rows'
import './FindBar.css'

interface Props {
  readonly query: string
  readonly onQuery: (query: string) => void
  readonly matchCount: number
  /** Index into the matches of the one shown, or -1. */
  readonly currentMatch: number
  readonly onStep: (step: 1 | -1) => void
  /** Closes the search (Escape): the caller clears the query and gives focus back to the grid. */
  readonly onClose: () => void
  readonly rowCount: number
  /** Row numbers as the grid shows them (from 1). */
  readonly onGoToRow: (row: number) => void
  readonly findRef: Ref<HTMLInputElement>
  readonly rowRef: Ref<HTMLInputElement>
}

/**
 * Find in pair (Ctrl+F) and go to row (Ctrl+G) above the aligned grid. Both work on the rows' data, so they
 * reach rows the virtualised grid has not rendered (the browser's own find cannot).
 */
export function FindBar({ query, onQuery, matchCount, currentMatch, onStep, onClose, rowCount, onGoToRow, findRef, rowRef }: Props) {
  const [rowText, setRowText] = useState('')
  const rowNumber = Number(rowText)
  const rowValid = Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= rowCount

  function onFindKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault()
      onStep(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    }
  }

  function onRowKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && rowValid) {
      event.preventDefault()
      onGoToRow(rowNumber)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setRowText('')
      onClose()
    }
  }

  const status = query.trim() === '' ? '' : matchCount === 0 ? 'No rows match' : `${currentMatch + 1} of ${matchCount} rows`
  return (
    <div className="find-bar" role="search" aria-label="Find in pair">
      <label className="find-field">
        <span className="find-label">Find</span>
        <input
          ref={findRef}
          type="search"
          value={query}
          maxLength={maxFindQueryLength}
          placeholder="Korean or English text (Ctrl+F)"
          aria-describedby="find-status"
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={onFindKey}
        />
      </label>
      <span id="find-status" className="find-status" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="button button-small" disabled={matchCount === 0} onClick={() => onStep(-1)} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" className="button button-small" disabled={matchCount === 0} onClick={() => onStep(1)} aria-label="Next match" title="Next match (Enter)">
        ↓
      </button>
      <label className="find-field find-row">
        <span className="find-label">Row</span>
        <input
          ref={rowRef}
          type="number"
          min={1}
          max={rowCount}
          value={rowText}
          placeholder={`1–${rowCount}`}
          title="Go to row (Ctrl+G), then Enter"
          aria-invalid={rowText !== '' && !rowValid}
          onChange={(e) => setRowText(e.target.value)}
          onKeyDown={onRowKey}
        />
      </label>
      <button type="button" className="button button-small" disabled={!rowValid} onClick={() => onGoToRow(rowNumber)}>
        Go
      </button>
    </div>
  )
}
