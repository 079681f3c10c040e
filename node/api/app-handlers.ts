import path from 'node:path'
import * as v from 'valibot'
import { applyPairOverrides } from '../../shared/lib/library/apply-pair-overrides'
import type { AppApi } from '../../shared/models/app-api'
import type { AppEvent, TaskKind } from '../../shared/models/app-event'
import type { Article } from '../../shared/models/article'
import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'
import type { PairOverride } from '../../shared/models/pair-override'
import { defaultReaderSettings, type ReaderSettings } from '../../shared/models/reader-settings'
import { NotEnglishError, pastedEnglishArticle } from '../../shared/lib/versions/pasted-article'
import type { Store } from '../store/store'
import type { HeavyWork, ProgressListener } from '../work/heavy-work'
import { inProcessWork } from '../work/in-process-work'
import { aLanguage, readerSettingsSchema } from './app-api-schemas'
import { BadRequestError } from './bad-request'

export interface AppHandlerOptions {
  /** The folder opened at start. */
  readonly libraryFolder: string
  readonly store: Pick<Store, 'listPairOverrides' | 'setPairOverride' | 'getSetting' | 'setSetting'>
  /** Asks the user for a folder; resolves null on cancel. May reject where there is no way to ask. */
  readonly chooseFolder: () => Promise<string | null>
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
  let folder = path.resolve(options.libraryFolder)
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
      work.loadLibrary({ folder: target, glossaryFile: options.glossaryFile }, onProgress),
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
    const overrides = store.listPairOverrides(f)
    const pairs = applyPairOverrides(auto.articles, auto.pairs, overrides)
    const unpairedByUser = overrides.filter((o) => o.action === 'unpair').map(({ ko, en }) => ({ ko, en }))
    return unpairedByUser.length > 0 ? { ...auto, pairs, unpairedByUser } : { ...auto, pairs }
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

  /** Compares two articles once per load (cached under `key`); a newer comparison cancels one still running. */
  async function compareOnce(loaded: Loaded, key: string, koArticle: Article, enArticle: Article): Promise<Comparison> {
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
  }

  function cancelRunning(): void {
    running?.abort.abort()
    running = null
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
      cancelRunning()
      folder = path.resolve(chosen)
      return withOverrides(await load(folder))
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
      return compareOnce(loaded, `${koArticle.id}\n${enArticle.id}`, koArticle, enArticle)
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
      return compareOnce(loaded, `${koArticle.id}\n${enArticle.id}`, koArticle, enArticle)
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
