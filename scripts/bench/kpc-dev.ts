import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from './project-root'

/** The kpc-dev bitext lives beside the project, never inside it. */
export const KPC_DEV_DIR = path.resolve(PROJECT_ROOT, '../shared/bench/kpc-dev')

export interface Bitext {
  readonly ko: string[]
  readonly en: string[]
}

/** Reads the dev bitext, or null when it is absent (the bench then skips its accuracy part). */
export function readKpcDev(dir = KPC_DEV_DIR): Bitext | null {
  const koFile = path.join(dir, 'korean-english-park.dev.ko')
  const enFile = path.join(dir, 'korean-english-park.dev.en')
  if (!existsSync(koFile) || !existsSync(enFile)) return null
  const ko = readFileSync(koFile, 'utf8').split('\n')
  const en = readFileSync(enFile, 'utf8').split('\n')
  while (ko.length && ko[ko.length - 1] === '' && en[en.length - 1] === '') {
    ko.pop()
    en.pop()
  }
  if (ko.length !== en.length) throw new Error(`kpc-dev sides differ: ${ko.length} vs ${en.length} lines`)
  return { ko: ko.map((s) => s.trim()), en: en.map((s) => s.trim()) }
}
