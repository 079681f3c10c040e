import type { WindowEventListener } from './app-event'
import type { Comparison } from './comparison'
import type { Library } from './library'
import type { ReaderSettings } from './reader-settings'

/**
 * The one API the renderer uses. The Electron preload exposes it as `window.kobi` (over IPC); in web mode the
 * renderer reaches the same handlers over HTTP (`POST /api/<method>` with a JSON array of arguments). Both
 * clients are generated from `appApiMethods`; the handlers validate every argument (node/api/app-api-schemas).
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
   * English article of the library may be compared, paired or not. A newer call cancels one still running.
   */
  comparePair(ko: string, en: string): Promise<Comparison>
  /** Stops a comparison still running (the user moved on); its promise rejects with a CancelledError message. */
  cancelComparison(): Promise<void>
  /** How the reader looks and where it was left (defaults where nothing, or nothing valid, is stored). */
  getReaderSettings(): Promise<ReaderSettings>
  /** Replaces the reader settings; resolves with what was stored. */
  setReaderSettings(settings: ReaderSettings): Promise<ReaderSettings>
  /**
   * Aligns a Korean article of the library with another English text (pasted or loaded by the user, one
   * paragraph a line, at most maxSecondVersionLength characters) and checks it, as comparePair does.
   */
  compareSecondVersion(ko: string, englishText: string): Promise<Comparison>
}

export type AppApiMethod = keyof AppApi

/**
 * The method table: every client (the preload bridge, the web client) and every transport (IPC, HTTP) is
 * generated from it, so a method is declared once here and once in the schemas. `satisfies` makes a
 * missing or misspelt method a type error.
 */
const methodTable = {
  getLibrary: true,
  openFolder: true,
  reloadLibrary: true,
  pairArticles: true,
  unpairArticles: true,
  comparePair: true,
  cancelComparison: true,
  getReaderSettings: true,
  setReaderSettings: true,
  compareSecondVersion: true,
} as const satisfies Record<AppApiMethod, true>

/** The names of the API's methods, in a fixed order. */
export const appApiMethods = Object.keys(methodTable) as readonly AppApiMethod[]

export function isAppApiMethod(name: unknown): name is AppApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methodTable, name)
}

/** The IPC channel of a method. */
export function appApiChannel(method: AppApiMethod): string {
  return `kobi:${method}`
}

/** The HTTP header that carries web mode's per-start token on every API call (the event stream takes it in its query). */
export const webTokenHeader = 'X-KoBi-Token'

/** The IPC channel on which the main process pushes AppEvents to the window. */
export const appEventChannel = 'kobi:event'

/** What the renderer holds: the API plus a subscription to the main process's events. */
export interface AppBridge extends AppApi {
  /** Calls `listener` with every event until the returned function is called. */
  onEvent(listener: WindowEventListener): () => void
}

/**
 * Builds an AppApi whose every method forwards to `call(method, args)`: the one place clients are made.
 */
export function generateAppApi(call: (method: AppApiMethod, args: unknown[]) => Promise<unknown>): AppApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const method of appApiMethods) api[method] = (...args: unknown[]) => call(method, args)
  return api as unknown as AppApi
}

/** Longest article id the handlers accept; ids are short, so anything longer is a bad request. */
export const maxArticleIdLength = 512
