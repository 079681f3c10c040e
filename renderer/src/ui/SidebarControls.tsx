import type { LibrarySort, LibraryViewOptions } from '../lib/library-view'
import './SidebarControls.css'

interface Props {
  readonly options: LibraryViewOptions
  readonly onChange: (options: LibraryViewOptions) => void
  /** Pairs compared so far, of all full pairs. */
  readonly compared: number
  readonly comparable: number
  /** Non-null while every pair is being checked: how many are done. */
  readonly checking: number | null
  readonly onCheckAll: () => void
  readonly shownCount: number
}

/** Search over titles, sort, "only pairs with findings", and a check of every pair so the counts are complete. */
export function SidebarControls({ options, onChange, compared, comparable, checking, onCheckAll, shownCount }: Props) {
  return (
    <div className="sidebar-controls">
      <input
        type="search"
        className="sidebar-search"
        aria-label="Search titles"
        placeholder="Search titles"
        value={options.query}
        maxLength={200}
        onChange={(e) => onChange({ ...options, query: e.target.value })}
      />
      <div className="sidebar-control-row">
        <select aria-label="Sort articles" value={options.sort} onChange={(e) => onChange({ ...options, sort: e.target.value as LibrarySort })}>
          <option value="page">By page</option>
          <option value="newest">Newest first</option>
          <option value="findings">Most findings</option>
        </select>
        <label className="sidebar-check">
          <input type="checkbox" checked={options.onlyWithFindings} onChange={(e) => onChange({ ...options, onlyWithFindings: e.target.checked })} />
          With findings
        </label>
      </div>
      <div className="sidebar-control-row sidebar-status">
        <span role="status">
          {shownCount} shown · {compared} of {comparable} pairs checked
        </span>
        {compared < comparable && (
          <button type="button" className="button button-small" disabled={checking !== null} onClick={onCheckAll} title="Compare every full pair, so the finding counts, the filter and the sort know them all">
            {checking === null ? 'Check all' : `Checking ${checking}…`}
          </button>
        )}
      </div>
    </div>
  )
}
