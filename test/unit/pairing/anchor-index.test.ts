import { describe, expect, it } from 'vitest'
import { AnchorIndex, AnchorWeights } from '../../../shared/lib/pairing/anchor-weights'

/** The index as first written: one running total per unit in a map, in the order units are first reached. */
function reference(units: ReadonlyArray<ReadonlySet<string>>, en: ReadonlySet<string>): Array<[number, number]> {
  const weights = new AnchorWeights(units)
  const postings = new Map<string, number[]>()
  const norms = units.map((anchors, u) => {
    let norm = 0
    for (const a of anchors) {
      const w = weights.weight(a)
      norm += w * w
      postings.set(a, [...(postings.get(a) ?? []), u])
    }
    return norm
  })
  const shared = new Map<number, number>()
  let enNorm = 0
  for (const a of en) {
    if (!weights.known(a)) continue
    const w = weights.weight(a)
    enNorm += w * w
    for (const u of postings.get(a) ?? []) shared.set(u, (shared.get(u) ?? 0) + w * w)
  }
  return [...shared].map(([u, s]) => [u, norms[u] && enNorm ? s / Math.sqrt(norms[u] * enNorm) : 0])
}

function random(seed: number): () => number {
  let x = seed
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
}

describe('AnchorIndex', () => {
  it('scores units sharing an anchor set once and keeps the first-reached order of the map it replaced', () => {
    const rand = random(7)
    const vocabulary = Array.from({ length: 30 }, (_, k) => (k % 3 === 0 ? `g:c${k}` : `lat:w${k}`))
    for (let trial = 0; trial < 200; trial++) {
      // A few distinct texts, each present several times (the same Set object, as the pairing memo gives).
      const distinct = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => new Set(vocabulary.filter(() => rand() < 0.3)))
      const units = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => distinct[Math.floor(rand() * distinct.length)])
      const en = new Set([...vocabulary.filter(() => rand() < 0.4), 'lat:unknown'])
      const { units: reached, values } = new AnchorIndex(units).similarities(en)
      const got = [...reached].map((u, k): [number, number] => [u, values[k]])
      expect(got).toEqual(reference(units, en))
    }
  })

  it('weighs copies like separate documents', () => {
    const a = new Set(['lat:x', 'g:y'])
    const b = new Set(['lat:z'])
    const copies = new AnchorWeights([a, b], [3, 1])
    const separate = new AnchorWeights([a, a, a, b])
    for (const anchor of ['lat:x', 'g:y', 'lat:z', 'lat:none']) expect(copies.weight(anchor)).toBe(separate.weight(anchor))
  })
})
