// The entry of a work worker thread: runs the jobs the main thread posts, reporting progress on the way.
import { parentPort } from 'node:worker_threads'
import { createJobs } from './jobs'
import type { WorkProgress } from './heavy-work'
import type { WorkReply, WorkRequest } from './work-protocol'

const port = parentPort
if (!port) throw new Error('work-worker must run in a worker thread.')
const jobs = createJobs()

/** Progress at most every 50 ms: enough for a smooth bar, few enough messages not to matter. */
const progressIntervalMs = 50

port.on('message', (message: WorkRequest) => {
  const post = (reply: WorkReply) => port.postMessage(reply)
  let last = 0
  const onProgress = (progress: WorkProgress) => {
    const now = Date.now()
    if (now - last < progressIntervalMs && progress.done !== progress.total) return
    last = now
    post({ id: message.id, kind: 'progress', progress })
  }
  const run =
    message.job === 'loadLibrary'
      ? jobs.loadLibrary(message.request, onProgress)
      : message.job === 'compare'
        ? jobs.compare(message.request, onProgress)
        : jobs.exportPairs(message.request, onProgress)
  run.then(
    (result) => post({ id: message.id, kind: 'result', result }),
    (error: unknown) => post({ id: message.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
})
