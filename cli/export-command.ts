import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { existsSync } from 'node:fs'
import { compareArticles } from '../shared/lib/compare/compare-articles'
import { compareCorrected } from '../shared/lib/correct/compare-corrected'
import { placeAnnotations } from '../shared/lib/review/place-annotations'
import type { LinkSpec } from '../shared/models/link-edit'
import { compareSentences } from '../shared/lib/compare/compare-sentences'
import { presegmentedSentences } from '../shared/lib/compare/segment-paragraphs'
import { exportPairView } from '../shared/lib/export/export-view'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import { contentHash } from '../shared/lib/ingest/content-hash'
import type { Article } from '../shared/models/article'
import { exportFormats, exportOnlyChoices, type ExportFormat, type ExportOnly, type ExportPair } from '../shared/models/export'
import { writeExportWithFonts } from '../node/work/export-job'
import { paragraphsOf, readText } from './align-command'
import { CliError } from './cli-error'
import { loadLibrary } from './load-library'

export interface ExportInput {
  readonly koFile?: string
  readonly enFile?: string
  readonly presegmented: boolean
  readonly library?: string
  readonly pair?: string
  readonly format?: string
  readonly only?: string
  readonly output?: string
  readonly bom: boolean
  /** The app's data file (kobi.sqlite): its review of the library goes into the export. */
  readonly store?: string
  readonly glossary?: GlossaryMatcher
}

/**
 * `export (KO_FILE EN_FILE | --library DIR [--pair ID]) --format F [--only flagged|confirmed] [-o FILE]`:
 * the aligned pairs in a translation-memory, spreadsheet, JSON or report format, on stdout without -o.
 * With --store (and --library) the export carries the review the app keeps for that folder: notes, verdicts and
 * the hand-set links the pairs are aligned around; without it, findings only.
 */
export async function exportCommand(input: ExportInput): Promise<number> {
  const format = parseFormat(input.format)
  const only = parseOnly(input.only)
  if (input.store && !input.library) throw new CliError('--store goes with --library DIR: the app keeps its review per library folder')
  const pairs = input.library ? await libraryPairs(input.library, input.pair, input.glossary, input.store) : [await filePair(input)]
  const content = writeExportWithFonts(pairs, format, { only, bom: input.bom, createdAt: new Date().toISOString() })
  if (!input.output) {
    process.stdout.write(content)
    return 0
  }
  await writeFile(input.output, content, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${input.output} could not be written (${error.code ?? error.message})`)
  })
  const links = pairs.reduce((n, p) => n + exportPairView(p, only).links.length, 0)
  process.stderr.write(`wrote ${links} links of ${pairs.length} pair${pairs.length === 1 ? '' : 's'} to ${input.output}\n`)
  return 0
}

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new CliError(`export needs --format ${exportFormats.join('|')}`)
  const format = exportFormats.find((f) => f === value.toLowerCase())
  if (!format) throw new CliError(`Unknown export format ${value}; use one of ${exportFormats.join(', ')}`)
  return format
}

function parseOnly(value: string | undefined): ExportOnly {
  if (value === undefined) return 'all'
  const only = exportOnlyChoices.find((o) => o === value)
  if (!only) throw new CliError(`--only takes flagged or confirmed, not ${value}`)
  return only
}

async function libraryPairs(folder: string, id: string | undefined, glossary?: GlossaryMatcher, storeFile?: string): Promise<ExportPair[]> {
  const library = await loadLibrary(folder, glossary)
  const review = storeFile ? await readReview(storeFile, path.resolve(folder)) : null
  for (const p of library.problems) process.stderr.write(`warning: ${p.message}\n`)
  const chosen = id === undefined ? library.pairs : library.pairs.filter((p) => p.ko === id || p.en === id || `${p.ko}:${p.en}` === id)
  if (id !== undefined && chosen.length === 0) throw new CliError(`No pair with article ${id} in ${folder}; run \`cli library ${folder}\` to list the pairs`)
  if (chosen.length === 0) throw new CliError(`${folder} has no Korean–English pairs to export`, 1)
  const byId = new Map(library.articles.map((a) => [a.id, a]))
  try {
    return chosen.map((p) => {
      const ko = byId.get(p.ko)!
      const en = byId.get(p.en)!
      if (!review) return { ko, en, comparison: compareArticles(ko, en, { glossary }), annotations: [] }
      const hand = review.handLinks(ko.id, en.id)
      const comparison = compareCorrected(ko, en, { glossary }, hand.length > 0 ? { given: hand, fallback: null } : undefined)
      const texts = { ko: ko.paragraphs, en: en.paragraphs }
      return { ko, en, comparison, annotations: placeAnnotations(review.annotations(ko.id, en.id), texts, comparison) }
    })
  } finally {
    review?.close()
  }
}

/**
 * The app's review of a folder, read from its data file. The store needs node:sqlite (Node ≥ 22.13), so it is
 * loaded only here: every other command runs on older Node too.
 */
async function readReview(file: string, folder: string) {
  if (!existsSync(file)) throw new CliError(`${file} does not exist (--store takes the app's kobi.sqlite)`)
  let openStore: typeof import('../node/store/store').openStore
  try {
    ;({ openStore } = await import('../node/store/store'))
  } catch {
    throw new CliError(`--store needs Node 22.13 or newer (node:sqlite); this is ${process.version}. Run it through npm run cli.`)
  }
  let store: ReturnType<typeof openStore>
  try {
    store = openStore(file)
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error))
  }
  const annotations = store.listLibraryAnnotations(folder)
  return {
    annotations: (ko: string, en: string) => annotations.filter((a) => a.ko === ko && a.en === en),
    handLinks: (ko: string, en: string): LinkSpec[] => store.getLinkCorrections(folder, ko, en),
    close: () => store.close(),
  }
}

/** Two text files as `align` reads them: each line a paragraph (or, presegmented, a sentence). */
async function filePair(input: ExportInput): Promise<ExportPair> {
  if (!input.koFile || !input.enFile) throw new CliError('export needs KO_FILE and EN_FILE, or --library DIR [--pair ID]')
  const [koText, enText] = await Promise.all([readText(input.koFile), readText(input.enFile)])
  const ko = fileArticle(input.koFile, koText, 'ko', input.presegmented)
  const en = fileArticle(input.enFile, enText, 'en', input.presegmented)
  const comparison = input.presegmented
    ? compareSentences(presegmentedSentences(koText), presegmentedSentences(enText), { glossary: input.glossary })
    : compareArticles(ko, en, { glossary: input.glossary })
  return { ko, en, comparison, annotations: [] }
}

function fileArticle(file: string, text: string, lang: 'ko' | 'en', presegmented: boolean): Article {
  const paragraphs = presegmented ? text.split('\n') : paragraphsOf(text)
  const name = path.basename(file)
  return {
    id: name,
    contentHash: contentHash(paragraphs.join('\n')),
    source: file,
    site: 'unknown',
    title: name,
    lang,
    publishedAt: null,
    byline: null,
    translator: null,
    paragraphs,
    titleSpan: { start: 0, end: 0 },
    paragraphSpans: [],
  }
}
