import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { compareArticles } from '../shared/lib/compare/compare-articles'
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
  readonly glossary?: GlossaryMatcher
}

/**
 * `export (KO_FILE EN_FILE | --library DIR [--pair ID]) --format F [--only flagged|confirmed] [-o FILE]`:
 * the aligned pairs in a translation-memory, spreadsheet, JSON or report format, on stdout without -o.
 * The CLI keeps no review, so exports carry findings but no verdicts or notes.
 */
export async function exportCommand(input: ExportInput): Promise<number> {
  const format = parseFormat(input.format)
  const only = parseOnly(input.only)
  const pairs = input.library ? await libraryPairs(input.library, input.pair, input.glossary) : [await filePair(input)]
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

async function libraryPairs(folder: string, id: string | undefined, glossary?: GlossaryMatcher): Promise<ExportPair[]> {
  const library = await loadLibrary(folder, glossary)
  for (const p of library.problems) process.stderr.write(`warning: ${p.message}\n`)
  const chosen = id === undefined ? library.pairs : library.pairs.filter((p) => p.ko === id || p.en === id || `${p.ko}:${p.en}` === id)
  if (id !== undefined && chosen.length === 0) throw new CliError(`No pair with article ${id} in ${folder}; run \`cli library ${folder}\` to list the pairs`)
  if (chosen.length === 0) throw new CliError(`${folder} has no Korean–English pairs to export`, 1)
  const byId = new Map(library.articles.map((a) => [a.id, a]))
  return chosen.map((p) => {
    const ko = byId.get(p.ko)!
    const en = byId.get(p.en)!
    return { ko, en, comparison: compareArticles(ko, en, { glossary }), annotations: [] }
  })
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
