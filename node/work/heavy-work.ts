import type { Corrections } from '../../shared/lib/correct/compare-corrected'
import type { Article } from '../../shared/models/article'
import type { TaskKind } from '../../shared/models/app-event'
import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'
import type { ExportJobRequest, ExportJobResult } from './export-job'

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

/** The reader's links to keep (shared/lib/correct/compare-corrected). */
export type CompareCorrections = Corrections

/**
 * The work too heavy for a UI or main thread: reading a folder into a library, comparing two articles. One
 * implementation runs it in the calling thread (the CLI), another in worker threads (the desktop app and web
 * mode); both run the same jobs (./jobs).
 */
export interface HeavyWork {
  loadLibrary(request: LoadLibraryRequest, onProgress?: ProgressListener): Promise<Library>
  /** Rejects with a CancelledError when `signal` aborts first. */
  compare(request: CompareRequest, signal?: AbortSignal, onProgress?: ProgressListener): Promise<Comparison>
  /** Compares the pairs that have no comparison yet and writes them in one format (a whole library can take a while). */
  exportPairs(request: ExportJobRequest, onProgress?: ProgressListener): Promise<ExportJobResult>
  close(): Promise<void>
}

/** A task stopped because its result was no longer wanted. */
export class CancelledError extends Error {
  constructor(task: TaskKind) {
    super(task === 'compare' ? 'The comparison was cancelled.' : task === 'export' ? 'The export was cancelled.' : 'Loading the library was cancelled.')
    this.name = 'CancelledError'
  }
}
