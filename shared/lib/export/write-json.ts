import type { PlacedAnnotation } from '../../models/annotation'
import type { Article } from '../../models/article'
import type { ExportOptions, ExportPair } from '../../models/export'
import { annotationQuote, exportPairView } from './export-view'

/** An article as the CLI's `library --json` describes it, without its paragraphs (the sentences carry the text). */
function articleJson(a: Article) {
  return { id: a.id, source: a.source, title: a.title, lang: a.lang, publishedAt: a.publishedAt, byline: a.byline, translator: a.translator }
}

function annotationJson(a: PlacedAnnotation) {
  return { id: a.id, target: a.target, status: a.status, note: a.note, tags: a.tags, quote: annotationQuote(a), createdAt: a.createdAt, updatedAt: a.updatedAt }
}

/**
 * JSON: per pair, the `align --json` contract (`ko`, `en` sentences, `links`, `findings`; README "JSON
 * contract") plus both articles, each finding's `verdict` and `notes`, each link's `notes`, and the notes
 * whose text is gone (`orphans`). With `only`, `links` and `findings` keep what passed the filter; the
 * sentence lists stay whole, so the indices keep their meaning.
 */
export function writeJson(pairs: readonly ExportPair[], options: ExportOptions): string {
  const out = pairs.map((pair) => {
    const view = exportPairView(pair, options.only)
    const { comparison } = pair
    return {
      koArticle: articleJson(pair.ko),
      enArticle: articleJson(pair.en),
      ko: comparison.ko.map((s) => s.text),
      en: comparison.en.map((s) => s.text),
      links: view.links.map(({ link, notes }) => ({
        id: link.id,
        ko: link.ko,
        en: link.en,
        score: link.score,
        ...(link.lowConfidence ? { lowConfidence: true } : {}),
        notes: notes.map(annotationJson),
      })),
      findings: view.links.flatMap((l) =>
        l.findings.map(({ finding, verdict, judgements }) => ({ ...finding, verdict, notes: judgements.map(annotationJson) })),
      ),
      orphans: [...view.orphans, ...view.unplaced].map(annotationJson),
    }
  })
  return JSON.stringify({ only: options.only, ...(options.createdAt ? { createdAt: options.createdAt } : {}), pairs: out }, null, 2) + '\n'
}
