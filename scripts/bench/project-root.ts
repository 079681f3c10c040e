import { existsSync } from 'node:fs'
import path from 'node:path'

/** The checkout's root: the benchmark runs bundled from out/node/ (or a chunk below it), so it looks upward. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'seeds'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`No project root above ${from}.`)
  }
}

export const PROJECT_ROOT = findRoot(import.meta.dirname)
