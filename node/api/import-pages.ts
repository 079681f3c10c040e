import { formatLimit, pageLimits } from '../../shared/lib/ingest/page-limits'
import { importLimits, type ImportResult, type PastedPair } from '../../shared/models/import'
import type { Library, LoadProblem } from '../../shared/models/library'
import { importedSource, pastedPairNames, removeImportedFile, writeImportedFile } from '../files/imported-pages'
import { BadRequestError } from './bad-request'

/** What importing needs from the handlers. */
export interface ImportContext {
  /** Where imported pages are kept; read with every library folder. */
  readonly importFolder: string
  /** Reads the library again (the folder and the imported pages), with the overrides applied. */
  reload(): Promise<Library>
  /** Pairs two imported articles by hand. */
  pair(ko: string, en: string): Promise<Library>
}

export interface FileToImport {
  /** The name the user's system gave. */
  readonly name: string
  readonly bytes: Uint8Array
}

/**
 * Copies the files into the import folder and reads the library again. A file that turns out not to be a
 * page (binary, empty, over the size limit, no article) is named in the result's problems and removed
 * again, so it does not come back on every load; the other files are imported all the same.
 */
export async function importPages(context: ImportContext, files: readonly FileToImport[]): Promise<ImportResult> {
  const problems: LoadProblem[] = []
  // A page over the page limit is named and left out; the others must fit one import together.
  const pages = files.filter((file) => {
    if (file.bytes.byteLength <= pageLimits.maxFileBytes) return true
    problems.push({ source: file.name, message: `${file.name} is larger than ${formatLimit(pageLimits.maxFileBytes)}.` })
    return false
  })
  const total = pages.reduce((sum, f) => sum + f.bytes.byteLength, 0)
  if (total > importLimits.maxBatchBytes) {
    throw new BadRequestError(`These files are larger together than one import can carry (${formatLimit(importLimits.maxBatchBytes)}); import fewer at a time.`)
  }
  const written: { name: string; fileName: string; existed: boolean }[] = []
  for (const file of pages) {
    const result = await writeImportedFile(context.importFolder, file.name, file.bytes)
    if (result.ok) written.push({ name: file.name, ...result })
    else problems.push({ source: file.name, message: result.message })
  }
  const library = await context.reload()
  const articles: string[] = []
  const refusedSources = new Set<string>()
  for (const file of written) {
    const source = importedSource(file.fileName)
    const refused = library.problems.filter((p) => p.source === source)
    if (refused.length > 0) {
      refusedSources.add(source)
      if (!file.existed) await removeImportedFile(context.importFolder, file.fileName)
      problems.push(...refused.map((p) => ({ source: file.name, message: p.message.replace(source, file.name) })))
      continue
    }
    articles.push(...library.articles.filter((a) => a.source === source).map((a) => a.id))
  }
  // The refused files are named once, as the user named them, not also under their imported/ source.
  const shown = { ...library, problems: [...library.problems.filter((p) => !refusedSources.has(p.source)), ...problems] }
  return { library: shown, articles, problems }
}

/**
 * Writes a pasted Korean and English text as two imported pages, reads them, and pairs their articles by
 * hand. Refused, with both pages removed again, when a side is empty, holds no article, or is not in its
 * language (the texts swapped).
 */
export async function createPastedPair(context: ImportContext, koText: string, enText: string): Promise<PastedPair> {
  const sides = [
    { lang: 'ko' as const, name: 'Korean', text: koText },
    { lang: 'en' as const, name: 'English', text: enText },
  ]
  for (const side of sides) {
    if (side.text.trim() === '') throw new BadRequestError(`The ${side.name} text is empty.`)
  }
  const names = pastedPairNames()
  const files = { ko: names.ko, en: names.en }
  for (const side of sides) {
    const text = `${side.text.replace(/\r\n?/g, '\n').normalize('NFC').trim()}\n`
    const written = await writeImportedFile(context.importFolder, files[side.lang], new TextEncoder().encode(text))
    if (!written.ok) {
      await removeImportedFile(context.importFolder, files.ko)
      throw new BadRequestError(written.message)
    }
  }
  const library = await context.reload()
  const ids: Record<'ko' | 'en', string> = { ko: '', en: '' }
  try {
    for (const side of sides) {
      const article = library.articles.find((a) => a.source === importedSource(files[side.lang]))
      if (!article) {
        throw new BadRequestError(`No article could be read from the ${side.name} text: give it a title on its first line and the article below.`)
      }
      if (article.lang !== side.lang) {
        const other = article.lang === 'other' ? 'neither Korean nor English' : article.lang === 'ko' ? 'Korean' : 'English'
        throw new BadRequestError(`The ${side.name} text reads as ${other}. Did the two texts trade places?`)
      }
      ids[side.lang] = article.id
    }
  } catch (error) {
    await removeImportedFile(context.importFolder, files.ko)
    await removeImportedFile(context.importFolder, files.en)
    await context.reload()
    throw error
  }
  return { library: await context.pair(ids.ko, ids.en), ko: ids.ko, en: ids.en }
}
