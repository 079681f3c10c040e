import * as v from 'valibot'
import { maxArticleIdLength, type AppApi, type AppApiMethod } from '../../shared/models/app-api'
import { base64Length, importedFileName, importLimits, maxPagesPerRemoval } from '../../shared/models/import'
import { exportFormats, exportOnlyChoices } from '../../shared/models/export'
import type { Language } from '../../shared/models/language'
import { trashIdPattern } from '../files/import-trash'
import { notImported } from './remove-imported-pages'
import { annotationDraftSchema, editLabelSchema, linkSpecsSchema } from './annotation-schemas'
import {
  fontScales,
  lineSpacings,
  maxFindingsListHeight,
  maxSecondVersionLength,
  minFindingsListHeight,
  type ReaderSettings,
} from '../../shared/models/reader-settings'

/** "a Korean", "an English": a language as messages name an article of it. */
export const aLanguage: Record<Language, string> = { ko: 'a Korean', en: 'an English', other: 'an other-language' }

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length === 0 ? 'an empty string' : `a string of ${value.length} characters`
  if (value === null) return 'null'
  return `a value of type ${typeof value}`
}

/** An article id of the given language's side: a non-empty string of bounded length. */
function articleId(lang: 'ko' | 'en' | 'ko-or-en') {
  const which = lang === 'ko-or-en' ? 'an' : aLanguage[lang]
  const message = (issue: v.BaseIssue<unknown>) => `Expected the id of ${which} article, got ${describe(issue.input)}.`
  return v.pipe(v.string(message), v.minLength(1, message), v.maxLength(maxArticleIdLength, message))
}

/** A file to import: a name and base64 bytes, within the import limits. */
const importedFile = v.strictObject(
  {
    name: v.pipe(
      v.string('A file to import needs a name.'),
      v.minLength(1, 'A file to import needs a name.'),
      v.maxLength(importLimits.maxFileNameLength, `A file name may have at most ${importLimits.maxFileNameLength} characters.`),
    ),
    bytes: v.pipe(
      v.string('A file’s bytes must be sent as base64 text.'),
      v.maxLength(base64Length(importLimits.maxBatchBytes), 'The files are larger than one import can carry (50 MB).'),
      v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A file’s bytes must be sent as base64 text.'),
    ),
  },
  'Expected a file to import ({ name, bytes }).',
)

const importedFiles = v.pipe(
  v.array(importedFile, 'Expected a list of files to import.'),
  v.minLength(1, 'There are no files to import.'),
  v.maxLength(importLimits.maxFilesPerCall, `At most ${importLimits.maxFilesPerCall} files can be imported at once.`),
)

/**
 * Imported pages to remove, by source (`imported/<file>`): anything else, a library folder's page or a name
 * with a folder part that would leave the import folder, is refused here before the handler looks again.
 */
const importedSources = v.pipe(
  v.array(
    v.pipe(
      v.string('Expected the source of an imported page.'),
      v.maxLength(importLimits.maxFileNameLength + 16, (issue) => notImported(String(issue.input))),
      v.check(
        (source) => importedFileName(source) !== null,
        (issue) => notImported(String(issue.input)),
      ),
    ),
    'Expected a list of imported pages.',
  ),
  v.minLength(1, 'There are no pages to remove.'),
  v.maxLength(maxPagesPerRemoval, `At most ${maxPagesPerRemoval} pages can be removed at once.`),
)

/** A removal to undo, as removeImportedPages named it. */
const removalId = v.pipe(v.string('Expected a removal to undo.'), v.regex(trashIdPattern, 'Expected a removal to undo.'))

/** A pasted text of one side; the handler checks that it holds more than white space. */
function pastedText(lang: 'ko' | 'en') {
  const name = lang === 'ko' ? 'Korean' : 'English'
  return v.pipe(
    v.string(`Expected the ${name} text.`),
    v.maxLength(importLimits.maxPastedChars, `The ${name} text is longer than ${importLimits.maxPastedChars.toLocaleString('en-US')} characters.`),
  )
}

const folderPath = v.pipe(v.string('Expected a folder.'), v.minLength(1, 'Expected a folder.'), v.maxLength(4096, 'That folder path is too long.'))

/** What to export: a pair of the library or all of it, a format, a filter, and a BOM for CSV/TSV. */
const exportRequest = v.strictObject(
  {
    scope: v.union([v.literal('library'), v.strictObject({ pair: v.strictObject({ ko: articleId('ko'), en: articleId('en') }) })], 'Expected the scope "library" or {pair: {ko, en}}.'),
    format: v.picklist(exportFormats, `Expected an export format: ${exportFormats.join(', ')}.`),
    only: v.picklist(exportOnlyChoices, `Expected which links to export: ${exportOnlyChoices.join(', ')}.`),
    bom: v.boolean('Expected bom to be true or false.'),
  },
  'Expected an export request {scope, format, only, bom}.',
)

/** One of a fixed list of numbers (font scales, line spacings). */
function oneOf(values: readonly number[], what: string) {
  return v.pipe(
    v.number(`Expected a ${what}.`),
    v.check((n) => values.includes(n), `Expected a ${what} of ${values.join(', ')}.`),
  )
}

/** The reader settings as the renderer sends them and the store keeps them. */
export const readerSettingsSchema: v.GenericSchema<unknown, ReaderSettings> = v.strictObject(
  {
    theme: v.picklist(['system', 'light', 'dark'], 'Expected the theme "system", "light" or "dark".'),
    fontScale: oneOf(fontScales, 'font scale'),
    lineSpacing: oneOf(lineSpacings, 'line spacing'),
    findingsListHeight: v.pipe(
      v.number('Expected the findings list height in pixels.'),
      v.integer('Expected the findings list height in whole pixels.'),
      v.minValue(minFindingsListHeight, `The findings list is at least ${minFindingsListHeight} px high.`),
      v.maxValue(maxFindingsListHeight, `The findings list is at most ${maxFindingsListHeight} px high.`),
    ),
    lastRead: v.nullable(
      v.strictObject({
        folder: v.pipe(v.string(), v.minLength(1), v.maxLength(4096, 'A folder path is at most 4,096 characters.')),
        articleId: articleId('ko-or-en'),
      }),
    ),
  },
  (issue) => `The reader settings are not valid: ${issue.message}`,
)

/** A second English text to compare with a Korean article: non-empty and bounded. */
const englishText = v.pipe(
  v.string((issue) => `Expected the English text as a string, got ${describe(issue.input)}.`),
  v.check((s) => s.trim().length > 0, 'The English text is empty.'),
  v.maxLength(
    maxSecondVersionLength,
    (issue) => `The English text is ${(issue.input as string).length.toLocaleString('en')} characters long; at most ${maxSecondVersionLength.toLocaleString('en')} are accepted.`,
  ),
)

/** A strict tuple (its `items` give the arity) whose output is the method's parameter list. */
type ArgsSchema<M extends AppApiMethod> = v.GenericSchema<unknown, Parameters<AppApi[M]>> & { readonly items: readonly unknown[] }

/**
 * The arguments each method accepts, checked at the boundary before a handler runs. The mapped type makes a
 * schema that disagrees with the method's parameters a type error.
 */
export const appApiArgs: { readonly [M in AppApiMethod]: ArgsSchema<M> } = {
  getLibrary: v.strictTuple([]),
  openFolder: v.strictTuple([]),
  reloadLibrary: v.strictTuple([]),
  pairArticles: v.strictTuple([articleId('ko'), articleId('en')]),
  unpairArticles: v.strictTuple([articleId('ko'), articleId('en')]),
  comparePair: v.strictTuple([articleId('ko'), articleId('en')]),
  cancelComparison: v.strictTuple([]),
  listAnnotations: v.strictTuple([articleId('ko'), articleId('en')]),
  listLibraryAnnotations: v.strictTuple([]),
  saveAnnotation: v.strictTuple([annotationDraftSchema]),
  deleteAnnotation: v.strictTuple([articleId('ko'), articleId('en'), v.pipe(v.string(), v.uuid('Expected an annotation id.'))]),
  editLinks: v.strictTuple([articleId('ko'), articleId('en'), linkSpecsSchema, editLabelSchema]),
  resetLinks: v.strictTuple([articleId('ko'), articleId('en')]),
  undoEdit: v.strictTuple([articleId('ko'), articleId('en')]),
  redoEdit: v.strictTuple([articleId('ko'), articleId('en')]),
  getEditHistory: v.strictTuple([articleId('ko'), articleId('en')]),
  openFiles: v.strictTuple([]),
  importFiles: v.strictTuple([importedFiles]),
  createPastedPair: v.strictTuple([pastedText('ko'), pastedText('en')]),
  previewRemoveImportedPages: v.strictTuple([importedSources]),
  removeImportedPages: v.strictTuple([importedSources]),
  restoreImportedPages: v.strictTuple([removalId]),
  getRecentFolders: v.strictTuple([]),
  openRecentFolder: v.strictTuple([folderPath]),
  exportPairs: v.strictTuple([exportRequest]),
  getReaderSettings: v.strictTuple([]),
  setReaderSettings: v.strictTuple([readerSettingsSchema]),
  compareSecondVersion: v.strictTuple([articleId('ko'), englishText]),
}
