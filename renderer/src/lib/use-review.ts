import { useCallback, useEffect, useMemo, useState } from 'react'
import { toLinkSpec } from '../../../shared/lib/correct/link-specs'
import { anchorTouches } from '../../../shared/lib/review/text-anchor'
import type { GivenLink } from '../../../shared/lib/correct/align-around'
import { verdictOf, type AnnotationDraft, type PlacedAnnotation, type Verdict } from '../../../shared/models/annotation'
import type { AppApi } from '../../../shared/models/app-api'
import type { Comparison } from '../../../shared/models/comparison'
import type { EditHistory } from '../../../shared/models/link-edit'

export type ReviewApi = Pick<
  AppApi,
  'listAnnotations' | 'saveAnnotation' | 'deleteAnnotation' | 'editLinks' | 'resetLinks' | 'undoEdit' | 'redoEdit' | 'getEditHistory'
>

export interface Review {
  /** The pair's comparison with the reader's edits in force. */
  readonly comparison: Comparison
  readonly annotations: readonly PlacedAnnotation[]
  /** Finding id → its verdict. */
  readonly verdicts: ReadonlyMap<string, Verdict>
  /** `ko:3` / `en:5` → how many annotations touch that sentence. */
  readonly notedSentences: ReadonlyMap<string, number>
  readonly history: EditHistory
  /** The last edit that failed, for a message; null when the last one worked. */
  readonly error: string | null
  readonly busy: boolean
  edit(label: string, links: readonly GivenLink[]): Promise<void>
  reset(): Promise<void>
  undo(): Promise<void>
  redo(): Promise<void>
  save(draft: AnnotationDraft): Promise<void>
  remove(id: string): Promise<void>
  dismissError(): void
}

const noHistory: EditHistory = { undo: null, redo: null }

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The review of one pair: its annotations and the edits of its links, each sent to the main process, which
 * keeps them and answers with the pair as it now is. `onChanged` tells the app (the annotations panel, the
 * sidebar's counts) that something was saved; `onLibrary` takes the library after an undone pairing.
 */
export function useReview(
  api: ReviewApi,
  ko: string,
  en: string,
  initial: Comparison,
  onChanged: () => void,
): Review {
  const [comparison, setComparison] = useState(initial)
  const [annotations, setAnnotations] = useState<readonly PlacedAnnotation[]>([])
  const [history, setHistory] = useState<EditHistory>(noHistory)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // A new comparison from outside (a reload) replaces the edited one.
  const [shown, setShown] = useState(initial)
  if (shown !== initial) {
    setShown(initial)
    setComparison(initial)
  }

  useEffect(() => {
    let current = true
    Promise.all([api.listAnnotations(ko, en), api.getEditHistory(ko, en)]).then(
      ([list, h]) => {
        if (!current) return
        setAnnotations(list)
        setHistory(h)
      },
      (e: unknown) => current && setError(message(e)),
    )
    return () => {
      current = false
    }
  }, [api, ko, en, initial])

  /** Runs one request at a time, keeping its error for the banner. */
  const attempt = useCallback(async (run: () => Promise<void>) => {
    setBusy(true)
    try {
      await run()
      setError(null)
    } catch (e) {
      setError(message(e))
    } finally {
      setBusy(false)
    }
  }, [])

  const afterLinks = useCallback(
    async (next: Comparison | null, h: EditHistory) => {
      setHistory(h)
      if (next) {
        setComparison(next)
        // Placements follow the new links and findings.
        setAnnotations(await api.listAnnotations(ko, en))
      }
      onChanged()
    },
    [api, ko, en, onChanged],
  )

  const edit = useCallback(
    (label: string, links: readonly GivenLink[]) =>
      attempt(async () => {
        const hand = links.filter((l) => l.hand).map((l) => toLinkSpec(l, comparison.ko, comparison.en))
        const result = await api.editLinks(ko, en, hand, label)
        await afterLinks(result.comparison, result.history)
      }),
    [api, ko, en, comparison, attempt, afterLinks],
  )

  const reset = useCallback(
    () =>
      attempt(async () => {
        const result = await api.resetLinks(ko, en)
        await afterLinks(result.comparison, result.history)
      }),
    [api, ko, en, attempt, afterLinks],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      attempt(async () => {
        const result = direction === 'undo' ? await api.undoEdit(ko, en) : await api.redoEdit(ko, en)
        await afterLinks(result.comparison, result.history)
      }),
    [api, ko, en, attempt, afterLinks],
  )

  const save = useCallback(
    (draft: AnnotationDraft) =>
      attempt(async () => {
        setAnnotations(await api.saveAnnotation(draft))
        onChanged()
      }),
    [api, attempt, onChanged],
  )

  const remove = useCallback(
    (id: string) =>
      attempt(async () => {
        setAnnotations(await api.deleteAnnotation(ko, en, id))
        onChanged()
      }),
    [api, ko, en, attempt, onChanged],
  )

  const verdicts = useMemo(() => {
    const map = new Map<string, Verdict>()
    for (const a of annotations) {
      const verdict = verdictOf(a)
      if (verdict && a.placement.findingId) map.set(a.placement.findingId, verdict)
    }
    return map
  }, [annotations])

  const notedSentences = useMemo(() => {
    const map = new Map<string, number>()
    for (const a of annotations) {
      if (a.placement.orphaned || a.target.kind === 'finding') continue
      for (const anchor of a.placement.anchors) {
        const sentences = comparison[anchor.side]
        sentences.forEach((s, i) => {
          if (anchorTouches(anchor, s)) {
            const key = `${anchor.side}:${i}`
            map.set(key, (map.get(key) ?? 0) + 1)
          }
        })
      }
    }
    return map
  }, [annotations, comparison])

  return {
    comparison,
    annotations,
    verdicts,
    notedSentences,
    history,
    error,
    busy,
    edit,
    reset,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
    save,
    remove,
    dismissError: useCallback(() => setError(null), []),
  }
}
