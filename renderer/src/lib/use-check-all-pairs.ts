import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppApi } from '../../../shared/models/app-api'
import type { Library } from '../../../shared/models/library'
import { countFindings, pairKey, type FindingCounts, type FindingCountsByPair } from './finding-counts'

/** Counts are handed to the sidebar every this many pairs (each hand-over re-renders the list). */
const batch = 8

/**
 * "Check all": compares every full pair not compared yet, one at a time, so the sidebar's counts, filter and
 * sort know every pair. A comparison the reader starts meanwhile cancels the one running here (the backend
 * runs one at a time); that pair is simply tried again. Stops when the library changes.
 */
export function useCheckAllPairs(
  api: Pick<AppApi, 'comparePair'>,
  library: Library | null,
  known: FindingCountsByPair,
  record: (entries: readonly (readonly [string, FindingCounts])[]) => void,
  /** True while the reader's own comparison runs: the check waits rather than cancel it. */
  readerBusy: () => boolean,
): { readonly done: number | null; readonly start: () => void } {
  const [done, setDone] = useState<number | null>(null)
  const run = useRef(0)
  const knownRef = useRef(known)
  knownRef.current = known

  // A new library ends a check in progress.
  useEffect(() => {
    run.current++
    setDone(null)
  }, [library])

  const start = useCallback(() => {
    if (!library) return
    const id = ++run.current
    const todo = library.pairs.filter((p) => p.kind === 'full' && !knownRef.current.has(pairKey(p.ko, p.en)))
    setDone(0)
    void (async () => {
      let pending: [string, FindingCounts][] = []
      let count = 0
      for (const pair of todo) {
        for (let attempt = 0; attempt < 3 && run.current === id; attempt++) {
          while (readerBusy() && run.current === id) await new Promise((resolve) => setTimeout(resolve, 200))
          if (run.current !== id) return
          try {
            const comparison = await api.comparePair(pair.ko, pair.en)
            pending.push([pairKey(pair.ko, pair.en), countFindings(comparison)])
            break
          } catch (error) {
            // Cancelled by the reader's own comparison: wait for it, then try again; anything else: skip.
            if (!(error instanceof Error && (error.name === 'CancelledError' || /cancelled/.test(error.message)))) break
            await new Promise((resolve) => setTimeout(resolve, 500))
          }
        }
        if (run.current !== id) return
        count++
        if (pending.length >= batch) {
          record(pending)
          pending = []
        }
        setDone(count)
      }
      record(pending)
      if (run.current === id) setDone(null)
    })()
  }, [api, library, record, readerBusy])

  return { done, start }
}
