import path from 'node:path'
import { applyPairOverrides } from '../../shared/lib/library/apply-pair-overrides'
import { compareArticles } from '../../shared/lib/compare/compare-articles'
import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import { maxArticleIdLength, type AppApi } from '../../shared/models/app-api'
import type { Article } from '../../shared/models/article'
import type { Comparison } from '../../shared/models/comparison'
import type { Language } from '../../shared/models/language'
import type { Library } from '../../shared/models/library'
import type { PairOverride } from '../../shared/models/pair-override'
import { BadRequestError } from './bad-request'
import { readLibraryFolder } from '../files/read-library-folder'
import { readUserGlossary } from '../files/read-user-glossary'
import type { Store } from '../store/store'

export interface AppHandlerOptions {
  /** The folder opened at start. */
  readonly libraryFolder: string
  readonly store: Pick<Store, 'listPairOverrides' | 'setPairOverride'>
  /** Asks the user for a folder; resolves null on cancel. May reject where there is no way to ask. */
  readonly chooseFolder: () => Promise<string | null>
  /** The user's own glossary file (`id | 한국어, … | English, …` lines), read on every load; may not exist. */
  readonly glossaryFile?: string
}

/** A folder as read from disk, with its automatic pairs only. */
interface Loaded {
  readonly folder: string
  readonly auto: Library
  /** The built-in glossary, extended by the user's file when there is one. */
  readonly glossary?: GlossaryMatcher
  /** Comparisons made on this load, by `ko + '\n' + en`; a reload starts afresh, since the texts may have changed. */
  readonly comparisons: Map<string, Comparison>
}

/** Comparisons kept per load; any Korean article may be compared with any English one, so the cache is capped. */
const maxCachedComparisons = 64

/**
 * The main-process side of AppApi, free of Electron so the web server serves the very same handlers.
 * Arguments are checked here, since they arrive from a renderer we do not trust.
 */
export function createAppHandlers(options: AppHandlerOptions): AppApi {
  const { store, chooseFolder } = options
  let folder = path.resolve(options.libraryFolder)
  let loading: Promise<Loaded> | null = null

  function load(target: string): Promise<Loaded> {
    const promise = (async () => {
      const glossary = await readUserGlossary(options.glossaryFile)
      const auto = await readLibraryFolder(target, glossary.matcher)
      return {
        folder: target,
        auto: { ...auto, problems: [...glossary.problems, ...auto.problems] },
        glossary: glossary.matcher,
        comparisons: new Map(),
      }
    })()
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
    const pairs = applyPairOverrides(auto.articles, auto.pairs, store.listPairOverrides(f))
    return { ...auto, pairs }
  }

  async function setOverride(action: PairOverride['action'], ko: unknown, en: unknown): Promise<Library> {
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

  return {
    async getLibrary() {
      return withOverrides(await current())
    },
    async reloadLibrary() {
      return withOverrides(await load(folder))
    },
    async openFolder() {
      const chosen = await chooseFolder()
      if (chosen === null) return null
      folder = path.resolve(chosen)
      return withOverrides(await load(folder))
    },
    pairArticles(ko: unknown, en: unknown) {
      return setOverride('pair', ko, en)
    },
    unpairArticles(ko: unknown, en: unknown) {
      return setOverride('unpair', ko, en)
    },
    async comparePair(ko: unknown, en: unknown) {
      const loaded = await current()
      const koArticle = checkArticle(loaded.auto, ko, 'ko')
      const enArticle = checkArticle(loaded.auto, en, 'en')
      const key = `${koArticle.id}\n${enArticle.id}`
      const cached = loaded.comparisons.get(key)
      if (cached) return cached
      const comparison = compareArticles(koArticle, enArticle, { glossary: loaded.glossary })
      // Oldest first in a Map's order: drop it to stay under the cap.
      if (loaded.comparisons.size >= maxCachedComparisons) {
        const oldest = loaded.comparisons.keys().next().value
        if (oldest !== undefined) loaded.comparisons.delete(oldest)
      }
      loaded.comparisons.set(key, comparison)
      return comparison
    },
  }
}

const aLanguage: Record<Language, string> = { ko: 'a Korean', en: 'an English', other: 'an other-language' }

/** Returns the article `id` names when it is an article of `lang` in the library; otherwise refuses the call. */
function checkArticle(library: Library, id: unknown, lang: 'ko' | 'en'): Article {
  if (typeof id !== 'string' || id.length === 0 || id.length > maxArticleIdLength) {
    throw new BadRequestError(`Expected the id of ${aLanguage[lang]} article, got ${describe(id)}.`)
  }
  const article = library.articles.find((a) => a.id === id)
  if (!article) throw new BadRequestError(`No article with id ${JSON.stringify(id.slice(0, 80))} in this library.`)
  if (article.lang !== lang) {
    throw new BadRequestError(`“${article.title}” is ${aLanguage[article.lang]} article, not ${aLanguage[lang]} one.`)
  }
  return article
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length === 0 ? 'an empty string' : `a string of ${value.length} characters`
  if (value === null) return 'null'
  return `a value of type ${typeof value}`
}
