// A figure bomb: one linked sentence pair with thousands of figures a side (a table pasted as one sentence).
import { compareSentences } from '../../shared/lib/compare/compare-sentences'
import { presegmentedSentences } from '../../shared/lib/compare/segment-paragraphs'
import { compareFigures, type FigureWork } from '../../shared/lib/figures/compare-figures'

export interface FigureBombTiming {
  readonly figures: number
  readonly what: string
  readonly ms: number
  readonly findings: number
}

/** "1개, 2개, …" against "1, 2, …", and the same with every English value off by one, through the whole check. */
export function runFigureBomb(): FigureBombTiming[] {
  const out: FigureBombTiming[] = []
  for (const n of [2000, 5000]) {
    for (const [what, shift] of [['matching', 0], ['all different', 1]] as const) {
      const ko = Array.from({ length: n }, (_, i) => `${3 * i + 2}개`).join(', ') + '가 있다.'
      const en = 'There are ' + Array.from({ length: n }, (_, i) => `${3 * i + 2 + shift}`).join(', ') + '.'
      const t0 = performance.now()
      const c = compareSentences(presegmentedSentences(ko), presegmentedSentences(en))
      out.push({ figures: n, what, ms: performance.now() - t0, findings: c.findings.length })
    }
  }
  return out
}

export interface FigureBombFigures {
  /** Figures a side. */
  readonly figures: number
  readonly what: string
  readonly ms: number
  /** Heap growth over the call, in MB (after a collection first when Node runs with --expose-gc). */
  readonly mb: number
  readonly mismatches: number
  /** Pairs of figures compareFigures scored. */
  readonly pairsScored: number
}

const BOMBS: readonly (readonly [string, (n: number) => readonly [string, string]])[] = [
  ['one to one', (n) => [list(n, (i) => `${i + 1}개`), list(n, (i) => `${i + 1}`)]],
  ['all equal', (n) => [list(n, () => '7개'), list(n, () => '7')]],
  ['all different', (n) => [list(n, (i) => `${i + 1}개`), list(n, (i) => `${i + 10001}.5`)]],
]

function list(n: number, item: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => item(i)).join(', ')
}

/**
 * compareFigures alone on one sentence pair of 2,000 and 5,000 figures a side: "1개, 2개, …" against "1, 2, …",
 * every figure the same value, and no value matching. Each is run once first, so the time is a warm one.
 */
export function figureBombFigures(): FigureBombFigures[] {
  const gc = (globalThis as { gc?: () => void }).gc
  const out: FigureBombFigures[] = []
  for (const n of [2000, 5000]) {
    for (const [what, make] of BOMBS) {
      const [ko, en] = make(n)
      compareFigures(ko, en)
      gc?.()
      const heap = process.memoryUsage().heapUsed
      const work: FigureWork = { pairs: 0 }
      const t0 = performance.now()
      const mismatches = compareFigures(ko, en, undefined, work)
      const ms = performance.now() - t0
      const mb = (process.memoryUsage().heapUsed - heap) / 2 ** 20
      out.push({ figures: n, what, ms, mb, mismatches: mismatches.length, pairsScored: work.pairs })
    }
  }
  return out
}
