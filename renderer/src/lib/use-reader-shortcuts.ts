import { useEffect } from 'react'
import type { AppBridge } from '../../../shared/models/app-api'
import type { ReaderCommand } from '../../../shared/models/app-event'
import { isTypingTarget } from './keyboard-target'

/**
 * The window-wide shortcuts: "?" for the shortcut sheet and, in web mode, Ctrl+= / Ctrl+- / Ctrl+0 for the text
 * size. In the desktop app those three are menu accelerators (View › Larger Text…) that arrive as commands,
 * like Help › Keyboard Shortcuts; handling the keys here too would apply them twice.
 */
export function useReaderShortcuts(api: AppBridge, run: (command: ReaderCommand) => void): void {
  useEffect(() => api.onEvent((event) => event.type === 'command' && run(event.command)), [api, run])

  useEffect(() => {
    const inElectron = window.kobi !== undefined
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey) return
      const mod = event.ctrlKey || event.metaKey
      if (event.key === '?' && !mod && !isTypingTarget(event.target)) {
        event.preventDefault()
        run('show-shortcuts')
        return
      }
      if (!mod || inElectron) return
      const command: ReaderCommand | null =
        event.key === '=' || event.key === '+' ? 'larger-text' : event.key === '-' ? 'smaller-text' : event.key === '0' ? 'default-text' : null
      if (command === null) return
      // The browser's page zoom would scale the whole window; the reader scales its text instead.
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [run])
}
