import { Worker } from 'node:worker_threads'
import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'
import type { ExportJobResult } from './export-job'
import { CancelledError, type HeavyWork, type ProgressListener } from './heavy-work'
import type { WorkReply, WorkRequest } from './work-protocol'

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
  onProgress?: ProgressListener
}

/** One worker thread, started on first use and started again after it was stopped or crashed. */
class WorkerSlot {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly file: string) {}

  run(job: WorkRequest['job'], request: WorkRequest['request'], onProgress?: ProgressListener): { id: number; promise: Promise<unknown> } {
    const worker = this.started()
    const id = this.nextId++
    const promise = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject, onProgress }))
    worker.postMessage({ id, job, request } as WorkRequest)
    return { id, promise }
  }

  /** Stops the thread mid-job: the only way to interrupt synchronous work. Pending jobs reject with `error`. */
  async stop(error: Error): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll(error)
    if (worker) await worker.terminate()
  }

  private started(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.file)
    worker.on('message', (reply: WorkReply) => {
      const pending = this.pending.get(reply.id)
      if (!pending) return
      if (reply.kind === 'progress') return pending.onProgress?.(reply.progress)
      this.pending.delete(reply.id)
      if (reply.kind === 'result') pending.resolve(reply.result)
      else pending.reject(new Error(reply.message))
    })
    const crashed = (error: Error) => {
      if (this.worker !== worker) return
      this.worker = null
      this.failAll(new Error(`The background worker stopped (${error.message}).`))
    }
    worker.on('error', crashed)
    worker.on('exit', (code) => crashed(new Error(`exit code ${code}`)))
    // Idle workers must not keep a CLI or test process alive.
    worker.unref()
    this.worker = worker
    return worker
  }

  private failAll(error: Error): void {
    const all = [...this.pending.values()]
    this.pending.clear()
    for (const p of all) p.reject(error)
  }
}

/**
 * Runs the heavy jobs in worker threads started from `workerFile` (the built node/work/work-worker): one for
 * library loads, one for comparisons, so a comparison can be cancelled by stopping its thread without
 * touching a load, and one for exports, so exporting a whole library holds up neither.
 */
export function workerWork(workerFile: string): HeavyWork {
  const library = new WorkerSlot(workerFile)
  const comparisons = new WorkerSlot(workerFile)
  const exports = new WorkerSlot(workerFile)
  return {
    loadLibrary(request, onProgress) {
      return library.run('loadLibrary', request, onProgress).promise as Promise<Library>
    },
    compare(request, signal, onProgress) {
      if (signal?.aborted) return Promise.reject(new CancelledError('compare'))
      const { promise } = comparisons.run('compare', request, onProgress)
      signal?.addEventListener('abort', () => void comparisons.stop(new CancelledError('compare')), { once: true })
      return promise as Promise<Comparison>
    },
    exportPairs(request, onProgress) {
      return exports.run('exportPairs', request, onProgress).promise as Promise<ExportJobResult>
    },
    async close() {
      const closed = new Error('The app is closing.')
      await Promise.all([library.stop(closed), comparisons.stop(closed), exports.stop(closed)])
    },
  }
}
