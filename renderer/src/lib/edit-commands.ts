import type { EditCommand } from '../../../shared/models/app-event'

/** The window event the open pair listens to for Edit › Undo and Redo. */
export const appCommandEvent = 'kobi:command'

/**
 * Carries out the menu's Undo or Redo: a text field in focus takes it as an editor would; otherwise it goes
 * to the open pair (ReviewedPair listens for appCommandEvent).
 */
export function carryOutEditCommand(command: EditCommand): void {
  const el = document.activeElement
  if (el?.closest('input, textarea, [contenteditable="true"]')) document.execCommand(command)
  else window.dispatchEvent(new CustomEvent<EditCommand>(appCommandEvent, { detail: command }))
}
