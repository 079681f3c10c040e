import type { AlignmentLink } from '../../shared/models/alignment'
import type { Article } from '../../shared/models/article'
import type { LinkSpec } from '../../shared/models/link-edit'
import type { TaskKind } from '../../shared/models/app-event'
import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'

/** How far a task has got, for a progress bar. */
export interface WorkProgress {
  readonly label: string
  readonly done: number
  /** 0 when not known yet. */
  readonly total: number
}

export type ProgressListener = (progress: WorkProgress) => void

export interface LoadLibraryRequest {
  readonly folder: string
  /** The user's glossary file (may not exist). */
  readonly glossaryFile?: string
  /** The pages the user imported, read with the folder (their ids under `imported/`). */
  readonly importFolder?: string
}

export interface CompareRequest {
  readonly ko: Article
  readonly en: Article
  readonly glossaryFile?: string
  /** The reader's links to keep; without them the pair is aligned afresh. */
  readonly corrections?: CompareCorrections
}

export interface CompareCorrections {
  readonly given: readonly LinkSpec[]
  /** The alignment to keep wherever it fits (by sentence index); null for the automatic one. */
  readonly fallback: readonly AlignmentLink[] | null
  /** Keep the fallback's omissions and additions too: restores it exactly (undo, redo). */
  readonly keepFallbackOneSided?: boolean
}

/**
 * The work too heavy for a UI or main thread: reading a folder into a library, comparing two articles. One
 * implementation runs it in the calling thread (the CLI), another in worker threads (the desktop app and web
 * mode); both run the same jobs (./jobs).
 */
export interface HeavyWork {
  loadLibrary(request: LoadLibraryRequest, onProgress?: ProgressListener): Promise<Library>
  /** Rejects with a CancelledError when `signal` aborts first. */
  compare(request: CompareRequest, signal?: AbortSignal, onProgress?: ProgressListener): Promise<Comparison>
  close(): Promise<void>
}

/** A task stopped because its result was no longer wanted. */
export class CancelledError extends Error {
  constructor(task: TaskKind) {
    super(task === 'compare' ? 'The comparison was cancelled.' : 'Loading the library was cancelled.')
    this.name = 'CancelledError'
  }
}
