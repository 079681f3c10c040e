import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { Comparison } from '../../../shared/models/comparison'
import type { FindingKind } from '../../../shared/models/finding'
import { ladderRungs, rowAtY, rowY, tickNear } from '../lib/overview-geometry'
import './PairOverview.css'

interface Props {
  readonly comparison: Comparison
  readonly rowCount: number
  readonly rowOfFinding: readonly number[]
  /** The findings shown (the panel's filter applies here too). */
  readonly shown: readonly number[]
  readonly active: number | null
  /** The rows in view, for the viewport marker. */
  readonly visible: { readonly start: number; readonly end: number } | null
  readonly onFinding: (finding: number) => void
  readonly onRow: (row: number) => void
}

/** Px either side of a tick that still counts as a click on it. */
const tickSlop = 4

/** Colours of the marks, read from the theme's variables so both themes draw in their own palette. */
function palette(el: Element) {
  const css = getComputedStyle(el)
  const v = (name: string) => css.getPropertyValue(name).trim()
  return {
    kinds: { 'figure-mismatch': v('--danger'), omission: v('--warn'), addition: v('--en') } as Record<FindingKind, string>,
    uncertain: v('--text-faint'),
    rung: v('--border-strong'),
    active: v('--accent'),
  }
}

/**
 * A picture of the whole pair beside the grid: the alignment ladder (Korean sentence positions left, English
 * right, one rung per link; omissions and additions as marks on one axis only) and a minimap with a tick per
 * finding, coloured by kind, and per uncertain link. Both are canvases (a 5,000-row pair would be thousands of
 * elements otherwise); a click jumps to the finding under the pointer or to the row there. Pointer only: the
 * findings list and Go to row do the same by keyboard, so the canvases are hidden from assistive technology.
 */
export function PairOverview({ comparison, rowCount, rowOfFinding, shown, active, visible, onFinding, onRow }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const ladder = useRef<HTMLCanvasElement>(null)
  const minimap = useRef<HTMLCanvasElement>(null)
  const [height, setHeight] = useState(0)
  const [themeTick, setThemeTick] = useState(0)
  const rungs = useMemo(() => ladderRungs(comparison.links, comparison.ko.length, comparison.en.length), [comparison])

  useEffect(() => {
    const el = box.current
    if (!el) return
    const observer = new ResizeObserver(() => setHeight(el.clientHeight))
    observer.observe(el)
    setHeight(el.clientHeight)
    // Redraw in the new palette when the theme changes.
    const themes = new MutationObserver(() => setThemeTick((t) => t + 1))
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      observer.disconnect()
      themes.disconnect()
    }
  }, [])

  const ticks = useMemo(
    () => shown.map((finding) => ({ finding, y: rowY(rowOfFinding[finding], rowCount, height), kind: comparison.findings[finding].kind })),
    [shown, rowOfFinding, rowCount, height, comparison],
  )

  useEffect(() => {
    const canvas = minimap.current
    if (!canvas || height === 0) return
    const ctx = prepare(canvas, height)
    if (!ctx) return
    const colours = palette(canvas)
    const w = canvas.clientWidth
    ctx.fillStyle = colours.uncertain
    for (const r of rungs) if (r.uncertain) ctx.fillRect(0, Math.round(rowY(r.row, rowCount, height)) - 1, 4, 2)
    for (const t of ticks) {
      ctx.fillStyle = colours.kinds[t.kind]
      ctx.fillRect(5, Math.round(t.y) - 1, w - 5, t.finding === active ? 4 : 2)
    }
    if (active !== null) {
      ctx.fillStyle = colours.active
      ctx.fillRect(0, Math.round(rowY(rowOfFinding[active], rowCount, height)) - 2, w, 4)
    }
  }, [ticks, rungs, rowCount, height, active, rowOfFinding, themeTick])

  useEffect(() => {
    const canvas = ladder.current
    if (!canvas || height === 0) return
    const ctx = prepare(canvas, height)
    if (!ctx) return
    const colours = palette(canvas)
    const w = canvas.clientWidth
    const left = 3
    const right = w - 3
    ctx.lineWidth = 1
    ctx.strokeStyle = colours.rung
    ctx.beginPath()
    for (const r of rungs) {
      if (r.ko === null || r.en === null || r.uncertain) continue
      ctx.moveTo(left, r.ko * height)
      ctx.lineTo(right, r.en * height)
    }
    ctx.stroke()
    ctx.strokeStyle = colours.uncertain
    ctx.setLineDash([2, 2])
    ctx.beginPath()
    for (const r of rungs) {
      if (r.ko === null || r.en === null || !r.uncertain) continue
      ctx.moveTo(left, r.ko * height)
      ctx.lineTo(right, r.en * height)
    }
    ctx.stroke()
    ctx.setLineDash([])
    // Gaps: a Korean sentence with no English (omission) or the reverse, as a bar on its own axis.
    for (const r of rungs) {
      if (r.en === null && r.ko !== null) {
        ctx.fillStyle = colours.kinds.omission
        ctx.fillRect(0, r.ko * height - 2, w / 2, 4)
      } else if (r.ko === null && r.en !== null) {
        ctx.fillStyle = colours.kinds.addition
        ctx.fillRect(w / 2, r.en * height - 2, w / 2, 4)
      }
    }
  }, [rungs, height, themeTick])

  function onMinimapClick(event: MouseEvent<HTMLCanvasElement>) {
    const y = event.clientY - event.currentTarget.getBoundingClientRect().top
    const tick = tickNear(ticks, y, tickSlop)
    if (tick) onFinding(tick.finding)
    else onRow(rowAtY(y, rowCount, height))
  }

  function onLadderClick(event: MouseEvent<HTMLCanvasElement>) {
    const y = (event.clientY - event.currentTarget.getBoundingClientRect().top) / Math.max(1, height)
    // The rung whose Korean (or, for an addition, English) end is nearest.
    let best = 0
    let bestDistance = Infinity
    for (const r of rungs) {
      const at = r.ko ?? r.en ?? 0
      if (Math.abs(at - y) < bestDistance) {
        bestDistance = Math.abs(at - y)
        best = r.row
      }
    }
    onRow(best)
  }

  const viewport =
    visible && rowCount > 0 && height > 0
      ? { top: (visible.start / rowCount) * height, height: Math.max(6, ((visible.end - visible.start + 1) / rowCount) * height) }
      : null
  return (
    <div ref={box} className="pair-overview" aria-hidden="true">
      <canvas ref={ladder} className="overview-ladder" title="Alignment ladder: Korean sentences (left) against English (right); click to go there" onClick={onLadderClick} />
      <div className="overview-minimap">
        <canvas ref={minimap} title="Findings in the whole pair; click a tick to go to its finding" onClick={onMinimapClick} />
        {viewport && <div className="overview-viewport" style={{ top: viewport.top, height: viewport.height }} />}
      </div>
    </div>
  )
}

/** Sizes the canvas for the device's pixel ratio and clears it. */
function prepare(canvas: HTMLCanvasElement, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1
  const width = canvas.clientWidth
  canvas.width = Math.round(width * ratio)
  canvas.height = Math.round(height * ratio)
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
  ctx.clearRect(0, 0, width, height)
  return ctx
}
