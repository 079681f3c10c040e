import { alignSentences } from '../../shared/lib/align/align-sentences'
import { segmentParagraphs } from '../../shared/lib/compare/segment-paragraphs'
import type { AlignmentLink } from '../../shared/models/alignment'
import { type AlignmentDocument, buildAlignmentDocuments } from './alignment-documents'
import { type AlignmentScore, type DocumentCounts, identityUnits, scoreDocument, type SentenceUnits, sumCounts } from './alignment-score'
import type { Bitext } from './kpc-dev'
import { buildParagraphDocument, unitsOf } from './paragraph-documents'

export type InputMode = 'presegmented' | 'paragraphs'

/** The scores of one input mode: on all documents, on the half the constants are tuned on, and on the other. */
export interface AccuracyReport {
  readonly all: AlignmentScore
  readonly tuned: AlignmentScore
  readonly heldOut: AlignmentScore
}

/**
 * The half of kpc-dev the constants are tuned on: its first 500 pairs (documents 0–19). The other half
 * (pairs 501–1000) is only measured, so that its figures say how the tuning carries over.
 */
export function inTuningHalf(doc: AlignmentDocument, documents: number): boolean {
  return doc.index < documents / 2
}

/** Aligns one document as the app would: one sentence per line, or from raw paragraphs that the project splits. */
export function alignDocument(doc: AlignmentDocument, mode: InputMode): { links: AlignmentLink[]; units: SentenceUnits } {
  if (mode === 'presegmented') return { links: alignSentences(doc.ko, doc.en), units: identityUnits(doc) }
  const paragraphs = buildParagraphDocument(doc)
  const ko = segmentParagraphs(paragraphs.ko.paragraphs, 'ko')
  const en = segmentParagraphs(paragraphs.en.paragraphs, 'en')
  const links = alignSentences(ko.map((s) => s.text), en.map((s) => s.text))
  return { links, units: { ko: ko.map((s) => unitsOf(paragraphs.ko, s)), en: en.map((s) => unitsOf(paragraphs.en, s)) } }
}

export function runAlignmentAccuracy(bitext: Bitext, mode: InputMode = 'presegmented'): AccuracyReport {
  const docs = buildAlignmentDocuments(bitext)
  const counts: DocumentCounts[] = docs.map((doc) => {
    const { links, units } = alignDocument(doc, mode)
    return scoreDocument(doc, units, links)
  })
  const tuned = docs.map((d) => inTuningHalf(d, docs.length))
  return {
    all: sumCounts(counts),
    tuned: sumCounts(counts.filter((_, k) => tuned[k])),
    heldOut: sumCounts(counts.filter((_, k) => !tuned[k])),
  }
}

export interface SpeedSample {
  readonly sentences: number
  /** Median of RUNS timed runs, after one warm-up run on the dev set itself. */
  readonly milliseconds: number
  /** The first timed run alone. */
  readonly firstRunMilliseconds: number
  /** Growth of the process's peak resident memory over the runs. */
  readonly peakRssGrowthMb: number
  /** Bytes on the JS heap and in array buffers right after one run (before any collection). */
  readonly allocatedMb: number
}

const RUNS = 3

/** Aligns the dev set repeated up to `sentences` lines, as one document. Run it in a fresh process. */
export function runAlignmentSpeed(bitext: Bitext, sentences: number): SpeedSample {
  const ko: string[] = []
  const en: string[] = []
  for (let k = 0; ko.length < sentences; k++) {
    ko.push(bitext.ko[k % bitext.ko.length])
    en.push(bitext.en[k % bitext.en.length])
  }
  // Warm the JIT once on the dev set, as a running app would be warm.
  alignSentences(bitext.ko, bitext.en)
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const rssBefore = process.resourceUsage().maxRSS
  const times: number[] = []
  let allocated = 0
  for (let run = 0; run < RUNS; run++) {
    gc?.()
    const mem = process.memoryUsage()
    const t0 = performance.now()
    alignSentences(ko, en)
    times.push(performance.now() - t0)
    const after = process.memoryUsage()
    if (run === 0) allocated = after.heapUsed + after.arrayBuffers - (mem.heapUsed + mem.arrayBuffers)
  }
  const sorted = [...times].sort((a, b) => a - b)
  return {
    sentences,
    milliseconds: sorted[RUNS >> 1],
    firstRunMilliseconds: times[0],
    peakRssGrowthMb: (process.resourceUsage().maxRSS - rssBefore) / 1024,
    allocatedMb: allocated / 1048576,
  }
}
