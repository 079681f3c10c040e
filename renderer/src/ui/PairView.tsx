import { useState } from 'react'
import type { Comparison } from '../../../shared/models/comparison'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'
import type { ArticlePair } from '../../../shared/models/pair'
import { describePair } from '../lib/format'
import { importedSourcesOf } from '../lib/page-removal'
import { ArticleColumn } from './ArticleColumn'
import { SyncedColumns } from './SyncedColumns'
import { ViewModeSwitch, type ViewMode } from './ViewModeSwitch'
import { useComparison, type Comparer } from '../lib/use-comparison'
import type { ReviewApi } from '../lib/use-review'
import { ReviewedPair } from './ReviewedPair'

/** What the pair view needs for the review: the API, and the app's ears for changes and reveals. */
export interface ReviewHooks {
  readonly api: ReviewApi
  readonly onChanged: () => void
  readonly reveal: { readonly annotationId: string; readonly nonce: number } | null
}
import { SecondVersionDialog } from './SecondVersionDialog'
import { VersionsView } from './VersionsView'

interface Props {
  readonly library: Library
  readonly pair: ArticlePair
  readonly ko: Article | undefined
  readonly en: Article | undefined
  readonly busy: boolean
  readonly viewMode: ViewMode
  readonly onViewMode: (mode: ViewMode) => void
  readonly comparer: Comparer
  readonly review: ReviewHooks
  readonly onUnpair: () => void
  /** Pair the selected article with a different one. */
  readonly onRepair: () => void
  /** Asks to remove imported pages (the pair's sides that were imported). */
  readonly onRemoveImported: (sources: string[]) => void
}

/**
 * A Korean article and its English version, Korean on the left: aligned sentence by sentence, or as two
 * columns of paragraphs. A partial pair (one digest item translated) has the paragraph view only, which puts
 * the covered item beside the English.
 */
export function PairView({ library, pair, ko, en, busy, viewMode, onViewMode, comparer, review, onUnpair, onRepair, onRemoveImported }: Props) {
  const canAlign = pair.kind === 'full' && ko !== undefined && en !== undefined
  const mode: ViewMode = canAlign ? viewMode : 'paragraphs'
  const [askVersion, setAskVersion] = useState(false)
  const imported = importedSourcesOf([ko, en])
  return (
    <>
      <div className="pair-header">
        <div className="pair-summary">
          <span className={`kind-badge kind-${pair.kind}`}>{pair.kind === 'full' ? 'Full translation' : 'Partial translation'}</span>
          <span className="pair-hint">{describePair(pair)}</span>
        </div>
        {canAlign && <ViewModeSwitch value={mode} onChange={onViewMode} />}
        <div className="pair-actions">
          {canAlign && mode === 'aligned' && (
            <button type="button" className="button" disabled={busy} onClick={() => setAskVersion(true)} title="Compare a second English text with the Korean, row by row">
              Compare another English…
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={onRepair}>
            Pair with another…
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={onUnpair}>
            Unpair
          </button>
          {imported.length > 0 && (
            <RemoveImportedButton count={imported.length} disabled={busy} onClick={() => onRemoveImported(imported)} />
          )}
        </div>
      </div>
      {mode === 'aligned' && ko && en ? (
        <AlignedPair
          key={`${ko.id}|${en.id}`}
          library={library}
          ko={ko}
          en={en}
          comparer={comparer}
          review={review}
          askVersion={askVersion}
          onVersionAsked={() => setAskVersion(false)}
        />
      ) : canAlign && ko && en ? (
        <SyncedColumns key={`${ko.id}|${en.id}`} library={library} ko={ko} en={en} comparer={comparer} />
      ) : (
        // Each side scrolls on its own: a partial pair shows the covered digest item beside the English top.
        <div className="pair-columns">
          <div className="scroll-pane" tabIndex={0} aria-label="Korean article, scrollable">
            {ko ? <ArticleColumn article={ko} highlightItem={pair.koDigestItem} /> : <MissingArticle />}
          </div>
          <div className="scroll-pane" tabIndex={0} aria-label="English article, scrollable">
            {en ? <ArticleColumn article={en} /> : <MissingArticle />}
          </div>
        </div>
      )}
    </>
  )
}

interface AlignedPairProps {
  readonly library: Library
  readonly ko: Article
  readonly en: Article
  readonly comparer: Comparer
  readonly review: ReviewHooks
  /** True while the user is asked for a second English version. */
  readonly askVersion: boolean
  readonly onVersionAsked: () => void
}

function AlignedPair({ library, ko, en, comparer, review, askVersion, onVersionAsked }: AlignedPairProps) {
  const state = useComparison(comparer, ko.id, en.id, library)
  const [second, setSecond] = useState<Comparison | null>(null)
  const [versionState, setVersionState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })
  const dialog = askVersion && (
    <SecondVersionDialog
      busy={versionState.busy}
      error={versionState.error}
      onCancel={() => {
        setVersionState({ busy: false, error: null })
        onVersionAsked()
      }}
      onCompare={(text) => {
        setVersionState({ busy: true, error: null })
        comparer.compareVersion(ko.id, text).then(
          (comparison) => {
            setSecond(comparison)
            setVersionState({ busy: false, error: null })
            onVersionAsked()
          },
          (error: unknown) => setVersionState({ busy: false, error: error instanceof Error ? error.message : String(error) }),
        )
      }}
    />
  )
  if (state.status === 'ready' && second) {
    return (
      <>
        <VersionsView first={state.comparison} second={second} onClose={() => setSecond(null)} />
        {dialog}
      </>
    )
  }
  if (state.status === 'loading') {
    return (
      <div className="aligned-status" role="status">
        Aligning sentences…
      </div>
    )
  }
  if (state.status === 'error') {
    return (
      <div className="aligned-status aligned-error" role="alert">
        The articles could not be aligned: {state.message}
      </div>
    )
  }
  return (
    <>
      <ReviewedPair api={review.api} ko={ko} en={en} comparison={state.comparison} onChanged={review.onChanged} reveal={review.reveal} />
      {dialog}
    </>
  )
}

/** "Remove imported page…", for a pair or an article whose page was imported (a library folder's never is). */
export function RemoveImportedButton({ count, disabled, onClick }: { count: number; disabled: boolean; onClick: () => void }) {
  return (
    <button type="button" className="button button-danger" disabled={disabled} onClick={onClick} title="Take the imported page out of the library (Undo follows)">
      {count > 1 ? 'Remove imported pages…' : 'Remove imported page…'}
    </button>
  )
}

function MissingArticle() {
  return <div className="article-column article-missing">This article is no longer in the library.</div>
}
