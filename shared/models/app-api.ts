import type { Comparison } from './comparison'
import type { Library } from './library'

/**
 * The one API the renderer uses. The Electron preload exposes it as `window.kobi` (over IPC); in web mode the
 * renderer reaches the same handlers over HTTP (`POST /api/<method>` with a JSON array of arguments).
 * Every method may reject with an Error whose message is meant for the user.
 */
export interface AppApi {
  /** The current library (loaded on first call). */
  getLibrary(): Promise<Library>
  /** Asks the user for another folder and loads it; null when the user cancels. */
  openFolder(): Promise<Library | null>
  /** Reads the current folder again from disk. */
  reloadLibrary(): Promise<Library>
  /** Pairs a Korean article with an English one by hand, replacing other pairs of either article. */
  pairArticles(ko: string, en: string): Promise<Library>
  /** Removes the pair of these two articles and keeps it from coming back. */
  unpairArticles(ko: string, en: string): Promise<Library>
  /**
   * Aligns a Korean article with an English one sentence by sentence and checks the translation. Any Korean and
   * English article of the library may be compared, paired or not.
   */
  comparePair(ko: string, en: string): Promise<Comparison>
}

export type AppApiMethod = keyof AppApi

/** Number of arguments of each method; both transports check names and arity against it. */
export const appApiArity = {
  getLibrary: 0,
  openFolder: 0,
  reloadLibrary: 0,
  pairArticles: 2,
  unpairArticles: 2,
  comparePair: 2,
} as const satisfies Record<AppApiMethod, number>

/** The names of the API's methods, in a fixed order. */
export const appApiMethods = Object.keys(appApiArity) as readonly AppApiMethod[]

export function isAppApiMethod(name: unknown): name is AppApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(appApiArity, name)
}

/** The IPC channel of a method. */
export function appApiChannel(method: AppApiMethod): string {
  return `kobi:${method}`
}

/** Longest article id the handlers accept; ids are short, so anything longer is a bad request. */
export const maxArticleIdLength = 512
