import { alignSentences } from '../../shared/lib/align/align-sentences'
import { buildAlignmentDocuments } from './alignment-documents'
import { scoreAlignments, type AlignmentScore } from './alignment-score'
import type { Bitext } from './kpc-dev'

export function runAlignmentAccuracy(bitext: Bitext): AlignmentScore {
  const docs = buildAlignmentDocuments(bitext)
  const predicted = docs.map((d) => alignSentences(d.ko, d.en))
  return scoreAlignments(docs, predicted)
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
