import { startTransition, useEffect, useState } from 'react'
import type { Comparison } from '../../../shared/models/comparison'

export type ComparisonState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly comparison: Comparison }
  | { readonly status: 'error'; readonly message: string }

/** Asks the main process for comparisons, and tells it when one still running is no longer wanted. */
export interface Comparer {
  compare(ko: string, en: string): Promise<Comparison>
  /** Compares the Korean article with another English text (a second version, pasted or loaded). */
  compareVersion(ko: string, englishText: string): Promise<Comparison>
  cancel(): void
}

/**
 * Fetches the comparison of two articles, cancelling it when the reader moves on before it arrives. `version` (the library object) changes on every reload, so a reload
 * fetches again; the main process caches comparisons, so that is cheap when nothing changed.
 */
export function useComparison(
  comparer: Comparer,
  ko: string,
  en: string,
  version: unknown,
): ComparisonState {
  const [state, setState] = useState<ComparisonState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    let settled = false
    comparer.compare(ko, en).then(
      // A transition: a 5,000-row comparison lays out in slices React can interrupt, never as one long task.
      (comparison) => current && startTransition(() => setState({ status: 'ready', comparison })),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    ).finally(() => (settled = true))
    return () => {
      current = false
      if (!settled) comparer.cancel()
    }
  }, [comparer, ko, en, version])
  return state
}
