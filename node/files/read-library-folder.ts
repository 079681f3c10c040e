import { stat } from 'node:fs/promises'
import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import { buildLibrary, type BuildLibraryOptions } from '../../shared/lib/library/build-library'
import type { Library } from '../../shared/models/library'
import { importedPrefix } from './imported-pages'
import { readPage } from './read-page'
import { readPageFiles } from './read-page-files'

/**
 * Reads a folder's pages into a library with its automatic pairs, the files that could not be read
 * listed among its problems. The pages the user imported (`importFolder`: pasted pairs, dropped and opened
 * files) are read with it, their ids under `imported/`. The one composition, for the work jobs (app, web
 * mode) and the CLI.
 */
export async function readLibraryFolder(
  folder: string,
  glossary?: GlossaryMatcher,
  onProgress?: BuildLibraryOptions['onProgress'],
  importFolder?: string,
): Promise<Library> {
  onProgress?.({ label: 'Reading the folder', done: 0, total: 0 })
  const read = await readPageFiles(folder)
  const imported = importFolder && (await stat(importFolder).catch(() => null))?.isDirectory()
    ? await readPageFiles(importFolder, undefined, { prefix: importedPrefix })
    : { pages: [], problems: [] }
  const pages = [...read.pages, ...imported.pages.map((p) => ({ ...p, idPrefix: `${importedPrefix}/` }))]
  const library = buildLibrary(folder, pages, [], { glossary, onProgress, readPage })
  return { ...library, problems: [...read.problems, ...imported.problems, ...library.problems] }
}
