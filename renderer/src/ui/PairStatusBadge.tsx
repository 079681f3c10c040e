import type { ArticlePair } from '../../../shared/models/pair'
import type { PairStatus } from '../../../shared/lib/library/pair-status'
import { formatConfidence } from '../lib/format'

interface Props {
  readonly status: PairStatus
  /** The article's best pair, for its confidence. */
  readonly best: ArticlePair | undefined
}

const label: Record<PairStatus, string> = { full: 'Paired', partial: 'Partial', unpaired: 'Unpaired' }

export function PairStatusBadge({ status, best }: Props) {
  const detail = best ? (best.origin === 'manual' ? 'manual' : formatConfidence(best.confidence)) : null
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {label[status]}
      {detail && <span className="status-detail">{detail}</span>}
    </span>
  )
}
