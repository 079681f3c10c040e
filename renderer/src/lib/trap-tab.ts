import type { KeyboardEvent } from 'react'

/**
 * Keeps Tab inside a modal dialog: showModal makes the page behind inert, and this keeps Tab from leaving the
 * dialog for the browser's own UI too. `focusable` selects the controls Tab moves between.
 */
export function trapTab(event: KeyboardEvent<HTMLElement>, focusable: string): void {
  if (event.key !== 'Tab') return
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)]
  if (controls.length === 0) return
  const first = controls[0]
  const last = controls[controls.length - 1]
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
