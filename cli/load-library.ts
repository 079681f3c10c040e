import { stat } from 'node:fs/promises'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import type { Library } from '../shared/models/library'
import { readLibraryFolder } from '../node/files/read-library-folder'
import { CliError } from './cli-error'

/** Reads a folder of pages into a library (the CLI has no store, so no manual overrides apply). */
export async function loadLibrary(folder: string, glossary?: GlossaryMatcher): Promise<Library> {
  const info = await stat(folder).catch(() => null)
  if (!info) throw new CliError(`No such folder: ${folder}`)
  if (!info.isDirectory()) throw new CliError(`Not a folder: ${folder}`)
  return readLibraryFolder(folder, glossary)
}
