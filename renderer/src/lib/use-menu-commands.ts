import { useEffect } from 'react'
import type { AppBridge } from '../../../shared/models/app-api'
import type { AppCommand } from '../../../shared/models/app-event'
import { isTypingTarget } from './keyboard-target'

/** The window event the open pair listens to for Edit › Undo and Redo. */
export const appCommandEvent = 'kobi:command'

/**
 * Carries out the menu's commands: a text field in focus takes Undo and Redo as an editor would; otherwise they
 * go to the open pair (ReviewedPair listens for appCommandEvent).
 */
export function useMenuCommands(api: AppBridge): void {
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'command') return
        if (isTypingTarget(document.activeElement)) document.execCommand(event.command)
        else window.dispatchEvent(new CustomEvent<AppCommand>(appCommandEvent, { detail: event.command }))
      }),
    [api],
  )
}
