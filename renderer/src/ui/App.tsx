import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AppBridge } from '../../../shared/models/app-api'
import type { Library } from '../../../shared/models/library'
import { pairsOfArticle } from '../../../shared/lib/library/pair-status'
import type { ReaderCommand } from '../../../shared/models/app-event'
import { ReaderSettingsContext } from '../lib/reader-settings-context'
import { stepFontScale } from '../lib/text-size'
import { useAppearance } from '../lib/use-appearance'
import { countFindings, pairKey, type FindingCounts, type FindingCountsByPair } from '../lib/finding-counts'
import { useBackgroundTasks } from '../lib/use-background-tasks'
import { useCheckAllPairs } from '../lib/use-check-all-pairs'
import { useReaderSettings } from '../lib/use-reader-settings'
import { useReaderShortcuts } from '../lib/use-reader-shortcuts'
import type { Comparer } from '../lib/use-comparison'
import { EmptyState } from './EmptyState'
import { ErrorBanner } from './ErrorBanner'
import { LibrarySidebar } from './LibrarySidebar'
import { PairPicker } from './PairPicker'
import { ProgressIndicator } from './ProgressIndicator'
import { ProblemBanner } from './ProblemBanner'
import { ReaderControls } from './ReaderControls'
import { ReaderPane } from './ReaderPane'
import { ShortcutSheet } from './ShortcutSheet'
import { Toolbar } from './Toolbar'
import type { ViewMode } from './ViewModeSwitch'

interface Props {
  readonly api: AppBridge
}

/** The selected article lives in the URL hash, so a reload (or the menu's Reload Library) keeps it. */
function selectedFromHash(): string | null {
  const m = /^#article=(.+)$/.exec(window.location.hash)
  return m ? decodeURIComponent(m[1]) : null
}

export function App({ api }: Props) {
  const [library, setLibraryNow] = useState<Library | null>(null)
  // A library of thousands of articles renders in slices the browser can interrupt, never as one long task.
  const setLibrary = useCallback((next: Library) => startTransition(() => setLibraryNow(next)), [])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(selectedFromHash)
  const [pickerFor, setPickerFor] = useState<string | null>(null)
  // Kept here, not in the reader, so the reviewer's choice survives moving to another article.
  const [viewMode, setViewMode] = useState<ViewMode>('aligned')
  // Findings per pair compared this session, for the sidebar's counts, filter and sort.
  const [findingCounts, setFindingCounts] = useState<FindingCountsByPair>(new Map())
  const recordCounts = useCallback((entries: readonly (readonly [string, FindingCounts])[]) => {
    if (entries.length > 0) startTransition(() => setFindingCounts((previous) => new Map([...previous, ...entries])))
  }, [])
  const readerComparing = useRef(0)
  const readerBusy = useCallback(() => readerComparing.current > 0, [])
  const comparer = useMemo<Comparer>(
    () => ({
      compare: (ko, en) => {
        readerComparing.current++
        return api
          .comparePair(ko, en)
          .then((comparison) => {
            recordCounts([[pairKey(ko, en), countFindings(comparison)]])
            return comparison
          })
          .finally(() => readerComparing.current--)
      },
      compareVersion: (ko, text) => api.compareSecondVersion(ko, text),
      cancel: () => void api.cancelComparison().catch(() => {}),
    }),
    [api, recordCounts],
  )
  // The menu's Open Folder… and Reload Library arrive here, not through a page reload.
  const tasks = useBackgroundTasks(api, setLibrary)
  const readerSettings = useReaderSettings(api)
  const { settings, loaded: settingsLoaded, update: updateSettings } = readerSettings
  useAppearance(settings)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const fontScale = settings.fontScale
  const runCommand = useCallback(
    (command: ReaderCommand) => {
      if (command === 'show-shortcuts') setShortcutsOpen(true)
      else updateSettings({ fontScale: command === 'default-text' ? 1 : stepFontScale(fontScale, command === 'larger-text' ? 1 : -1) })
    },
    [fontScale, updateSettings],
  )
  useReaderShortcuts(api, runCommand)

  const run = useCallback(async (action: () => Promise<Library | null>) => {
    setBusy(true)
    try {
      const next = await action()
      if (next) setLibrary(next)
      setError(null)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }, [setLibrary])

  useEffect(() => {
    void run(() => api.getLibrary())
  }, [api, run])

  const checkAll = useCheckAllPairs(api, library, findingCounts, recordCounts, readerBusy)

  const articlesById = useMemo(() => new Map((library?.articles ?? []).map((a) => [a.id, a])), [library])

  // Keep the selection valid: fall back to the article last read in this folder, then to the first paired
  // article, then to the first article (once the settings are in, so the last read one is known).
  const lastRead = settings.lastRead
  useEffect(() => {
    if (!library || !settingsLoaded || (selectedId !== null && articlesById.has(selectedId))) return
    const last = lastRead?.folder === library.folder ? articlesById.get(lastRead.articleId) : undefined
    const first = last ?? library.articles.find((a) => pairsOfArticle(a.id, library.pairs).length > 0) ?? library.articles[0]
    setSelectedId(first?.id ?? null)
  }, [library, articlesById, selectedId, settingsLoaded, lastRead])

  useEffect(() => {
    if (selectedId !== null) window.history.replaceState(null, '', `#article=${encodeURIComponent(selectedId)}`)
  }, [selectedId])

  // Remember where the user is, so the next start opens there.
  const folder = library?.folder
  const selectedExists = selectedId !== null && articlesById.has(selectedId)
  useEffect(() => {
    if (!settingsLoaded || folder === undefined || selectedId === null || !selectedExists) return
    updateSettings({ lastRead: { folder, articleId: selectedId } })
  }, [settingsLoaded, folder, selectedId, selectedExists, updateSettings])

  const selected = selectedId !== null ? articlesById.get(selectedId) ?? null : null
  const pickerArticle = pickerFor !== null ? articlesById.get(pickerFor) ?? null : null

  return (
    <ReaderSettingsContext value={readerSettings}>
      <div className="app" aria-busy={busy}>
        <Toolbar
          library={library}
          busy={busy}
          onOpenFolder={() => void run(() => api.openFolder())}
          onReload={() => void run(() => api.reloadLibrary())}
          progress={<ProgressIndicator tasks={tasks} />}
          controls={<ReaderControls settings={settings} onChange={updateSettings} onShowShortcuts={() => setShortcutsOpen(true)} />}
        />
        {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        {library && library.problems.length > 0 && <ProblemBanner key={library.folder} problems={library.problems} />}
        <div className="workspace">
          {library === null ? (
            <div className="loading" role="status">
              {error ? 'The library could not be loaded.' : 'Loading library…'}
            </div>
          ) : library.articles.length === 0 ? (
            <EmptyState folder={library.folder} onOpenFolder={() => void run(() => api.openFolder())} />
          ) : (
            <>
              <LibrarySidebar
                library={library}
                selectedId={selectedId}
                onSelect={setSelectedId}
                findingCounts={findingCounts}
                checking={checkAll.done}
                onCheckAll={checkAll.start}
              />
              <ReaderPane
                key={selected?.id ?? 'none'}
                library={library}
                article={selected}
                busy={busy}
                viewMode={viewMode}
                onViewMode={setViewMode}
                comparer={comparer}
                onPairWith={(id) => setPickerFor(id)}
                onUnpair={(ko, en) => void run(() => api.unpairArticles(ko, en))}
              />
            </>
          )}
        </div>
        {library && pickerArticle && (
          <PairPicker
            library={library}
            article={pickerArticle}
            onCancel={() => setPickerFor(null)}
            onPick={(otherId) => {
              setPickerFor(null)
              const [ko, en] = pickerArticle.lang === 'ko' ? [pickerArticle.id, otherId] : [otherId, pickerArticle.id]
              void run(() => api.pairArticles(ko, en))
            }}
          />
        )}
        {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      </div>
    </ReaderSettingsContext>
  )
}
