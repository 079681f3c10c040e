// The fallback past the cap on candidate pairs (compareFigures): figures scored only against a few neighbours
// in relative position within their buckets, and what is left of a bucket paired nearest first.
import type { Figure } from '../../models/figure'

/** One side of a comparison: its figures, the length of its text, and which figures are paired. */
export interface FigureSide {
  readonly figures: readonly Figure[]
  readonly length: number
  readonly used: boolean[]
}

/** (Korean, English) index pairs of pair codes `i * width + j`. */
export function decodePairs(codes: ArrayLike<number>, width: number): [number, number][] {
  return Array.from(codes, (code) => {
    const i = Math.floor(code / width)
    return [i, code - i * width]
  })
}

/**
 * Figures of one side grouped by bucket, for the fallback past the cap: the few figures of a bucket nearest to
 * a relative position, found by binary search, so that each figure is scored against a bounded number.
 */
export class Nearby {
  private readonly buckets = new Map<string, { readonly at: number[]; readonly indices: number[] }>()

  constructor(s: FigureSide, key: (f: Figure) => string, admit: (i: number) => boolean = () => true) {
    s.figures.forEach((f, i) => {
      if (!admit(i)) return
      const k = key(f)
      let b = this.buckets.get(k)
      if (!b) this.buckets.set(k, (b = { at: [], indices: [] }))
      b.at.push(f.span.start / s.length)
      b.indices.push(i)
    })
    // Figures come in text order; sort a bucket only if they did not.
    for (const [k, b] of this.buckets) {
      if (b.at.every((x, n) => n === 0 || b.at[n - 1] <= x)) continue
      const order = b.indices.map((_, n) => n).sort((x, y) => b.at[x] - b.at[y])
      this.buckets.set(k, { at: order.map((n) => b.at[n]), indices: order.map((n) => b.indices[n]) })
    }
  }

  /** Indices of the `count` figures of bucket `key` nearest to relative position `at`. */
  near(key: string, at: number, count: number): number[] {
    const b = this.buckets.get(key)
    if (!b) return []
    let lo = 0
    let hi = b.at.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (b.at[mid] < at) lo = mid + 1
      else hi = mid
    }
    const out: number[] = []
    let left = lo - 1
    let right = lo
    while (out.length < count && (left >= 0 || right < b.at.length)) {
      const takeRight = left < 0 || (right < b.at.length && b.at[right] - at <= at - b.at[left])
      out.push(b.indices[takeRight ? right++ : left--])
    }
    return out
  }
}

/** Relative position of figure `i` of `s`. */
export function positionOf(s: FigureSide, i: number): number {
  return s.figures[i].span.start / s.length
}

/**
 * The fallback's candidates: each figure with the `perFigure` nearest figures of its bucket on the other side
 * (and any `extra` pair codes), in (Korean, English) index order without repeats.
 */
export function neighbourPairs(
  ko: FigureSide,
  en: FigureSide,
  key: (f: Figure) => string,
  perFigure: number,
  admitKo?: (i: number) => boolean,
  admitEn?: (j: number) => boolean,
  extra: readonly number[] = [],
): [number, number][] {
  const koNearby = new Nearby(ko, key, admitKo)
  const enNearby = new Nearby(en, key, admitEn)
  const width = Math.max(1, en.figures.length)
  const codes: number[] = [...extra]
  ko.figures.forEach((f, i) => {
    if (!admitKo || admitKo(i)) for (const j of enNearby.near(key(f), positionOf(ko, i), perFigure)) codes.push(i * width + j)
  })
  en.figures.forEach((f, j) => {
    if (!admitEn || admitEn(j)) for (const i of koNearby.near(key(f), positionOf(en, j), perFigure)) codes.push(i * width + j)
  })
  const sorted = Float64Array.from(codes).sort()
  return decodePairs(sorted.filter((c, n) => n === 0 || c !== sorted[n - 1]), width)
}

/**
 * After the fallback's neighbours: figures of one bucket (`key`) still unpaired on both sides (their neighbours
 * were taken) are paired nearest first, as the all-pairs greedy would pair them, so that no 7% is left to be
 * reported against another 7%. On a line the nearest Korean–English pair left is always adjacent among the figures left,
 * so a heap of adjacent pairs finds each in logarithmic time.
 */
export function pairLeftovers(
  ko: FigureSide,
  en: FigureSide,
  key: (f: Figure) => string,
  accept: (a: Figure, b: Figure) => boolean,
  paired: (a: Figure, b: Figure) => void,
  admitKo: (i: number) => boolean = () => true,
  admitEn: (j: number) => boolean = () => true,
): void {
  const lines = new Map<string, { at: number; ko: boolean; index: number }[]>()
  const add = (s: FigureSide, isKo: boolean, admit: (i: number) => boolean): void =>
    s.figures.forEach((f, i) => {
      if (s.used[i] || !admit(i)) return
      const k = key(f)
      const line = lines.get(k)
      const point = { at: positionOf(s, i), ko: isKo, index: i }
      if (line) line.push(point)
      else lines.set(k, [point])
    })
  add(ko, true, admitKo)
  add(en, false, admitEn)
  for (const points of lines.values()) {
    if (!points.some((p) => p.ko) || points.every((p) => p.ko)) continue
    points.sort((x, y) => x.at - y.at || Number(y.ko) - Number(x.ko) || x.index - y.index)
    const next = points.map((_, n) => n + 1)
    const previous = points.map((_, n) => n - 1)
    const alive = points.map(() => true)
    const heap = new PairHeap()
    const offer = (l: number, r: number): void => {
      if (l < 0 || r >= points.length || points[l].ko === points[r].ko) return
      const [k, e] = points[l].ko ? [points[l], points[r]] : [points[r], points[l]]
      heap.push({ distance: points[r].at - points[l].at, i: k.index, j: e.index, left: l, right: r })
    }
    for (let n = 0; n + 1 < points.length; n++) offer(n, n + 1)
    for (let p = heap.pop(); p; p = heap.pop()) {
      if (!alive[p.left] || !alive[p.right] || next[p.left] !== p.right) continue
      if (!accept(ko.figures[p.i], en.figures[p.j])) continue
      ko.used[p.i] = true
      en.used[p.j] = true
      paired(ko.figures[p.i], en.figures[p.j])
      alive[p.left] = alive[p.right] = false
      const l = previous[p.left]
      const r = next[p.right]
      if (l >= 0) next[l] = r
      if (r < points.length) previous[r] = l
      offer(l, r)
    }
  }
}

interface LinePair {
  readonly distance: number
  readonly i: number
  readonly j: number
  readonly left: number
  readonly right: number
}

/** A binary min-heap of line pairs: nearest first, then Korean index, then English, as the stable sort orders ties. */
class PairHeap {
  private readonly items: LinePair[] = []

  private before(a: LinePair, b: LinePair): boolean {
    return a.distance < b.distance || (a.distance === b.distance && (a.i < b.i || (a.i === b.i && a.j < b.j)))
  }

  push(p: LinePair): void {
    const items = this.items
    items.push(p)
    for (let n = items.length - 1; n > 0; ) {
      const up = (n - 1) >> 1
      if (!this.before(items[n], items[up])) break
      ;[items[n], items[up]] = [items[up], items[n]]
      n = up
    }
  }

  pop(): LinePair | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0 && last) {
      items[0] = last
      for (let n = 0; ; ) {
        const l = 2 * n + 1
        const r = l + 1
        let m = n
        if (l < items.length && this.before(items[l], items[m])) m = l
        if (r < items.length && this.before(items[r], items[m])) m = r
        if (m === n) break
        ;[items[n], items[m]] = [items[m], items[n]]
        n = m
      }
    }
    return top
  }
}

