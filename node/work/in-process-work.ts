import { CancelledError, type HeavyWork } from './heavy-work'
import { createJobs } from './jobs'

/** Runs the heavy jobs in the calling thread: for the CLI, which has no UI to keep responsive. */
export function inProcessWork(): HeavyWork {
  const jobs = createJobs()
  return {
    loadLibrary: (request, onProgress) => jobs.loadLibrary(request, onProgress),
    async compare(request, signal, onProgress) {
      if (signal?.aborted) throw new CancelledError('compare')
      return jobs.compare(request, onProgress)
    },
    exportPairs: (request, onProgress) => jobs.exportPairs(request, onProgress),
    async close() {},
  }
}
