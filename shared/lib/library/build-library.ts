import type { Article } from '../../models/article'
import type { Library, LoadProblem } from '../../models/library'
import type { PairOverride } from '../../models/pair-override'
import { pairArticles, type PairingOptions } from '../pairing/pair-articles'
import { applyPairOverrides } from './apply-pair-overrides'

/** A page file's raw content, named by its source path. */
export interface PageBytes {
  readonly source: string
  readonly bytes: Uint8Array
  /** Put before the ids of the page's articles: `imported/` for pages the user imported, so ids never clash. */
  readonly idPrefix?: string
}

/** What a page reader makes of one page: its articles, or why it could not be read. */
export type PageArticles = { readonly articles: readonly Article[] } | { readonly problem: string }

/** Decoding and HTML parsing need Node packages, so the reader is given (node/files/read-page). */
export type PageReader = (page: PageBytes) => PageArticles

export interface BuildLibraryOptions extends PairingOptions {
  /** Called after each page is read into articles, and once before pairing. */
  readonly onProgress?: (progress: { readonly label: string; readonly done: number; readonly total: number }) => void
  /** Turns a page's bytes into its articles. */
  readonly readPage: PageReader
}

/**
 * Turns a folder's page files into a library: read each into articles (`readPage`), pair them, then replay the reader's
 * overrides. A page that cannot be decoded or holds no article becomes a LoadProblem; the others go on.
 */
export function buildLibrary(
  folder: string,
  pages: readonly PageBytes[],
  overrides: readonly PairOverride[],
  options: BuildLibraryOptions,
): Library {
  const articles: Article[] = []
  const problems: LoadProblem[] = []
  const { onProgress } = options
  for (const [index, page] of pages.entries()) {
    onProgress?.({ label: `Reading page ${index + 1} of ${pages.length}`, done: index, total: pages.length })
    let read: PageArticles
    try {
      read = options.readPage(page)
    } catch (error) {
      // A reader that trips over one page must not cost the user the folder.
      read = { problem: `This page could not be read (${error instanceof Error ? error.message : String(error)}).` }
    }
    if ('problem' in read) {
      problems.push({ source: page.source, message: `${page.source}: ${read.problem}` })
      continue
    }
    const found = read.articles
    if (found.length === 0) problems.push({ source: page.source, message: `${page.source} holds no article that could be recognised.` })
    articles.push(...found)
  }
  onProgress?.({ label: `Pairing ${articles.length} articles`, done: pages.length, total: pages.length })
  const pairs = applyPairOverrides(articles, pairArticles(articles, options), overrides)
  return { folder, articles, pairs, problems }
}
