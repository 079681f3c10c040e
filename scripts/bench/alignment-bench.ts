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
  readonly milliseconds: number
  /** Growth of the process's peak resident memory during the run. */
  readonly peakRssGrowthMb: number
  /** Bytes allocated on the JS heap and in array buffers during the run (before any collection). */
  readonly allocatedMb: number
}

/** Aligns the dev set repeated up to `sentences` lines, as one document. Run it in a fresh process. */
export function runAlignmentSpeed(bitext: Bitext, sentences: number): SpeedSample {
  const ko: string[] = []
  const en: string[] = []
  for (let k = 0; ko.length < sentences; k++) {
    ko.push(bitext.ko[k % bitext.ko.length])
    en.push(bitext.en[k % bitext.en.length])
  }
  // Warm the JIT on a small document so the figure is the steady-state speed.
  alignSentences(ko.slice(0, 200), en.slice(0, 200))
  ;(globalThis as { gc?: () => void }).gc?.()
  const rssBefore = process.resourceUsage().maxRSS
  const mem = process.memoryUsage()
  const usedBefore = mem.heapUsed + mem.arrayBuffers
  const t0 = performance.now()
  alignSentences(ko, en)
  const ms = performance.now() - t0
  const after = process.memoryUsage()
  return {
    sentences,
    milliseconds: ms,
    peakRssGrowthMb: (process.resourceUsage().maxRSS - rssBefore) / 1024,
    allocatedMb: (after.heapUsed + after.arrayBuffers - usedBefore) / 1048576,
  }
}
