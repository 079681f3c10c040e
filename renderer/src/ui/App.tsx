import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AppBridge } from '../../../shared/models/app-api'
import type { Library, LoadProblem } from '../../../shared/models/library'
import { pairsOfArticle } from '../../../shared/lib/library/pair-status'
import { isDesktopApp } from '../api'
import { importBatches } from '../lib/import-files'
import { useBackgroundTasks } from '../lib/use-background-tasks'
import { carryOutEditCommand } from '../lib/edit-commands'
import type { MenuCommand } from '../../../shared/models/app-event'
import type { ReaderCommand } from '../../../shared/models/app-event'
import { ReaderSettingsContext } from '../lib/reader-settings-context'
import { stepFontScale } from '../lib/text-size'
import { useAppearance } from '../lib/use-appearance'
import { countFindings, pairKey, reviewedCounts, withReviewed, type FindingCounts, type FindingCountsByPair, type ReviewedCounts } from '../lib/finding-counts'
import { useCheckAllPairs } from '../lib/use-check-all-pairs'
import { useReaderSettings } from '../lib/use-reader-settings'
import { useReaderShortcuts } from '../lib/use-reader-shortcuts'
import type { Comparer } from '../lib/use-comparison'
import type { ImportResult } from '../../../shared/models/import'
import { DropZone } from './DropZone'
import { EmptyState } from './EmptyState'
import { ErrorBanner } from './ErrorBanner'
import { ImportButton } from './ImportButton'
import { ExportDialog } from './ExportDialog'
import { LibrarySidebar } from './LibrarySidebar'
import { PairPicker } from './PairPicker'
import { PasteDialog } from './PasteDialog'
import { ProgressIndicator } from './ProgressIndicator'
import { ProblemBanner } from './ProblemBanner'
import { ReaderControls } from './ReaderControls'
import { ReaderPane } from './ReaderPane'
import { AnnotationsPanel } from './AnnotationsPanel'
import type { ReviewHooks } from './PairView'
import { UndoBanner, type UndoOffer } from './UndoBanner'
import { RemoveImportedDialog } from './RemoveImportedDialog'
import { articleAfterRemoval, importedSourcesOf } from '../lib/page-removal'
import type { RemovedPages } from '../../../shared/models/import'
import type { PlacedAnnotation } from '../../../shared/models/annotation'
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
  const [notesOpen, setNotesOpen] = useState(false)
  const [reviewVersion, setReviewVersion] = useState(0)
  const [reveal, setReveal] = useState<ReviewHooks['reveal']>(null)
  const [undoOffer, setUndoOffer] = useState<UndoOffer | null>(null)
  // The imported pages the confirmation asks about, and a sidebar row to focus once a removal is shown.
  const [removing, setRemoving] = useState<readonly string[] | null>(null)
  const [sidebarFocus, setSidebarFocus] = useState<{ readonly id: string } | null>(null)
  const onReviewChanged = useCallback(() => setReviewVersion((v) => v + 1), [])
  const review = useMemo<ReviewHooks>(() => ({ api, onChanged: onReviewChanged, reveal }), [api, onReviewChanged, reveal])
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
  const [exportOpen, setExportOpen] = useState(false)
  // File › Remove Imported Page… acts on the article on screen, known only here (see removeShown below).
  const removeShown = useRef<() => void>(() => {})
  const onMenu = useCallback((command: MenuCommand) => {
    if (command === 'paste-new-pair') setPasting(true)
    else if (command === 'export') setExportOpen(true)
    else if (command === 'remove-imported-page') removeShown.current()
    else carryOutEditCommand(command)
  }, [])
  const tasks = useBackgroundTasks(api, onMenuLibrary, onMenu)
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

  // The sidebar shows how much of each compared pair is still to review: the library's verdicts, read again
  // whenever the review saves something.
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, ReviewedCounts>>(new Map())
  useEffect(() => {
    if (!library) return
    let current = true
    api.listLibraryAnnotations().then(
      (list) => current && setVerdicts(reviewedCounts(list)),
      () => {},
    )
    return () => {
      current = false
    }
  }, [api, library, reviewVersion])
  const sidebarCounts = useMemo(() => withReviewed(findingCounts, verdicts), [findingCounts, verdicts])

  const checkAll = useCheckAllPairs(api, library, findingCounts, recordCounts, readerBusy)

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

  // Keep the selection valid: fall back to the article last read in this folder, then to the first paired
  // article, then to the first article (once the settings are in, so the last read one is known).
  const lastRead = settings.lastRead
  useEffect(() => {
    if (!library || !settingsLoaded || opening !== null || (selectedId !== null && articlesById.has(selectedId))) return
    const last = lastRead?.folder === library.folder ? articlesById.get(lastRead.articleId) : undefined
    const first = last ?? library.articles.find((a) => pairsOfArticle(a.id, library.pairs).length > 0) ?? library.articles[0]
    setSelectedId(first?.id ?? null)
  }, [library, articlesById, selectedId, settingsLoaded, lastRead, opening])

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
  const openPair = library && selected ? pairsOfArticle(selected.id, library.pairs)[0] ?? null : null

  /** Pairs or unpairs two articles, offering to undo it. */
  const pairing = useCallback(
    (action: 'pair' | 'unpair', ko: string, en: string) => {
      void run(async () => {
        const next = action === 'pair' ? await api.pairArticles(ko, en) : await api.unpairArticles(ko, en)
        const title = (id: string) => next.articles.find((a) => a.id === id)?.title ?? id
        setUndoOffer({
          message: `${action === 'pair' ? 'Paired' : 'Unpaired'} “${title(ko)}” and “${title(en)}”.`,
          undo: () => void run(async () => (await api.undoEdit(ko, en)).library),
        })
        return next
      })
    },
    [api, run],
  )

  /** Removes the imported pages the dialog asked about; the reader moves on if it showed one, and Undo is offered. */
  const removePages = useCallback(
    async (sources: readonly string[]) => {
      if (!library) return
      const removed = await api.removeImportedPages([...sources])
      // A load still under way must not bring back the library that had the page.
      latestRun.current++
      const gone = new Set(removed.pages.flatMap((p) => p.articles.map((a) => a.id)))
      const shown = selectedId !== null && gone.has(selectedId) ? selectedId : null
      const next = shown !== null ? articleAfterRemoval(library, shown, removed.library) : selectedId
      setRemoving(null)
      setLibrary(removed.library)
      if (shown !== null) {
        if (next) setOpening(next)
        else setSelectedId(null)
      }
      if (next) setSidebarFocus({ id: next })
      setUndoOffer({
        message: removedMessage(removed),
        undo: () =>
          void run(async () => {
            const restored = await api.restoreImportedPages(removed.removalId)
            const back = shown ?? restored.articles[0]
            if (back) {
              setOpening(back)
              setSidebarFocus({ id: back })
            }
            return restored.library
          }),
      })
    },
    [api, library, selectedId, setLibrary, run],
  )

  // Remove Imported Page… (the menu, Delete on a row) takes the article's page, or the imported sides of its pair.
  const askRemoval = useCallback(
    (articleId: string, withPair: boolean) => {
      const article = articlesById.get(articleId)
      if (!article || !library) return
      const pair = withPair ? pairsOfArticle(article.id, library.pairs)[0] : undefined
      const sources = importedSourcesOf(pair ? [articlesById.get(pair.ko), articlesById.get(pair.en)] : [article])
      if (sources.length > 0) setRemoving(sources)
      else setError(`“${article.title}” is a page of your library folder, your own file: KoBi Reader removes only the pages you imported.`)
    },
    [articlesById, library],
  )
  useEffect(() => {
    removeShown.current = () => {
      if (selectedId !== null) askRemoval(selectedId, true)
    }
  }, [selectedId, askRemoval])

  const chooseAnnotation = useCallback((annotation: PlacedAnnotation) => {
    if (!articlesById.has(annotation.ko) || !articlesById.has(annotation.en)) {
      setError('This note’s pair is not in the library (one of its pages was removed); Undo the removal, or import the page again, to open it.')
      return
    }
    setSelectedId(annotation.ko)
    setViewMode('aligned')
    setReveal((previous) => ({ annotationId: annotation.id, nonce: (previous?.nonce ?? 0) + 1 }))
  }, [articlesById])
  const pickerArticle = pickerFor !== null ? articlesById.get(pickerFor) ?? null : null
  const selectedPair = library && selected ? pairsOfArticle(selected.id, library.pairs)[0] : undefined
  const exportPair = selectedPair ? { ko: articlesById.get(selectedPair.ko), en: articlesById.get(selectedPair.en) } : null

  return (
    <ReaderSettingsContext value={readerSettings}>
      <div className="app" aria-busy={busy}>
        <DropZone onFiles={importFiles} disabled={busy} />
        <Toolbar
          library={library}
          busy={busy}
          onOpenFolder={() => void run(() => api.openFolder())}
          onReload={() => void run(() => api.reloadLibrary())}
          onExport={() => setExportOpen(true)}
          progress={<ProgressIndicator tasks={tasks} />}
          notesOpen={notesOpen}
          onToggleNotes={() => setNotesOpen((open) => !open)}
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
          controls={<ReaderControls settings={settings} onChange={updateSettings} onShowShortcuts={() => setShortcutsOpen(true)} />}
        />
        {undoOffer && <UndoBanner offer={undoOffer} onDismiss={() => setUndoOffer(null)} />}
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
              <LibrarySidebar
                library={library}
                selectedId={selectedId}
                onSelect={setSelectedId}
                findingCounts={sidebarCounts}
                checking={checkAll.done}
                onCheckAll={checkAll.start}
                onPairWith={setPickerFor}
                onRemoveImported={(id) => askRemoval(id, false)}
                focusRequest={sidebarFocus}
              />
              <ReaderPane
                key={selected?.id ?? 'none'}
                library={library}
                article={selected}
                busy={busy}
                viewMode={viewMode}
                onViewMode={setViewMode}
                comparer={comparer}
                review={review}
                onPairWith={(id) => setPickerFor(id)}
                onUnpair={(ko, en) => pairing('unpair', ko, en)}
                onRemoveImported={setRemoving}
              />
              {notesOpen && (
                <AnnotationsPanel
                  api={api}
                  library={library}
                  pair={openPair}
                  version={reviewVersion}
                  onChoose={chooseAnnotation}
                  onClose={() => setNotesOpen(false)}
                />
              )}
            </>
          )}
        </div>
        {library && exportOpen && (
          <ExportDialog
            api={api}
            pair={exportPair?.ko && exportPair.en ? { ko: exportPair.ko, en: exportPair.en } : null}
            libraryPairs={library.pairs.length}
            progress={tasks.find((t) => t.task === 'export')}
            onClose={() => setExportOpen(false)}
          />
        )}
        {library && pickerArticle && (
          <PairPicker
            library={library}
            article={pickerArticle}
            onCancel={() => setPickerFor(null)}
            onPick={(otherId) => {
              setPickerFor(null)
              const [ko, en] = pickerArticle.lang === 'ko' ? [pickerArticle.id, otherId] : [otherId, pickerArticle.id]
              pairing('pair', ko, en)
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
        {removing && (
          <RemoveImportedDialog api={api} sources={removing} onRemove={() => removePages(removing)} onCancel={() => setRemoving(null)} />
        )}
        {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      </div>
    </ReaderSettingsContext>
  )
}

/** The Undo banner's sentence: "Removed “…”.", naming the review kept when there is one. */
function removedMessage(removed: RemovedPages): string {
  const articles = removed.pages.flatMap((p) => p.articles)
  const what =
    removed.pages.length > 1
      ? `${removed.pages.length} imported pages`
      : articles.length === 1
        ? `“${articles[0].title}”`
        : `the imported page ${removed.pages[0]?.name ?? ''}`
  const notes = removed.kept.notes + removed.kept.verdicts
  const on = removed.pages.length > 1 ? 'them' : 'it'
  return `Removed ${what}.${notes === 0 ? '' : notes === 1 ? ` The note on ${on} is kept.` : ` The ${notes} notes on ${on} are kept.`}`
}
