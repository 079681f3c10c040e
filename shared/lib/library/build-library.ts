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

/**
 * Turns a folder's page files into a library: decode, extract articles, pair them, then replay the reader's
 * overrides. A page that cannot be decoded or holds no article becomes a LoadProblem; the others go on.
 */
export function buildLibrary(
  folder: string,
  pages: readonly PageBytes[],
  overrides: readonly PairOverride[],
  options: PairingOptions = {},
): Library {
  const articles: Article[] = []
  const problems: LoadProblem[] = []
  for (const page of pages) {
    const decoded = decodePage(page.bytes)
    if (!decoded.ok) {
      problems.push({ source: page.source, message: `${page.source}: ${decoded.message}` })
      continue
    }
    const found = extractArticles(pageText(decoded.text), page.source)
    if (found.length === 0) problems.push({ source: page.source, message: `${page.source} holds no article that could be recognised.` })
    articles.push(...found)
  }
  const pairs = applyPairOverrides(articles, pairArticles(articles, options), overrides)
  return { folder, articles, pairs, problems }
}
