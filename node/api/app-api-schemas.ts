import * as v from 'valibot'
import { maxArticleIdLength, type AppApi, type AppApiMethod } from '../../shared/models/app-api'
import { exportFormats, exportOnlyChoices } from '../../shared/models/export'
import type { Language } from '../../shared/models/language'

/** "a Korean", "an English": a language as messages name an article of it. */
export const aLanguage: Record<Language, string> = { ko: 'a Korean', en: 'an English', other: 'an other-language' }

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length === 0 ? 'an empty string' : `a string of ${value.length} characters`
  if (value === null) return 'null'
  return `a value of type ${typeof value}`
}

/** An article id of the given language's side: a non-empty string of bounded length. */
function articleId(lang: 'ko' | 'en') {
  const message = (issue: v.BaseIssue<unknown>) => `Expected the id of ${aLanguage[lang]} article, got ${describe(issue.input)}.`
  return v.pipe(v.string(message), v.minLength(1, message), v.maxLength(maxArticleIdLength, message))
}

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
  exportPairs: v.strictTuple([exportRequest]),
}
