import type { AnnotationDraft, PlacedAnnotation } from './annotation'
import type { WindowEventListener } from './app-event'
import type { Comparison } from './comparison'
import type { ImportedFile, ImportResult, PastedPair, RemovalPreview, RemovedPages } from './import'
import type { ExportRequest, ExportResult } from './export'
import type { Library } from './library'
import type { EditHistory, LinkEditResult, LinkSpec, UndoResult } from './link-edit'
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
  /** The pair's annotations, placed on today's text and on its comparison's links and findings. */
  listAnnotations(ko: string, en: string): Promise<PlacedAnnotation[]>
  /** Every annotation of the library, placed on its articles' text (orphaned ones included, with their quotes). */
  listLibraryAnnotations(): Promise<PlacedAnnotation[]>
  /** Creates (id null) or changes an annotation; resolves with the pair's annotations. */
  saveAnnotation(draft: AnnotationDraft): Promise<PlacedAnnotation[]>
  /** Deletes an annotation of the pair; resolves with the pair's annotations. */
  deleteAnnotation(ko: string, en: string, id: string): Promise<PlacedAnnotation[]>
  /**
   * An edit of the pair's rows: `hand` is every link the reader has set (sentence anchors); they are kept, the
   * rows they leave alone stay, and only what is left over is aligned again. Undoable; named `label` in Undo.
   */
  editLinks(ko: string, en: string, hand: LinkSpec[], label: string): Promise<LinkEditResult>
  /** Forgets the pair's hand-set links and aligns it afresh (undoable). */
  resetLinks(ko: string, en: string): Promise<LinkEditResult>
  /** Undoes the pair's last edit of its links or its pairing. */
  undoEdit(ko: string, en: string): Promise<UndoResult>
  redoEdit(ko: string, en: string): Promise<UndoResult>
  getEditHistory(ko: string, en: string): Promise<EditHistory>
  /** Asks the user for page files (desktop app) and imports them; null when the user cancels. */
  openFiles(): Promise<ImportResult | null>
  /** Imports files the renderer read (drag and drop, the file input): kept beside the library under `imported/`. */
  importFiles(files: ImportedFile[]): Promise<ImportResult>
  /** Makes a Korean text and an English text into a new pair of imported pages and pairs them. */
  createPastedPair(koText: string, enText: string): Promise<PastedPair>
  /**
   * What removing these imported pages (`imported/<file>` sources) would do: their articles, and the notes,
   * verdicts and hand-set links kept for them. Refuses any other source, like removeImportedPages.
   */
  previewRemoveImportedPages(sources: string[]): Promise<RemovalPreview>
  /**
   * Removes imported pages: their files leave the import folder (for its trash, so Undo can put them back)
   * and the library is read again. Only imported pages: a library folder's pages are the user's own files and
   * are never deleted. The review kept for them in the store stays, and returns with the pages.
   */
  removeImportedPages(sources: string[]): Promise<RemovedPages>
  /** Undoes a removal (while the app runs): the pages come back exactly as they were, and the library is read again. */
  restoreImportedPages(removalId: string): Promise<ImportResult>
  /** The folders opened lately, newest first (File › Open Recent). */
  getRecentFolders(): Promise<string[]>
  /** Opens one of the recent folders again. */
  openRecentFolder(folder: string): Promise<Library>
  /**
   * Exports one pair or every pair of the library (compared in the background, with progress events). The
   * desktop app asks where to save and writes the file; web mode returns the text for the page to download.
   */
  exportPairs(request: ExportRequest): Promise<ExportResult>
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
  listAnnotations: true,
  listLibraryAnnotations: true,
  saveAnnotation: true,
  deleteAnnotation: true,
  editLinks: true,
  resetLinks: true,
  undoEdit: true,
  redoEdit: true,
  getEditHistory: true,
  openFiles: true,
  importFiles: true,
  createPastedPair: true,
  previewRemoveImportedPages: true,
  removeImportedPages: true,
  restoreImportedPages: true,
  getRecentFolders: true,
  openRecentFolder: true,
  exportPairs: true,
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
