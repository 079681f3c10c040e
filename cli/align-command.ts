import { compareArticles } from '../shared/lib/compare/compare-articles'
import { compareSentences } from '../shared/lib/compare/compare-sentences'
import { presegmentedSentences, segmentParagraphs } from '../shared/lib/compare/segment-paragraphs'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import type { Comparison } from '../shared/models/comparison'
import { pagePlainText } from '../node/files/read-page'
import { readTextFile } from '../node/files/read-text-file'
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

/** The same checks and size limit as a library's pages: a FIFO or /dev/zero is refused, not read forever. */
export async function readText(file: string): Promise<string> {
  const read = await readTextFile(file)
  if (!read.ok) throw new CliError(read.message)
  return pagePlainText(read.text, file)
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)
}

/** The stable JSON contract (README.md, "JSON contract"). */
export function comparisonJson(c: Comparison): unknown {
  return {
    ko: c.ko.map((s) => s.text),
    en: c.en.map((s) => s.text),
    links: c.links.map((l) => ({ id: l.id, ko: l.ko, en: l.en, score: l.score, ...(l.lowConfidence ? { lowConfidence: true } : {}) })),
    findings: c.findings,
  }
}
