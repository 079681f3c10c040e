import { useEffect, useState } from 'react'
import type { Comparison } from '../../../shared/models/comparison'

export type ComparisonState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly comparison: Comparison }
  | { readonly status: 'error'; readonly message: string }

/**
 * Fetches the comparison of two articles. `version` (the library object) changes on every reload, so a reload
 * fetches again; the main process caches comparisons, so that is cheap when nothing changed.
 */
export function useComparison(
  compare: (ko: string, en: string) => Promise<Comparison>,
  ko: string,
  en: string,
  version: unknown,
): ComparisonState {
  const [state, setState] = useState<ComparisonState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    compare(ko, en).then(
      (comparison) => current && setState({ status: 'ready', comparison }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [compare, ko, en, version])
  return state
}
