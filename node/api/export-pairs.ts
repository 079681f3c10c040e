import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Annotation } from '../../shared/models/annotation'
import type { Article } from '../../shared/models/article'
import type { LinkSpec } from '../../shared/models/link-edit'
import type { Comparison } from '../../shared/models/comparison'
import { exportFormatInfo, type ExportRequest, type ExportResult } from '../../shared/models/export'
import type { Library } from '../../shared/models/library'
import type { ExportJobPair, ExportJobResult } from '../work/export-job'
import type { HeavyWork, ProgressListener } from '../work/heavy-work'
import { BadRequestError } from './bad-request'

export interface ExportContext {
  /** The library with its manual pairs applied. */
  readonly library: Library
  /** Comparisons already made on this load, by `ko + '\n' + en`: reused rather than made again. */
  readonly comparisons: ReadonlyMap<string, Comparison>
  readonly work: HeavyWork
  readonly glossaryFile?: string
  /** The pair's stored annotations and hand-set links, which the export carries. */
  readonly annotations: (ko: string, en: string) => readonly Annotation[]
  readonly handLinks: (ko: string, en: string) => readonly LinkSpec[]
  /** Runs the job with progress events (the handlers' `reported('export', …)`). */
  readonly reported: (run: (onProgress: ProgressListener) => Promise<ExportJobResult>) => Promise<ExportJobResult>
  /** Finds an article of the library by id and language, or refuses the call. */
  readonly checkArticle: (id: string, lang: 'ko' | 'en') => Article
  /** Asks where to save; null when the user cancels. Absent in web mode, where the page downloads the text. */
  readonly chooseSaveFile?: (suggestedName: string) => Promise<string | null>
}

/** A file name from an article id or folder name: letters, digits, dot, dash and underscore only. */
function fileStem(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export'
}

/**
 * The export method of the handlers: gathers the pairs (one, or all of the library), has the work run compare
 * and write them off the main thread, then saves where the user says or hands the text back.
 */
export async function exportPairs(request: ExportRequest, context: ExportContext): Promise<ExportResult> {
  const { library } = context
  let pairs: { ko: Article; en: Article }[]
  if (request.scope === 'library') {
    const byId = new Map(library.articles.map((a) => [a.id, a]))
    pairs = library.pairs.flatMap((p) => {
      const ko = byId.get(p.ko)
      const en = byId.get(p.en)
      return ko && en ? [{ ko, en }] : []
    })
    if (pairs.length === 0) throw new BadRequestError('This library has no pairs to export.')
  } else {
    pairs = [{ ko: context.checkArticle(request.scope.pair.ko, 'ko'), en: context.checkArticle(request.scope.pair.en, 'en') }]
  }
  const jobPairs: ExportJobPair[] = pairs.map(({ ko, en }) => ({
    ko,
    en,
    comparison: context.comparisons.get(`${ko.id}\n${en.id}`),
    handLinks: context.handLinks(ko.id, en.id),
    annotations: context.annotations(ko.id, en.id),
  }))
  const options = { only: request.only, bom: request.bom && (request.format === 'csv' || request.format === 'tsv'), createdAt: new Date().toISOString() }
  const result = await context.reported((onProgress) =>
    context.work.exportPairs({ pairs: jobPairs, format: request.format, options, glossaryFile: context.glossaryFile }, onProgress),
  )
  const info = exportFormatInfo[request.format]
  const stem = request.scope === 'library' ? `kobi-${fileStem(path.basename(library.folder))}` : `kobi-${fileStem(pairs[0].ko.id)}`
  const fileName = `${stem}${request.only === 'all' ? '' : `-${request.only}`}.${info.extension}`
  const counts = { pairs: result.pairs, links: result.links }
  if (!context.chooseSaveFile) return { kind: 'content', fileName, mimeType: info.mimeType, content: result.content, ...counts }
  const file = await context.chooseSaveFile(fileName)
  if (file === null) return { kind: 'cancelled' }
  await writeFile(file, result.content, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`The export could not be saved to ${file} (${error.code ?? error.message}).`)
  })
  return { kind: 'saved', file, ...counts }
}
