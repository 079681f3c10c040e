import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import { buildLibrary, type BuildLibraryOptions } from '../../shared/lib/library/build-library'
import type { Library } from '../../shared/models/library'
import { readPageFiles } from './read-page-files'

/**
 * Reads a folder's pages into a library with its automatic pairs, the files that could not be read
 * listed among its problems. The one composition of the two, for the work jobs (app, web mode) and the CLI.
 */
export async function readLibraryFolder(folder: string, glossary?: GlossaryMatcher, onProgress?: BuildLibraryOptions['onProgress']): Promise<Library> {
  onProgress?.({ label: 'Reading the folder', done: 0, total: 0 })
  const read = await readPageFiles(folder)
  const library = buildLibrary(folder, read.pages, [], { glossary, onProgress })
  return { ...library, problems: [...read.problems, ...library.problems] }
}
