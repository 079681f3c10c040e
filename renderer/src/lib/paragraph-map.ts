import type { Comparison } from '../../../shared/models/comparison'

/**
 * For each paragraph of one side, the paragraph of the other side its first linked sentence lies in: what the
 * Paragraphs view scrolls to when the reader scrolls the other column. A paragraph with no linked sentence
 * (wholly omitted or added) takes its predecessor's counterpart, so the other column holds still over it.
 */
export function paragraphMap(comparison: Comparison, from: 'ko' | 'en', paragraphCount: number): number[] {
  const to = from === 'ko' ? 'en' : 'ko'
  const first = new Map<number, number>()
  for (const link of comparison.links) {
    if (link[from].length === 0 || link[to].length === 0) continue
    const source = comparison[from][link[from][0]]?.paragraph
    const target = comparison[to][link[to][0]]?.paragraph
    if (source !== undefined && target !== undefined && !first.has(source)) first.set(source, target)
  }
  const out: number[] = []
  let last = 0
  for (let p = 0; p < paragraphCount; p++) {
    last = first.get(p) ?? last
    out.push(last)
  }
  return out
}
