import { createContext, useContext } from 'react'
import type { Verdict } from '../../../shared/models/annotation'

/** What the grid and the findings panel show of the review: notes, verdicts, the sentences picked for an edit. */
export interface ReviewMarks {
  /** `ko:3` → annotations on that sentence. */
  readonly notedSentences: ReadonlyMap<string, number>
  /** The verdict on the finding at an index of the comparison's findings, or null. */
  verdictAt(finding: number): Verdict | null
  /** Sentences picked for Link (Ctrl+click), as `ko:3`. */
  readonly picked: ReadonlySet<string>
  /** The sentence edits and notes apply to, as `ko:3`, or null. */
  readonly current: string | null
}

export const noReviewMarks: ReviewMarks = {
  notedSentences: new Map(),
  verdictAt: () => null,
  picked: new Set(),
  current: null,
}

export const ReviewMarksContext = createContext<ReviewMarks>(noReviewMarks)

export function useReviewMarks(): ReviewMarks {
  return useContext(ReviewMarksContext)
}

export const sentenceKey = (side: 'ko' | 'en', index: number) => `${side}:${index}`

export const verdictLabel: Record<Verdict, string> = { confirmed: 'Confirmed', 'false-alarm': 'False alarm' }
