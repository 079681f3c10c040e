import type { Article } from '../../models/article'
import type { Library, LoadProblem } from '../../models/library'
import type { PairOverride } from '../../models/pair-override'
import { decodePage } from '../ingest/decode-page'
import { extractArticles } from '../ingest/extract-articles'
import { pageText } from '../ingest/html-to-text'
import { pairArticles, type PairingOptions } from '../pairing/pair-articles'
import { applyPairOverrides } from './apply-pair-overrides'

/** A page file's raw content, named by its source path. */
export interface PageBytes {
  readonly source: string
  readonly bytes: Uint8Array
}

export interface BuildLibraryOptions extends PairingOptions {
  /** Called after each page is read into articles, and once before pairing. */
  readonly onProgress?: (progress: { readonly label: string; readonly done: number; readonly total: number }) => void
}

/**
 * Turns a folder's page files into a library: decode, extract articles, pair them, then replay the reader's
 * overrides. A page that cannot be decoded or holds no article becomes a LoadProblem; the others go on.
 */
export function buildLibrary(
  folder: string,
  pages: readonly PageBytes[],
  overrides: readonly PairOverride[],
  options: BuildLibraryOptions = {},
): Library {
  const articles: Article[] = []
  const problems: LoadProblem[] = []
  const { onProgress } = options
  for (const [index, page] of pages.entries()) {
    onProgress?.({ label: `Reading page ${index + 1} of ${pages.length}`, done: index, total: pages.length })
    const decoded = decodePage(page.bytes)
    if (!decoded.ok) {
      problems.push({ source: page.source, message: `${page.source}: ${decoded.message}` })
      continue
    }
    const found = extractArticles(pageText(decoded.text), page.source)
    if (found.length === 0) problems.push({ source: page.source, message: `${page.source} holds no article that could be recognised.` })
    articles.push(...found)
  }
  onProgress?.({ label: `Pairing ${articles.length} articles`, done: pages.length, total: pages.length })
  const pairs = applyPairOverrides(articles, pairArticles(articles, options), overrides)
  return { folder, articles, pairs, problems }
}
