import { useEffect, useState } from 'react'
import type { AppBridge } from '../../../shared/models/app-api'
import type { MenuCommand, TaskKind, WindowEvent } from '../../../shared/models/app-event'
import type { Library } from '../../../shared/models/library'

export interface TaskProgress {
  readonly taskId: number
  readonly task: TaskKind
  readonly label: string
  readonly done: number
  readonly total: number
  /** performance.now() when the first report arrived. */
  readonly startedAt: number
}

/**
 * Follows the main process's events: the background tasks still running (for the progress indicator), and a
 * new library pushed by the menu (Open Folder…, Reload Library, Open File…), handed to `onLibrary` with the
 * article to open if any, and the menu items the window carries out itself, handed to `onMenu`.
 */
export function useBackgroundTasks(
  api: AppBridge,
  onLibrary: (library: Library, select?: string) => void,
  onMenu?: (command: MenuCommand) => void,
): readonly TaskProgress[] {
  const [tasks, setTasks] = useState<ReadonlyMap<number, TaskProgress>>(new Map())
  useEffect(
    () =>
      api.onEvent((event: WindowEvent) => {
        if (event.type === 'library') return onLibrary(event.library, event.select)
        if (event.type === 'menu') return onMenu?.(event.command)
        if (event.type === 'command') return // the reader's own listener (use-reader-shortcuts)
        setTasks((previous) => {
          const next = new Map(previous)
          if (event.type === 'progress-end') next.delete(event.taskId)
          else {
            const startedAt = previous.get(event.taskId)?.startedAt ?? performance.now()
            const { taskId, task, label, done, total } = event
            next.set(taskId, { taskId, task, label, done, total, startedAt })
          }
          return next
        })
      }),
    [api, onLibrary, onMenu],
  )
  return [...tasks.values()]
}
