// Reads the seed pages as the app does (bytes named `seeds/<file>`), for library tests.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { PageBytes } from '../../../shared/lib/library/build-library'

export const seedsDir = path.resolve(__dirname, '../../../seeds')

export function seedPages(): PageBytes[] {
  return readdirSync(seedsDir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((n) => ({ source: `seeds/${n}`, bytes: new Uint8Array(readFileSync(path.join(seedsDir, n))) }))
}
