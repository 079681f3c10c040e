import { stat } from 'node:fs/promises'
import { buildLibrary } from '../shared/lib/library/build-library'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import type { Library } from '../shared/models/library'
import { readPageFiles } from '../electron/main/read-page-files'
import { CliError } from './cli-error'

/** Reads a folder of pages into a library (the CLI has no store, so no manual overrides apply). */
export async function loadLibrary(folder: string, glossary?: GlossaryMatcher): Promise<Library> {
  const info = await stat(folder).catch(() => null)
  if (!info) throw new CliError(`No such folder: ${folder}`)
  if (!info.isDirectory()) throw new CliError(`Not a folder: ${folder}`)
  const { pages, problems } = await readPageFiles(folder)
  const library = buildLibrary(folder, pages, [], { glossary })
  return { ...library, problems: [...problems, ...library.problems] }
}
