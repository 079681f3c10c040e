import path from 'node:path'
import { applyPairOverrides } from '../../shared/lib/library/apply-pair-overrides'
import type { AppApi } from '../../shared/models/app-api'
import { pageLimits } from '../../shared/lib/ingest/page-limits'
import { importLimits, type ImportResult } from '../../shared/models/import'
import type { AppEvent, TaskKind } from '../../shared/models/app-event'
import type { Article } from '../../shared/models/article'
import type { Comparison } from '../../shared/models/comparison'
import type { Library, LoadProblem } from '../../shared/models/library'
import type { PairOverride } from '../../shared/models/pair-override'
import type { Store } from '../store/store'
import type { HeavyWork, ProgressListener } from '../work/heavy-work'
import { inProcessWork } from '../work/in-process-work'
import { readRegularFile } from '../files/read-regular-file'
import { aLanguage } from './app-api-schemas'
import { BadRequestError } from './bad-request'
import { createPastedPair, importPages, type FileToImport, type ImportContext } from './import-pages'
import { forgetFolder, isFolder, lastFolder, recentFolders, rememberFolder } from './recent-folders'

export interface AppHandlerOptions {
  /** The folder opened at start. */
  readonly libraryFolder: string
  readonly store: Pick<Store, 'listPairOverrides' | 'setPairOverride' | 'getSetting' | 'setSetting'>
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
}

/** A folder as read from disk, with its automatic pairs only. */
interface Loaded {
  readonly folder: string
  readonly auto: Library
  /** Comparisons made on this load, by `ko + '\n' + en`; a reload starts afresh, since the texts may have changed. */
  readonly comparisons: Map<string, Comparison>
}

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
    const pairs = applyPairOverrides(auto.articles, auto.pairs, [...imported, ...store.listPairOverrides(f)])
    return { ...auto, pairs }
  }

  async function setOverride(action: PairOverride['action'], ko: string, en: string): Promise<Library> {
    const loaded = await current()
    const koId = checkArticle(loaded.auto, ko, 'ko').id
    const enId = checkArticle(loaded.auto, en, 'en').id
    if (action === 'unpair') {
      const paired = withOverrides(loaded).pairs.some((p) => p.ko === koId && p.en === enId)
      if (!paired) throw new BadRequestError('These two articles are not paired.')
    }
    store.setPairOverride(loaded.folder, { action, ko: koId, en: enId })
    return withOverrides(loaded)
  }

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
    pairArticles(ko, en) {
      return setOverride('pair', ko, en)
    },
    unpairArticles(ko, en) {
      return setOverride('unpair', ko, en)
    },
    async comparePair(ko, en) {
      const loaded = await current()
      const koArticle = checkArticle(loaded.auto, ko, 'ko')
      const enArticle = checkArticle(loaded.auto, en, 'en')
      const key = `${koArticle.id}\n${enArticle.id}`
      const cached = loaded.comparisons.get(key)
      if (cached) return cached
      if (running?.key === key) return running.promise
      cancelRunning()
      const abort = new AbortController()
      const request = { ko: koArticle, en: enArticle, glossaryFile: options.glossaryFile }
      const promise = reported('compare', (onProgress) => work.compare(request, abort.signal, onProgress))
      running = { key, promise, abort }
      try {
        const comparison = await promise
        // Oldest first in a Map's order: drop it to stay under the cap.
        if (loaded.comparisons.size >= maxCachedComparisons) {
          const oldest = loaded.comparisons.keys().next().value
          if (oldest !== undefined) loaded.comparisons.delete(oldest)
        }
        loaded.comparisons.set(key, comparison)
        return comparison
      } finally {
        if (running?.promise === promise) running = null
      }
    },
    async cancelComparison() {
      cancelRunning()
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
