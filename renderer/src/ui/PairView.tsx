import type { Article } from '../../../shared/models/article'
import type { ArticlePair } from '../../../shared/models/pair'
import { describePair } from '../lib/format'
import { ArticleColumn } from './ArticleColumn'

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
  return (
    <>
      <div className="pair-header">
        <div className="pair-summary">
          <span className={`kind-badge kind-${pair.kind}`}>{pair.kind === 'full' ? 'Full translation' : 'Partial translation'}</span>
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
      {/* Each side scrolls on its own: a partial pair shows the covered digest item beside the English top. */}
      <div className="pair-columns">
        <div className="scroll-pane">{ko ? <ArticleColumn article={ko} highlightItem={pair.koDigestItem} /> : <MissingArticle />}</div>
        <div className="scroll-pane">{en ? <ArticleColumn article={en} /> : <MissingArticle />}</div>
      </div>
    </>
  )
}

function MissingArticle() {
  return <div className="article-column article-missing">This article is no longer in the library.</div>
}
