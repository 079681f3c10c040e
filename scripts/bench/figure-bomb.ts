// A figure bomb: one linked sentence pair with thousands of figures a side (a table pasted as one sentence).
import { compareSentences } from '../../shared/lib/compare/compare-sentences'
import { presegmentedSentences } from '../../shared/lib/compare/segment-paragraphs'

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
