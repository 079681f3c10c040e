import { statSync } from 'node:fs'
import path from 'node:path'
import { importLimits } from '../../shared/models/import'
import type { Store } from '../store/store'

export type Settings = Pick<Store, 'getSetting' | 'setSetting'>

const RECENT = 'recentFolders'
const LAST = 'lastFolder'

/** The folders opened lately, newest first; whatever the store holds that is not a list of paths is ignored. */
export function recentFolders(settings: Settings): string[] {
  const value = settings.getSetting(RECENT)
  return Array.isArray(value) ? value.filter((f): f is string => typeof f === 'string' && f.length > 0).slice(0, importLimits.maxRecentFolders) : []
}

/** Records a folder the user opened: first in the recent list, and the one to reopen at the next start. */
export function rememberFolder(settings: Settings, folder: string): void {
  const resolved = path.resolve(folder)
  settings.setSetting(RECENT, [resolved, ...recentFolders(settings).filter((f) => f !== resolved)].slice(0, importLimits.maxRecentFolders))
  settings.setSetting(LAST, resolved)
}

/** Takes a folder off the recent list (it no longer exists). */
export function forgetFolder(settings: Settings, folder: string): void {
  settings.setSetting(RECENT, recentFolders(settings).filter((f) => f !== folder))
}

/** The folder opened last, when it is still a folder. */
export function lastFolder(settings: Settings): string | null {
  const value = settings.getSetting(LAST)
  return typeof value === 'string' && isFolder(value) ? value : null
}

export function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch {
    return false
  }
}
