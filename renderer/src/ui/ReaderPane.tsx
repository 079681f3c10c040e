import { useState } from 'react'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'
import { pairsOfArticle, partnerOf } from '../../../shared/lib/library/pair-status'
import { ArticleColumn } from './ArticleColumn'
import { PairView, RemoveImportedButton, type ReviewHooks } from './PairView'
import { importedSourcesOf } from '../lib/page-removal'
import type { ViewMode } from './ViewModeSwitch'
import type { Comparer } from '../lib/use-comparison'

interface Props {
  readonly library: Library
  readonly article: Article | null
  readonly busy: boolean
  readonly viewMode: ViewMode
  readonly onViewMode: (mode: ViewMode) => void
  readonly comparer: Comparer
  readonly review: ReviewHooks
  readonly onPairWith: (articleId: string) => void
  readonly onUnpair: (ko: string, en: string) => void
  readonly onRemoveImported: (sources: string[]) => void
}

/** The reading area: the selected article's pair side by side, or the article alone when it has none. */
export function ReaderPane({ library, article, busy, viewMode, onViewMode, comparer, review, onPairWith, onUnpair, onRemoveImported }: Props) {
  const [pairIndex, setPairIndex] = useState(0)
  if (!article) {
    return (
      <main className="reader reader-placeholder">
        <p>Select an article to read it beside its translation.</p>
      </main>
    )
  }
  const byId = new Map(library.articles.map((a) => [a.id, a]))
  const pairs = pairsOfArticle(article.id, library.pairs)
  const pair = pairs[Math.min(pairIndex, pairs.length - 1)]
  const canPair = article.lang === 'ko' || article.lang === 'en'
  const removed = library.unpairedByUser?.find((u) => u.ko === article.id || u.en === article.id)
  const imported = importedSourcesOf([article])
  const unpairedFrom = removed ? byId.get(removed.ko === article.id ? removed.en : removed.ko)?.title ?? 'its translation' : null

  if (!pair) {
    return (
      <main className="reader" aria-label="Reader">
        <div className="pair-header">
          <div className="pair-summary">
            <span className="status-badge status-unpaired">
              <span className="status-dot" aria-hidden="true" />
              {unpairedFrom ? 'Unpaired by you' : 'Not paired'}
            </span>
            <span className="pair-hint">
              {!canPair
                ? 'Only Korean and English articles can be paired.'
                : unpairedFrom
                  ? `You unpaired it from “${unpairedFrom}”; it will not be paired with that article again unless you pair them by hand.`
                  : 'No translation was found for this article.'}
            </span>
          </div>
          {(canPair || imported.length > 0) && (
            <div className="pair-actions">
              {canPair && (
                <button type="button" className="button button-primary" disabled={busy} onClick={() => onPairWith(article.id)}>
                  Pair with…
                </button>
              )}
              {imported.length > 0 && <RemoveImportedButton count={1} disabled={busy} onClick={() => onRemoveImported(imported)} />}
            </div>
          )}
        </div>
        <div className="scroll-pane" tabIndex={0} aria-label="Article, scrollable">
          <div className="single-column">
            <ArticleColumn article={article} />
          </div>
        </div>
      </main>
    )
  }

  return (
    <main className="reader" aria-label="Reader">
      {pairs.length > 1 && (
        <div className="pair-switcher" role="tablist" aria-label="Translations of this article">
          {pairs.map((p, i) => {
            const other = byId.get(partnerOf(article.id, p))
            return (
              <button
                key={`${p.ko}|${p.en}`}
                type="button"
                role="tab"
                aria-selected={p === pair}
                className={`pair-tab${p === pair ? ' is-selected' : ''}`}
                onClick={() => setPairIndex(i)}
              >
                {other?.title ?? partnerOf(article.id, p)}
              </button>
            )
          })}
        </div>
      )}
      <PairView
        library={library}
        pair={pair}
        ko={byId.get(pair.ko)}
        en={byId.get(pair.en)}
        busy={busy}
        viewMode={viewMode}
        onViewMode={onViewMode}
        comparer={comparer}
        review={review}
        onUnpair={() => onUnpair(pair.ko, pair.en)}
        onRepair={() => onPairWith(article.id)}
        onRemoveImported={onRemoveImported}
      />
    </main>
  )
}
