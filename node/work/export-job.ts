import { compareCorrected } from '../../shared/lib/correct/compare-corrected'
import { placeAnnotations } from '../../shared/lib/review/place-annotations'
import { exportPairView } from '../../shared/lib/export/export-view'
import { writeExport } from '../../shared/lib/export/write-export'
import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import type { Annotation } from '../../shared/models/annotation'
import type { LinkSpec } from '../../shared/models/link-edit'
import type { Article } from '../../shared/models/article'
import type { Comparison } from '../../shared/models/comparison'
import type { ExportCounts, ExportFormat, ExportOptions, ExportPair } from '../../shared/models/export'
import type { ProgressListener } from './heavy-work'
import { notoSansKrFaces } from './report-fonts'

/** One pair to export; without a comparison the job makes it (as comparePair would, around its hand-set links). */
export interface ExportJobPair {
  readonly ko: Article
  readonly en: Article
  readonly comparison?: Comparison
  /** The pair's hand-set links, used when the job compares the pair itself. */
  readonly handLinks?: readonly LinkSpec[]
  /** As stored: placed here on the comparison the export carries. */
  readonly annotations: readonly Annotation[]
}

export interface ExportJobRequest {
  readonly pairs: readonly ExportJobPair[]
  readonly format: ExportFormat
  readonly options: ExportOptions
  readonly glossaryFile?: string
}

export interface ExportJobResult extends ExportCounts {
  readonly content: string
}

/** Compares the pairs that need it, reporting each, then writes them in the asked format. */
export function runExportJob(request: ExportJobRequest, glossary: GlossaryMatcher | undefined, onProgress: ProgressListener = () => {}): ExportJobResult {
  const total = request.pairs.length
  const pairs: ExportPair[] = request.pairs.map((p, i) => {
    onProgress({ label: `Comparing pair ${i + 1} of ${total}`, done: i, total })
    const corrections = p.handLinks && p.handLinks.length > 0 ? { given: p.handLinks, fallback: null } : undefined
    const comparison = p.comparison ?? compareCorrected(p.ko, p.en, { glossary }, corrections)
    const annotations = placeAnnotations(p.annotations, { ko: p.ko.paragraphs, en: p.en.paragraphs }, comparison)
    return { ko: p.ko, en: p.en, annotations, comparison }
  })
  onProgress({ label: 'Writing the export', done: total, total })
  const content = writeExportWithFonts(pairs, request.format, request.options)
  const links = pairs.reduce((n, p) => n + exportPairView(p, request.options.only).links.length, 0)
  return { content, pairs: pairs.length, links }
}

/** writeExport, with the HTML report carrying Noto Sans KR for exactly the characters it shows. */
export function writeExportWithFonts(pairs: readonly ExportPair[], format: ExportFormat, options: ExportOptions): string {
  if (format !== 'html') return writeExport(pairs, format, options)
  // The report's characters are known once it is written; a second pass with the font rules writes it again.
  const draft = writeExport(pairs, format, options)
  const fontCss = notoSansKrFaces(draft)
  return fontCss ? writeExport(pairs, format, { ...options, fontCss }) : draft
}
