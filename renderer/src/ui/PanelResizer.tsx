import type { KeyboardEvent, PointerEvent } from 'react'

interface Props {
  readonly label: string
  /** The size it controls, in px. */
  readonly value: number
  readonly min: number
  readonly max: number
  readonly onChange: (value: number) => void
}

/** Pixels an arrow key moves the splitter (Page Up / Down move four times as far). */
const keyStep = 24

/** A horizontal splitter (WAI-ARIA window splitter): drag it, or focus it and use the arrows, Home and End. */
export function PanelResizer({ label, value, min, max, onChange }: Props) {
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const startY = event.clientY
    const start = value
    const el = event.currentTarget
    el.setPointerCapture(event.pointerId)
    const move = (e: globalThis.PointerEvent) => onChange(clamp(start + e.clientY - startY))
    const up = () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
    }
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next =
      event.key === 'ArrowDown' ? value + keyStep
      : event.key === 'ArrowUp' ? value - keyStep
      : event.key === 'PageDown' ? value + keyStep * 4
      : event.key === 'PageUp' ? value - keyStep * 4
      : event.key === 'Home' ? min
      : event.key === 'End' ? max
      : null
    if (next === null) return
    event.preventDefault()
    onChange(clamp(next))
  }

  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}
