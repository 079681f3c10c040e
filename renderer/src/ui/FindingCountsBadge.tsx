import { findingKindPlural, findingKinds } from '../lib/aligned-rows'
import { totalFindings, type FindingCounts } from '../lib/finding-counts'

/** A compared pair's findings by kind, compact ("2 fig · 1 om"), with the full words for screen readers. */
export function FindingCountsBadge({ counts }: { readonly counts: FindingCounts }) {
  if (totalFindings(counts) === 0) {
    return (
      <span className="finding-counts-badge">
        <span className="is-clean">No findings</span>
      </span>
    )
  }
  const short = { 'figure-mismatch': 'fig', omission: 'om', addition: 'add' } as const
  const reviewed = counts.reviewed
  const open = reviewed ? totalFindings(counts) - reviewed.confirmed - reviewed.falseAlarms : null
  return (
    <span className="finding-counts-badge">
      {findingKinds
        .filter((k) => counts[k] > 0)
        .map((k) => (
          <span key={k} className={`kind-${k}`} title={`${counts[k]} ${findingKindPlural[k][counts[k] === 1 ? 0 : 1]}`}>
            <span aria-hidden="true">
              {counts[k]} {short[k]}
            </span>
            <span className="sr-only">
              {counts[k]} {findingKindPlural[k][counts[k] === 1 ? 0 : 1]}
            </span>
          </span>
        ))}
      {reviewed && open !== null && (
        <span className="finding-review-count" title={`${reviewed.confirmed} confirmed, ${reviewed.falseAlarms} false alarms, ${Math.max(0, open)} to review`}>
          {open > 0 ? `${open} to review` : 'reviewed'}
        </span>
      )}
    </span>
  )
}
