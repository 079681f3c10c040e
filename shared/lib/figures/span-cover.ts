import type { TextSpan } from '../../models/span'

/**
 * Answers "does any of these spans contain this offset?" in logarithmic time: spans sorted by start, with the
 * furthest end reached so far, so the spans starting at or before an offset reach past it exactly when that
 * running end does. Spans added later must not start before the last one; if one does, it is kept and queries
 * scan every span, which gives the same answers.
 */
export class SpanCover {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly reach: number[] = []
  private sorted = true

  constructor(spans: readonly TextSpan[] = []) {
    for (const s of [...spans].sort((a, b) => a.start - b.start)) this.add(s)
  }

  add(span: TextSpan): void {
    const n = this.starts.length
    if (n > 0 && span.start < this.starts[n - 1]) this.sorted = false
    this.starts.push(span.start)
    this.ends.push(span.end)
    this.reach.push(n > 0 ? Math.max(this.reach[n - 1], span.end) : span.end)
  }

  /** Whether some span has start ≤ offset < end. */
  covers(offset: number): boolean {
    if (!this.sorted) return this.starts.some((s, k) => s <= offset && offset < this.ends[k])
    let lo = 0
    let hi = this.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.starts[mid] <= offset) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && this.reach[lo - 1] > offset
  }
}
