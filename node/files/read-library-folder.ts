import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import { buildLibrary } from '../../shared/lib/library/build-library'
import type { Library } from '../../shared/models/library'
import { readPageFiles } from './read-page-files'

/**
 * Reads a folder's pages into a library with its automatic pairs, the files that could not be read
 * listed among its problems. Shared by the app's handlers and the CLI.
 */
export async function readLibraryFolder(folder: string, glossary?: GlossaryMatcher): Promise<Library> {
  const read = await readPageFiles(folder)
  const library = buildLibrary(folder, read.pages, [], { glossary })
  return { ...library, problems: [...read.problems, ...library.problems] }
}
