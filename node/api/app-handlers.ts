import path from 'node:path'
import * as v from 'valibot'
import { applyPairOverrides } from '../../shared/lib/library/apply-pair-overrides'
import type { AppApi } from '../../shared/models/app-api'
import { pageLimits } from '../../shared/lib/ingest/page-limits'
import { importLimits, type ImportResult } from '../../shared/models/import'
import type { AppEvent, TaskKind } from '../../shared/models/app-event'
import type { Article } from '../../shared/models/article'
import type { Comparison } from '../../shared/models/comparison'
import type { Library, LoadProblem } from '../../shared/models/library'
import type { PairOverride } from '../../shared/models/pair-override'
import { defaultReaderSettings, type ReaderSettings } from '../../shared/models/reader-settings'
import { NotEnglishError, pastedEnglishArticle } from '../../shared/lib/versions/pasted-article'
import type { Store } from '../store/store'
import type { CompareCorrections, HeavyWork, ProgressListener } from '../work/heavy-work'
import { inProcessWork } from '../work/in-process-work'
import { readRegularFile } from '../files/read-regular-file'
import { aLanguage, readerSettingsSchema } from './app-api-schemas'
import { BadRequestError } from './bad-request'
import { createReviewHandlers, type ReviewStore } from './review-handlers'
import { createPastedPair, importPages, type FileToImport, type ImportContext } from './import-pages'
import { createImportRemovals } from './remove-imported-pages'
import { forgetFolder, isFolder, lastFolder, recentFolders, rememberFolder } from './recent-folders'
import { exportPairs } from './export-pairs'

export interface AppHandlerOptions {
  /** The folder opened at start. */
  readonly libraryFolder: string
  readonly store: Pick<Store, 'listPairOverrides' | 'getSetting' | 'setSetting' | 'listHandLinkedPairs'> & ReviewStore
  /** Asks the user for a folder; resolves null on cancel. May reject where there is no way to ask. */
  readonly chooseFolder: () => Promise<string | null>
  /** Asks the user for page files (Open File…); resolves null on cancel. Without it, files come only from the renderer. */
  readonly chooseFiles?: () => Promise<string[] | null>
  /**
   * Where imported pages (pasted pairs, dropped and opened files) are kept, read with every library folder
   * (desktop: `<userData>/imported`). Without it, nothing can be imported.
   */
  readonly importFolder?: string
  /** Start on the folder opened last (kept in the store) rather than `libraryFolder`, when it still exists. */
  readonly reopenLastFolder?: boolean
  /** The user's own glossary file (`id | 한국어, … | English, …` lines), read on every load; may not exist. */
  readonly glossaryFile?: string
  /** Where loads and comparisons run; the calling thread when not given. */
  readonly work?: HeavyWork
  /** Receives progress of background work, for the UI. */
  readonly onEvent?: (event: AppEvent) => void
  /**
   * Asks where to save an export (the desktop app's save dialog); resolves null on cancel. Without it (web
   * mode) an export returns its text for the page to download.
   */
  readonly chooseSaveFile?: (suggestedName: string) => Promise<string | null>
}

/** A folder as read from disk, with its automatic pairs only. */
interface Loaded {
  readonly folder: string
  readonly auto: Library
  /** Comparisons made on this load, by `ko + '\n' + en`; a reload starts afresh, since the texts may have changed. */
  readonly comparisons: Map<string, Comparison>
}

/** The store's settings key of the reader settings. */
const readerSettingsKey = 'reader-settings'

/** Comparisons kept per load; any Korean article may be compared with any English one, so the cache is capped. */
const maxCachedComparisons = 64

/**
 * The main-process side of AppApi, free of Electron so the web server serves the very same handlers.
 * Argument types are validated before a handler runs (invokeAppApi); here the ids are checked against the
 * library. Loads and comparisons run on `work`, reporting progress through `onEvent`.
 */
export function createAppHandlers(options: AppHandlerOptions): AppApi & { close(): Promise<void> } {
  const { store, chooseFolder } = options
  const work = options.work ?? inProcessWork()
  const emit = options.onEvent ?? (() => {})
  let folder = path.resolve((options.reopenLastFolder && lastFolder(store)) || options.libraryFolder)
  const importFolder = options.importFolder ? path.resolve(options.importFolder) : undefined
  let loading: Promise<Loaded> | null = null
  let nextTaskId = 1
  /** The comparison still running, if any: a newer one, or cancelComparison, stops it. */
  let running: { key: string; promise: Promise<Comparison>; abort: AbortController } | null = null

  /** Runs `task`, reporting its progress as AppEvents, and always a final progress-end. */
  async function reported<T>(task: TaskKind, run: (onProgress: ProgressListener) => Promise<T>): Promise<T> {
    const taskId = nextTaskId++
    try {
      return await run((p) => emit({ type: 'progress', taskId, task, ...p }))
    } finally {
      emit({ type: 'progress-end', taskId, task })
    }
  }

  function load(target: string): Promise<Loaded> {
    const promise = reported('load-library', (onProgress) =>
      work.loadLibrary({ folder: target, glossaryFile: options.glossaryFile, importFolder }, onProgress),
    ).then((auto): Loaded => ({ folder: target, auto, comparisons: new Map() }))
    loading = promise
    // A failed load is not cached: the next call tries again.
    promise.catch(() => {
      if (loading === promise) loading = null
    })
    return promise
  }

  function current(): Promise<Loaded> {
    return loading ?? load(folder)
  }

  function withOverrides({ folder: f, auto }: Loaded): Library {
    // Pairs made among imported pages are kept under the import folder, so they hold in every library.
    const imported = importFolder ? store.listPairOverrides(importFolder) : []
    const overrides = [...imported, ...store.listPairOverrides(f)]
    const pairs = applyPairOverrides(auto.articles, auto.pairs, overrides)
    const unpairedByUser = overrides.filter((o) => o.action === 'unpair').map(({ ko, en }) => ({ ko, en }))
    return unpairedByUser.length > 0 ? { ...auto, pairs, unpairedByUser } : { ...auto, pairs }
  }

  /** Checks two ids against the loaded library: a Korean article and an English one. */
  async function checkedPair(ko: string, en: string) {
    const loaded = await current()
    return { loaded, ko: checkArticle(loaded.auto, ko, 'ko'), en: checkArticle(loaded.auto, en, 'en') }
  }

  async function setOverride(override: PairOverride): Promise<Library> {
    const loaded = await current()
    store.setPairOverride(loaded.folder, override)
    return withOverrides(loaded)
  }

  async function pairing(action: PairOverride['action'], ko: string, en: string): Promise<Library> {
    const pair = await checkedPair(ko, en)
    if (action === 'unpair') {
      const paired = withOverrides(pair.loaded).pairs.some((p) => p.ko === pair.ko.id && p.en === pair.en.id)
      if (!paired) throw new BadRequestError('These two articles are not paired.')
    }
    return review.pairingEdit(pair.ko, pair.en, pair.loaded.folder, action)
  }

  function remember(loaded: Loaded, key: string, comparison: Comparison): void {
    // Oldest first in a Map's order: drop it to stay under the cap.
    if (!loaded.comparisons.has(key) && loaded.comparisons.size >= maxCachedComparisons) {
      const oldest = loaded.comparisons.keys().next().value
      if (oldest !== undefined) loaded.comparisons.delete(oldest)
    }
    loaded.comparisons.set(key, comparison)
  }

  /** Compares two checked articles, with the pair's hand-set links unless `corrections` says otherwise. */
  async function compareChecked(loaded: Loaded, koArticle: Article, enArticle: Article, corrections?: CompareCorrections): Promise<Comparison> {
    const key = `${koArticle.id}\n${enArticle.id}`
    if (!corrections) {
      const cached = loaded.comparisons.get(key)
      if (cached) return cached
      if (running?.key === key) return running.promise
    }
    cancelRunning()
    const stored = store.getLinkCorrections(loaded.folder, koArticle.id, enArticle.id)
    const applied = corrections ?? (stored.length > 0 ? { given: stored, fallback: null } : undefined)
    const abort = new AbortController()
    const request = { ko: koArticle, en: enArticle, glossaryFile: options.glossaryFile, corrections: applied }
    const promise = reported('compare', (onProgress) => work.compare(request, abort.signal, onProgress))
    running = { key, promise, abort }
    try {
      const comparison = await promise
      remember(loaded, key, comparison)
      return comparison
    } finally {
      if (running?.promise === promise) running = null
    }
  }

  const review = createReviewHandlers(store, {
    async pair(ko, en) {
      const pair = await checkedPair(ko, en)
      return { folder: pair.loaded.folder, ko: pair.ko, en: pair.en }
    },
    async library() {
      return withOverrides(await current())
    },
    async comparison(ko, en) {
      return compareChecked(await current(), ko, en)
    },
    async recompare(ko, en, corrections) {
      return compareChecked(await current(), ko, en, corrections)
    },
    setOverride,
  })

  function cancelRunning(): void {
    running?.abort.abort()
    running = null
  }

  async function openAt(target: string): Promise<Library> {
    cancelRunning()
    folder = path.resolve(target)
    rememberFolder(store, folder)
    return withOverrides(await load(folder))
  }

  function importContext(): ImportContext {
    if (!importFolder) throw new BadRequestError('Importing pages is not available here.')
    return {
      importFolder,
      reload: async () => {
        cancelRunning()
        return withOverrides(await load(folder))
      },
      pair: async (ko, en) => {
        store.setPairOverride(importFolder, { action: 'pair', ko, en })
        return withOverrides(await current())
      },
    }
  }

  // The open folder's review is what a removal keeps (and counts for the confirmation).
  const removals = importFolder
    ? createImportRemovals({
        importFolder,
        library: async () => withOverrides(await current()),
        reload: async () => {
          cancelRunning()
          return withOverrides(await load(folder))
        },
        annotations: () => store.listLibraryAnnotations(folder),
        handLinkedPairs: () => store.listHandLinkedPairs(folder),
      })
    : null

  function removalsOrRefuse() {
    if (!removals) throw new BadRequestError('There are no imported pages here to remove.')
    return removals
  }

  return {
    async getLibrary() {
      return withOverrides(await current())
    },
    async reloadLibrary() {
      cancelRunning()
      return withOverrides(await load(folder))
    },
    async openFolder() {
      const chosen = await chooseFolder()
      if (chosen === null) return null
      return openAt(chosen)
    },
    async getRecentFolders() {
      return recentFolders(store)
    },
    async openRecentFolder(target) {
      const known = recentFolders(store).find((f) => f === target || f === path.resolve(target))
      if (!known) throw new BadRequestError(`${target} is not one of the recent folders.`)
      if (!isFolder(known)) {
        forgetFolder(store, known)
        throw new BadRequestError(`The folder ${known} no longer exists; it was taken off the recent folders.`)
      }
      return openAt(known)
    },
    async openFiles() {
      const context = importContext()
      if (!options.chooseFiles) throw new BadRequestError('Opening files needs the desktop app; drop them on the window or use Import… instead.')
      const chosen = await options.chooseFiles()
      if (chosen === null || chosen.length === 0) return null
      // Read and imported in batches under the import limit, so a few large pages never sit in memory at once.
      const problems: LoadProblem[] = []
      const articles: string[] = []
      let batch: FileToImport[] = []
      let result: ImportResult | null = null
      const flush = async () => {
        result = await importPages(context, batch)
        problems.push(...result.problems)
        articles.push(...result.articles)
        batch = []
      }
      for (const file of chosen.slice(0, importLimits.maxFilesPerCall)) {
        const name = path.basename(file)
        const read = await readRegularFile(file, { name, maxBytes: pageLimits.maxFileBytes })
        if (!read.ok) {
          problems.push({ source: name, message: read.message })
          continue
        }
        if (batch.reduce((sum, f) => sum + f.bytes.byteLength, 0) + read.bytes.byteLength > importLimits.maxBatchBytes) await flush()
        batch.push({ name, bytes: read.bytes })
      }
      if (batch.length > 0 || result === null) await flush()
      // The last batch's library names its own refused files; the banner should name all of them.
      const library = (result as ImportResult | null)?.library ?? withOverrides(await current())
      const unnamed = problems.filter((p) => !library.problems.some((q) => q.message === p.message))
      return { library: { ...library, problems: [...library.problems, ...unnamed] }, articles, problems }
    },
    async importFiles(files) {
      const decoded = files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.bytes, 'base64')) }))
      return importPages(importContext(), decoded)
    },
    createPastedPair(koText, enText) {
      return createPastedPair(importContext(), koText, enText)
    },
    async previewRemoveImportedPages(sources) {
      return removalsOrRefuse().preview(sources)
    },
    async removeImportedPages(sources) {
      return removalsOrRefuse().remove(sources)
    },
    async restoreImportedPages(removalId) {
      return removalsOrRefuse().restore(removalId)
    },
    pairArticles(ko, en) {
      return pairing('pair', ko, en)
    },
    unpairArticles(ko, en) {
      return pairing('unpair', ko, en)
    },
    ...review.api,
    async comparePair(ko, en) {
      const pair = await checkedPair(ko, en)
      return compareChecked(pair.loaded, pair.ko, pair.en)
    },
    async compareSecondVersion(ko, englishText) {
      const loaded = await current()
      const koArticle = checkArticle(loaded.auto, ko, 'ko')
      let enArticle: Article
      try {
        enArticle = pastedEnglishArticle(englishText, koArticle.id)
      } catch (error) {
        if (error instanceof NotEnglishError) throw new BadRequestError(error.message)
        throw error
      }
      return compareChecked(loaded, koArticle, enArticle)
    },
    async getReaderSettings() {
      // A value stored by another version of the app, or damaged, is ignored rather than trusted.
      const stored = v.safeParse(readerSettingsSchema, store.getSetting(readerSettingsKey))
      return stored.success ? stored.output : defaultReaderSettings
    },
    async setReaderSettings(settings: ReaderSettings) {
      store.setSetting(readerSettingsKey, settings)
      return settings
    },
    async cancelComparison() {
      cancelRunning()
    },
    async exportPairs(request) {
      const loaded = await current()
      return exportPairs(request, {
        library: withOverrides(loaded),
        comparisons: loaded.comparisons,
        work,
        glossaryFile: options.glossaryFile,
        reported: (run) => reported('export', run),
        checkArticle: (id, lang) => checkArticle(loaded.auto, id, lang),
        annotations: (ko, en) => store.listAnnotations(loaded.folder, ko, en),
        handLinks: (ko, en) => store.getLinkCorrections(loaded.folder, ko, en),
        chooseSaveFile: options.chooseSaveFile,
      })
    },
    close() {
      cancelRunning()
      return work.close()
    },
  }
}

/** Returns the article `id` names when it is an article of `lang` in the library; otherwise refuses the call. */
function checkArticle(library: Library, id: string, lang: 'ko' | 'en'): Article {
  const article = library.articles.find((a) => a.id === id)
  if (!article) throw new BadRequestError(`No article with id ${JSON.stringify(id.slice(0, 80))} in this library.`)
  if (article.lang !== lang) {
    throw new BadRequestError(`“${article.title}” is ${aLanguage[article.lang]} article, not ${aLanguage[lang]} one.`)
  }
  return article
}
