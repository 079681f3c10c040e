import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef } from 'react'
import type { Comparison, ComparisonFinding } from '../../../shared/models/comparison'
import { versionChanges, versionRows } from '../../../shared/lib/versions/version-changes'
import { findingKindLabel } from '../lib/aligned-rows'
import { wordDiff } from '../lib/word-diff'
import './VersionsView.css'

interface Props {
  readonly first: Comparison
  readonly second: Comparison
  readonly onClose: () => void
}

/** Rows rendered beyond the viewport; a row's first height guess (measured afterwards). */
const overscanRows = 6
const estimatedRowHeight = 90

/**
 * Two English versions against the same Korean: a summary of the findings the second version fixed and
 * introduced, then one row per link of the first alignment with the Korean and a word-level diff of the first
 * English (struck out where the second dropped words) into the second (underlined where it added them).
 */
export function VersionsView({ first, second, onClose }: Props) {
  const changes = useMemo(() => versionChanges(first, second), [first, second])
  const rows = useMemo(() => versionRows(first, second), [first, second])
  const pane = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => pane.current, estimateSize: () => estimatedRowHeight, overscan: overscanRows })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0
  const text = (c: Comparison, side: 'ko' | 'en', list: readonly number[]) => list.map((i) => c[side][i]?.text ?? '').join(' ')
  const changedRows = useMemo(() => rows.filter((r) => text(first, 'en', r.first) !== text(second, 'en', r.second)).length, [rows, first, second])

  return (
    <div className="versions-view">
      <section className="versions-summary" aria-label="What the second version changed">
        <div className="versions-summary-head">
          <strong>Second English version</strong>
          <span>
            {first.findings.length} findings in the first, {second.findings.length} in the second · {changedRows} of {rows.length} rows changed
          </span>
          <button type="button" className="button button-small" onClick={onClose}>
            Back to the pair
          </button>
        </div>
        <div className="versions-lists">
          <FindingList title={`Fixed (${changes.fixed.length})`} kind="fixed" findings={changes.fixed} empty="None of the first version's findings is gone." />
          <FindingList title={`Introduced (${changes.introduced.length})`} kind="introduced" findings={changes.introduced} empty="The second version raises no new finding." />
        </div>
      </section>
      <div ref={pane} className="scroll-pane versions-scroll" tabIndex={0} aria-label="The two English versions, row by row">
        <div role="table" className="versions-grid" aria-label="Two English versions" aria-rowcount={rows.length + 1}>
          <div role="row" className="versions-row versions-head" aria-rowindex={1}>
            <div role="columnheader">#</div>
            <div role="columnheader">Korean</div>
            <div role="columnheader">First English → second</div>
          </div>
          <div role="rowgroup" style={{ paddingTop: before, paddingBottom: after }}>
            {items.map((item) => {
              const row = rows[item.index]
              const a = text(first, 'en', row.first)
              const b = text(second, 'en', row.second)
              return (
                <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} role="row" aria-rowindex={item.index + 2} className={`versions-row${a === b ? '' : ' is-changed'}`}>
                  <div role="rowheader" className="versions-number">
                    {row.index + 1}
                  </div>
                  <div role="cell" lang="ko">
                    {text(first, 'ko', row.ko) || <em className="versions-none">Not in the Korean</em>}
                  </div>
                  <div role="cell" lang="en" className="versions-diff">
                    {a === b ? a || <em className="versions-none">Not in either English</em> : <Diff before={a} after={b} />}
                  </div>
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </div>
  )
}

function Diff({ before, after }: { readonly before: string; readonly after: string }) {
  return (
    <>
      {wordDiff(before, after).map((piece, i) =>
        piece.kind === 'same' ? (
          <span key={i}>{piece.text}</span>
        ) : piece.kind === 'removed' ? (
          <del key={i} aria-label={`removed: ${piece.text}`}>
            {piece.text}
          </del>
        ) : (
          <ins key={i} aria-label={`added: ${piece.text}`}>
            {piece.text}
          </ins>
        ),
      )}
    </>
  )
}

function FindingList({ title, kind, findings, empty }: { readonly title: string; readonly kind: 'fixed' | 'introduced'; readonly findings: readonly ComparisonFinding[]; readonly empty: string }) {
  return (
    <div className={`versions-list versions-${kind}`}>
      <h3>{title}</h3>
      {findings.length === 0 ? (
        <p className="versions-none">{empty}</p>
      ) : (
        <ul>
          {findings.slice(0, 200).map((f) => (
            <li key={f.id}>
              <span className={`finding-kind kind-${f.kind}`}>{findingKindLabel[f.kind]}</span> {f.message}
            </li>
          ))}
          {findings.length > 200 && <li>… and {findings.length - 200} more</li>}
        </ul>
      )}
    </div>
  )
}
