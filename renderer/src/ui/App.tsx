import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AppBridge } from '../../../shared/models/app-api'
import type { Library, LoadProblem } from '../../../shared/models/library'
import { pairsOfArticle } from '../../../shared/lib/library/pair-status'
import { isDesktopApp } from '../api'
import { importBatches } from '../lib/import-files'
import { useBackgroundTasks } from '../lib/use-background-tasks'
import type { Comparer } from '../lib/use-comparison'
import type { ImportResult } from '../../../shared/models/import'
import { DropZone } from './DropZone'
import { EmptyState } from './EmptyState'
import { ErrorBanner } from './ErrorBanner'
import { ImportButton } from './ImportButton'
import { LibrarySidebar } from './LibrarySidebar'
import { PairPicker } from './PairPicker'
import { PasteDialog } from './PasteDialog'
import { ProgressIndicator } from './ProgressIndicator'
import { ProblemBanner } from './ProblemBanner'
import { ReaderPane } from './ReaderPane'
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
  const comparer = useMemo<Comparer>(
    () => ({ compare: (ko, en) => api.comparePair(ko, en), cancel: () => void api.cancelComparison().catch(() => {}) }),
    [api],
  )
  const [pasting, setPasting] = useState(false)
  // An imported article to open once the library that holds it is shown (libraries are set in a transition).
  const [opening, setOpening] = useState<string | null>(null)
  const desktop = isDesktopApp()
  // The menu's Open Folder…, Reload Library and Open File… arrive here, not through a page reload; so does
  // Paste New Pair…, which opens the dialog.
  const onMenuLibrary = useCallback(
    (next: Library, select?: string) => {
      setLibrary(next)
      if (select) setOpening(select)
    },
    [setLibrary],
  )
  const onMenu = useCallback(() => setPasting(true), [])
  const tasks = useBackgroundTasks(api, onMenuLibrary, onMenu)

  // The library of the action started last wins: a slow first load must not undo an import that finished before it.
  const latestRun = useRef(0)
  const run = useCallback(async (action: () => Promise<Library | null>) => {
    const mine = ++latestRun.current
    setBusy(true)
    try {
      const next = await action()
      if (next && mine === latestRun.current) setLibrary(next)
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

  // Dropped and chosen files go to the handlers in batches; the first imported article opens.
  const importFiles = useCallback(
    (files: File[]) =>
      void run(async () => {
        const { batches, refused } = await importBatches(files)
        // The last batch's library names its refused files; those of earlier batches and the ones too large to send are added.
        const named: LoadProblem[] = refused.map((message) => ({ source: message.split(' is larger')[0], message }))
        let last: ImportResult | null = null
        const opened: string[] = []
        for (const batch of batches) {
          if (last) named.push(...last.problems)
          last = await api.importFiles(batch)
          opened.push(...last.articles)
        }
        if (opened[0]) setOpening(opened[0])
        const base = last?.library ?? library
        return base && { ...base, problems: [...base.problems, ...named] }
      }),
    [api, run, library],
  )

  const articlesById = useMemo(() => new Map((library?.articles ?? []).map((a) => [a.id, a])), [library])

  // Open the imported article once the library that holds it is shown.
  useEffect(() => {
    if (opening === null || !articlesById.has(opening)) return
    setSelectedId(opening)
    setOpening(null)
  }, [opening, articlesById])

  // Keep the selection valid: fall back to the first paired article, then to the first article.
  useEffect(() => {
    if (!library || opening !== null || (selectedId !== null && articlesById.has(selectedId))) return
    const first = library.articles.find((a) => pairsOfArticle(a.id, library.pairs).length > 0) ?? library.articles[0]
    setSelectedId(first?.id ?? null)
  }, [library, articlesById, selectedId, opening])

  useEffect(() => {
    if (selectedId !== null) window.history.replaceState(null, '', `#article=${encodeURIComponent(selectedId)}`)
  }, [selectedId])

  const selected = selectedId !== null ? articlesById.get(selectedId) ?? null : null
  const pickerArticle = pickerFor !== null ? articlesById.get(pickerFor) ?? null : null

  return (
    <div className="app" aria-busy={busy}>
      <DropZone onFiles={importFiles} disabled={busy} />
      <Toolbar
        library={library}
        busy={busy}
        onOpenFolder={() => void run(() => api.openFolder())}
        onReload={() => void run(() => api.reloadLibrary())}
        progress={<ProgressIndicator tasks={tasks} />}
        canOpenFolder={desktop}
        importActions={
          <>
            <ImportButton label="Import…" disabled={busy} onFiles={importFiles} />
            {!desktop && <ImportButton label="Open Folder…" folder disabled={busy} onFiles={importFiles} />}
            <button type="button" className="button" disabled={busy} onClick={() => setPasting(true)}>
              Paste New Pair…
            </button>
          </>
        }
      />
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      {library && library.problems.length > 0 && <ProblemBanner key={`${library.folder}\n${library.problems.length}`} problems={library.problems} />}
      <div className="workspace">
        {library === null ? (
          <div className="loading" role="status">
            {error ? 'The library could not be loaded.' : 'Loading library…'}
          </div>
        ) : library.articles.length === 0 ? (
          <EmptyState folder={library.folder} onOpenFolder={() => void run(() => api.openFolder())} />
        ) : (
          <>
            <LibrarySidebar library={library} selectedId={selectedId} onSelect={setSelectedId} />
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
      {pasting && (
        <PasteDialog
          onCancel={() => setPasting(false)}
          onCreate={async (koText, enText) => {
            const pasted = await api.createPastedPair(koText, enText)
            setPasting(false)
            setLibrary(pasted.library)
            setOpening(pasted.ko)
            setViewMode('aligned')
          }}
        />
      )}
    </div>
  )
}
