import type { Article } from '../../../shared/models/article'
import type { ArticlePair } from '../../../shared/models/pair'
import { describePair } from '../lib/format'
import { ArticleColumn, type Highlight } from './ArticleColumn'
import { PairStatusBadge } from './PairStatusBadge'

interface Props {
  readonly pair: ArticlePair
  readonly ko: Article | undefined
  readonly en: Article | undefined
  readonly busy: boolean
  readonly onUnpair: () => void
  /** Pair the selected article with a different one. */
  readonly onRepair: () => void
}

/**
 * A Korean article and its English version side by side, Korean on the left.
 * Paragraph level for now; sentence alignment will extend this view.
 */
export function PairView({ pair, ko, en, busy, onUnpair, onRepair }: Props) {
  const item = pair.koDigestItem !== undefined ? ko?.digestItems?.[pair.koDigestItem] : undefined
  const highlight: Highlight | undefined = item ? { paragraph: item.paragraph, start: item.span.start, end: item.span.end } : undefined
  return (
    <>
      <div className="pair-header">
        <div className="pair-summary">
          <PairStatusBadge status={pair.kind} best={pair} />
          <span className="pair-hint">{describePair(pair)}</span>
        </div>
        <div className="pair-actions">
          <button type="button" className="button" disabled={busy} onClick={onRepair}>
            Pair with another…
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={onUnpair}>
            Unpair
          </button>
        </div>
      </div>
      <div className="reader-scroll">
        <div className="pair-columns">
          {ko ? <ArticleColumn article={ko} highlight={highlight} /> : <MissingArticle />}
          {en ? <ArticleColumn article={en} /> : <MissingArticle />}
        </div>
      </div>
    </>
  )
}

function MissingArticle() {
  return <div className="article-column article-missing">This article is no longer in the library.</div>
}
