import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { formatLimit, pageLimits } from '../../shared/lib/ingest/page-limits'
import { verdictOf, type Annotation } from '../../shared/models/annotation'
import {
  importedFileName,
  isImportedArticle,
  type ImportedPageSummary,
  type ImportResult,
  type KeptReview,
  type RemovalPreview,
  type RemovedPages,
} from '../../shared/models/import'
import type { Library } from '../../shared/models/library'
import { folderBytes, importedSource } from '../files/imported-pages'
import { deleteTrashEntry, moveToTrash, RestoreError, restoreFromTrash, sweepTrash } from '../files/import-trash'
import { BadRequestError } from './bad-request'

/** What removing imported pages needs from the handlers. */
export interface RemovalContext {
  readonly importFolder: string
  /** The library as loaded, with the reader's pairings. */
  library(): Promise<Library>
  /** Reads the library again (the folder and the imported pages). */
  reload(): Promise<Library>
  /** The review the store keeps for the open folder: its annotations and its pairs with hand-set links. */
  annotations(): readonly Annotation[]
  handLinkedPairs(): readonly { readonly ko: string; readonly en: string }[]
}

/** Removals Undo can still take back; older ones leave the trash for good. */
const maxUndoableRemovals = 20
/** Bytes the trash holds at most (the newest removal always stays, whatever its size). */
const maxTrashBytes = pageLimits.maxFolderBytes
/** Trash entries a start leaves alone, in case another window of the app removed them and may undo. */
const trashMaxAgeMs = 24 * 60 * 60 * 1000

interface Removal {
  readonly names: readonly string[]
  readonly bytes: number
}

/** Why a source is refused: only pages in the import folder can be removed, never the user's own files. */
export function notImported(source: string): string {
  return `${JSON.stringify(source.slice(0, 120))} is not an imported page; only imported pages can be removed (the pages of your library folder are your own files, which KoBi Reader never deletes).`
}

/**
 * Removal of imported pages with Undo: the files move into the import folder's trash and back, while the
 * review the store keeps for them (notes, verdicts, hand-set links, pairings) is never touched, so it returns
 * with the page, on Undo or when the same file is imported again. Until then the Notes panel lists the notes
 * as orphaned.
 */
export function createImportRemovals(context: RemovalContext) {
  const { importFolder } = context
  // Oldest first, as a Map keeps them.
  const removals = new Map<string, Removal>()
  const swept = sweepTrash(importFolder, trashMaxAgeMs).catch(() => {})

  /** The sources as files of the import folder, refusing anything else; duplicates count once. */
  async function checkedNames(sources: readonly string[]): Promise<{ source: string; name: string; bytes: number }[]> {
    const checked: { source: string; name: string; bytes: number }[] = []
    for (const source of new Set(sources)) {
      const name = importedFileName(source)
      if (name === null) throw new BadRequestError(notImported(source))
      // The name has no folder part; this also holds on a system that reads other separators.
      const file = path.resolve(importFolder, name)
      if (path.dirname(file) !== importFolder || path.basename(file) !== name) throw new BadRequestError(notImported(source))
      const info = await lstat(file).catch(() => null)
      if (!info?.isFile()) throw new BadRequestError(`${name} is not among the imported pages (it may have been removed already).`)
      checked.push({ source, name, bytes: info.size })
    }
    return checked
  }

  async function describe(sources: readonly string[]): Promise<RemovalPreview & { bytes: number }> {
    const pages = await checkedNames(sources)
    const library = await context.library()
    const summaries: ImportedPageSummary[] = pages.map(({ source, name }) => ({
      source,
      name,
      articles: library.articles.filter((a) => a.source === source && isImportedArticle(a)).map((a) => ({ id: a.id, title: a.title })),
    }))
    const ids = new Set(summaries.flatMap((p) => p.articles.map((a) => a.id)))
    return { pages: summaries, kept: keptReview(ids), bytes: pages.reduce((sum, p) => sum + p.bytes, 0) }
  }

  function keptReview(ids: ReadonlySet<string>): KeptReview {
    const touches = (p: { ko: string; en: string }) => ids.has(p.ko) || ids.has(p.en)
    const annotations = context.annotations().filter(touches)
    const linked = context.handLinkedPairs().filter(touches)
    const verdicts = annotations.filter((a) => verdictOf(a) !== null).length
    const pairs = new Set([...annotations, ...linked].map((p) => `${p.ko}\n${p.en}`))
    return { notes: annotations.length - verdicts, verdicts, handLinkedPairs: linked.length, pairs: pairs.size }
  }

  /** Keeps the trash within its bounds, oldest removals going first. */
  async function bound(): Promise<void> {
    let bytes = [...removals.values()].reduce((sum, r) => sum + r.bytes, 0)
    for (const [id, removal] of removals) {
      if (removals.size <= 1 || (removals.size <= maxUndoableRemovals && bytes <= maxTrashBytes)) break
      removals.delete(id)
      bytes -= removal.bytes
      await deleteTrashEntry(importFolder, id).catch(() => {})
    }
  }

  return {
    async preview(sources: readonly string[]): Promise<RemovalPreview> {
      await swept
      const { pages, kept } = await describe(sources)
      return { pages, kept }
    },

    async remove(sources: readonly string[]): Promise<RemovedPages> {
      await swept
      const { pages, kept, bytes } = await describe(sources)
      const names = pages.map((p) => p.name)
      let removalId: string
      try {
        removalId = await moveToTrash(importFolder, names)
      } catch (error) {
        throw new BadRequestError(`The page could not be removed (${error instanceof Error ? error.message : String(error)}).`)
      }
      removals.set(removalId, { names, bytes })
      await bound()
      return { pages, kept, library: await context.reload(), removalId }
    },

    async restore(removalId: string): Promise<ImportResult> {
      const removal = removals.get(removalId)
      if (!removal) throw new BadRequestError('That removal can no longer be undone (it is too long ago, or the app was restarted since).')
      if ((await folderBytes(importFolder)) + removal.bytes > pageLimits.maxFolderBytes) {
        throw new BadRequestError(`Undo would take the imported pages past ${formatLimit(pageLimits.maxFolderBytes)}; remove another imported page first.`)
      }
      try {
        await restoreFromTrash(importFolder, removalId, removal.names)
      } catch (error) {
        if (error instanceof RestoreError) throw new BadRequestError(error.message)
        throw error
      }
      removals.delete(removalId)
      const library = await context.reload()
      const sources = new Set(removal.names.map(importedSource))
      return {
        library,
        articles: library.articles.filter((a) => sources.has(a.source) && isImportedArticle(a)).map((a) => a.id),
        problems: library.problems.filter((p) => sources.has(p.source)),
      }
    },
  }
}
