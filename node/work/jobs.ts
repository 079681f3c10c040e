import { stat } from 'node:fs/promises'
import { compareCorrected } from '../../shared/lib/correct/compare-corrected'
import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'
import { readLibraryFolder } from '../files/read-library-folder'
import { readUserGlossary, type UserGlossary } from '../files/read-user-glossary'
import { runExportJob, type ExportJobRequest, type ExportJobResult } from './export-job'
import type { CompareRequest, LoadLibraryRequest, ProgressListener } from './heavy-work'

/**
 * The heavy jobs themselves, the same whichever thread runs them. The user's glossary is read once per change
 * of the file (its size and mtime), so comparisons after a load reuse the matcher.
 */
export function createJobs() {
  let cached: { key: string; glossary: UserGlossary } | null = null

  async function glossaryOf(file: string | undefined): Promise<UserGlossary> {
    const info = file ? await stat(file).catch(() => null) : null
    const key = `${file ?? ''}\n${info?.size ?? -1}\n${info?.mtimeMs ?? -1}`
    if (cached?.key !== key) cached = { key, glossary: await readUserGlossary(file) }
    return cached.glossary
  }

  return {
    async loadLibrary(request: LoadLibraryRequest, onProgress: ProgressListener = () => {}): Promise<Library> {
      const glossary = await glossaryOf(request.glossaryFile)
      const library = await readLibraryFolder(request.folder, glossary.matcher, onProgress, request.importFolder)
      return { ...library, problems: [...glossary.problems, ...library.problems] }
    },
    async compare(request: CompareRequest, onProgress: ProgressListener = () => {}): Promise<Comparison> {
      const matcher: GlossaryMatcher | undefined = (await glossaryOf(request.glossaryFile)).matcher
      // One synchronous step with no parts to count: an indeterminate bar.
      onProgress({ label: 'Aligning and checking', done: 0, total: 0 })
      return compareCorrected(request.ko, request.en, { glossary: matcher }, request.corrections)
    },
    async exportPairs(request: ExportJobRequest, onProgress: ProgressListener = () => {}): Promise<ExportJobResult> {
      return runExportJob(request, (await glossaryOf(request.glossaryFile)).matcher, onProgress)
    },
  }
}

export type Jobs = ReturnType<typeof createJobs>
