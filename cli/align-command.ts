import { readFile } from 'node:fs/promises'
import { compareArticles } from '../shared/lib/compare/compare-articles'
import { compareSentences } from '../shared/lib/compare/compare-sentences'
import { presegmentedSentences, segmentParagraphs } from '../shared/lib/compare/segment-paragraphs'
import { decodePage } from '../shared/lib/ingest/decode-page'
import { pageText } from '../shared/lib/ingest/html-to-text'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import type { Comparison } from '../shared/models/comparison'
import { CliError } from './cli-error'
import { comparisonReport } from './comparison-report'
import { loadLibrary } from './load-library'

export interface AlignInput {
  readonly koFile?: string
  readonly enFile?: string
  readonly presegmented: boolean
  readonly library?: string
  readonly pair?: string
  readonly glossary?: GlossaryMatcher
}

/** `align KO_FILE EN_FILE [--presegmented] [--json]` or `align --library DIR --pair ID [--json]`. */
export async function alignCommand(input: AlignInput, json: boolean): Promise<number> {
  const comparison = input.library ? await alignLibraryPair(input.library, input.pair, input.glossary) : await alignFiles(input)
  process.stdout.write(json ? JSON.stringify(comparisonJson(comparison)) + '\n' : comparisonReport(comparison))
  return 0
}

async function alignFiles(input: AlignInput): Promise<Comparison> {
  if (!input.koFile || !input.enFile) throw new CliError('align needs KO_FILE and EN_FILE, or --library DIR --pair ID')
  const [koText, enText] = await Promise.all([readText(input.koFile), readText(input.enFile)])
  const options = { glossary: input.glossary }
  if (input.presegmented) return compareSentences(presegmentedSentences(koText), presegmentedSentences(enText), options)
  return compareSentences(segmentParagraphs(paragraphsOf(koText), 'ko'), segmentParagraphs(paragraphsOf(enText), 'en'), options)
}

async function alignLibraryPair(folder: string, id: string | undefined, glossary?: GlossaryMatcher): Promise<Comparison> {
  if (!id) throw new CliError('--library needs --pair ID (the id of either article of a pair)')
  const library = await loadLibrary(folder, glossary)
  const pair = library.pairs.find((p) => p.ko === id || p.en === id || `${p.ko}:${p.en}` === id)
  if (!pair) throw new CliError(`No pair with article ${id} in ${folder}; run \`cli library ${folder}\` to list the pairs`)
  const byId = new Map(library.articles.map((a) => [a.id, a]))
  return compareArticles(byId.get(pair.ko)!, byId.get(pair.en)!, { glossary })
}

async function readText(file: string): Promise<string> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`${file} could not be read (${e.code ?? e.message})`)
  })
  const decoded = decodePage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.message}`)
  return pageText(decoded.text)
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)
}

/** The stable JSON contract of DESIGN.md. */
export function comparisonJson(c: Comparison): unknown {
  return {
    ko: c.ko.map((s) => s.text),
    en: c.en.map((s) => s.text),
    links: c.links.map((l) => ({ ko: l.ko, en: l.en, score: l.score, ...(l.lowConfidence ? { lowConfidence: true } : {}) })),
    findings: c.findings,
  }
}
