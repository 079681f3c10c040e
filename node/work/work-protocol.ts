import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'
import type { ExportJobRequest, ExportJobResult } from './export-job'
import type { CompareRequest, LoadLibraryRequest, WorkProgress } from './heavy-work'

/** What the main thread posts to a work worker. */
export type WorkRequest =
  | { readonly id: number; readonly job: 'loadLibrary'; readonly request: LoadLibraryRequest }
  | { readonly id: number; readonly job: 'compare'; readonly request: CompareRequest }
  | { readonly id: number; readonly job: 'exportPairs'; readonly request: ExportJobRequest }

/** What a work worker posts back: progress while it runs, then one result or error per request. */
export type WorkReply =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: WorkProgress }
  | { readonly id: number; readonly kind: 'result'; readonly result: Library | Comparison | ExportJobResult }
  | { readonly id: number; readonly kind: 'error'; readonly message: string }
