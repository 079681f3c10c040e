import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { GivenLink } from '../../../shared/lib/correct/align-around'
import { detachSentence, mergeRows, moveSentence, relink, rowOfSentence, splitRow } from '../../../shared/lib/correct/link-edits'
import { anchorTouches } from '../../../shared/lib/review/text-anchor'
import { findingDraft, linkDraft, sentencesDraft, spanDraft, type DraftPair } from '../../../shared/lib/review/annotation-drafts'
import type { AnnotationDraft, AnnotationStatus, PlacedAnnotation } from '../../../shared/models/annotation'
import type { Article } from '../../../shared/models/article'
import type { Comparison } from '../../../shared/models/comparison'
import type { EditCommand } from '../../../shared/models/app-event'
import { isTypingTarget } from '../lib/keyboard-target'
import { appCommandEvent } from '../lib/edit-commands'
import { ReviewMarksContext, sentenceKey, type ReviewMarks } from '../lib/review-context'
import { selectedInSentence, sentenceOf } from '../lib/sentence-selection'
import { useReview, type ReviewApi } from '../lib/use-review'
import { AlignedView, type Jump } from './AlignedView'
import { AnnotationEditor } from './AnnotationEditor'
import { ErrorBanner } from './ErrorBanner'
import { RowEditBar, type RowEditAction } from './RowEditBar'
import './ReviewedPair.css'

type Side = 'ko' | 'en'

interface Props {
  readonly api: ReviewApi
  readonly ko: Article
  readonly en: Article
  readonly comparison: Comparison
  /** Something of the review was saved (for the annotations panel and the sidebar). */
  readonly onChanged: () => void
  /** An annotation to bring into view (chosen in the annotations panel). */
  readonly reveal: { readonly annotationId: string; readonly nonce: number } | null
}

const sideName: Record<Side, string> = { ko: 'Korean', en: 'English' }

/**
 * The aligned pair with the review on it: click a sentence (or move to it) to correct its row or note it,
 * Ctrl+click sentences to pick them for Link, select words to note just those; c / x give the finding under
 * review a verdict in one key. Every correction goes through the main process and can be undone.
 */
export function ReviewedPair({ api, ko, en, comparison: initial, onChanged, reveal }: Props) {
  const review = useReview(api, ko.id, en.id, initial, onChanged)
  const { comparison } = review
  const [current, setCurrent] = useState<{ side: Side; sentence: number } | null>(null)
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [activeFinding, setActiveFinding] = useState<number | null>(null)
  const [draft, setDraft] = useState<AnnotationDraft | null>(null)
  const [jump, setJump] = useState<Jump | null>(null)
  const [editError, setEditError] = useState<string | null>(null)

  // Edits renumber sentences' rows, never the sentences: a current sentence stays, picks are cleared.
  const [shown, setShown] = useState(comparison)
  if (shown !== comparison) {
    setShown(comparison)
    setPicked(new Set())
    if (current && current.sentence >= comparison[current.side].length) setCurrent(null)
  }

  const pair: DraftPair = useMemo(
    () => ({ ko: ko.id, en: en.id, koParagraphs: ko.paragraphs, enParagraphs: en.paragraphs }),
    [ko, en],
  )

  const correct = useCallback(
    (label: string, make: () => GivenLink[]) => {
      let links: GivenLink[]
      try {
        links = make()
      } catch (error) {
        // The edit functions explain what cannot be done ("This is the last row.").
        setEditError(error instanceof Error ? error.message : String(error))
        return
      }
      setEditError(null)
      void review.edit(label, links)
    },
    [review],
  )

  /** The text and row notes (not verdicts) placed on a sentence. */
  const notesOn = useCallback(
    (side: Side, sentence: number) => {
      const s = comparison[side][sentence]
      return review.annotations.filter(
        (a) =>
          a.target.kind !== 'finding' &&
          !a.placement.orphaned &&
          a.placement.anchors.some((x) => x.side === side && anchorTouches(x, s)),
      )
    },
    [comparison, review.annotations],
  )

  const edit = useCallback(
    (annotation: PlacedAnnotation) => {
      const { id, ko: k, en: e, target, note, tags, status } = annotation
      setDraft({ id, ko: k, en: e, target, note, tags, status, anchors: annotation.placement.anchors })
    },
    [],
  )

  const openNote = useCallback(
    (wholeRow: boolean) => {
      const selection = wholeRow ? null : selectedInSentence()
      if (selection) {
        const sentence = comparison[selection.side][selection.sentence]
        setDraft(spanDraft(pair, selection.side, sentence, selection.start, selection.end))
        return
      }
      if (!current) return
      if (wholeRow) {
        const link = comparison.links[rowOfSentence(comparison.links, current.side, current.sentence)]
        const d = linkDraft(pair, comparison, link)
        if (d) setDraft(d)
        return
      }
      const existing = notesOn(current.side, current.sentence)[0]
      if (existing) return edit(existing)
      const d = sentencesDraft(pair, current.side, [comparison[current.side][current.sentence]])
      if (d) setDraft(d)
    },
    [comparison, current, pair, notesOn],
  )

  const act = useCallback(
    (action: RowEditAction) => {
      const links = comparison.links
      if (action === 'link') {
        const koPicked = [...picked].filter((k) => k.startsWith('ko:')).map((k) => Number(k.slice(3))).sort((a, b) => a - b)
        const enPicked = [...picked].filter((k) => k.startsWith('en:')).map((k) => Number(k.slice(3))).sort((a, b) => a - b)
        correct('Link sentences', () => relink(links, koPicked, enPicked))
        return
      }
      if (action === 'note' || action === 'note-row') return openNote(action === 'note-row')
      if (!current) return
      const row = rowOfSentence(links, current.side, current.sentence)
      if (action === 'merge') correct('Merge rows', () => mergeRows(links, row))
      else if (action === 'split') correct('Split row', () => splitRow(links, row))
      else if (action === 'move-up') correct('Move sentence', () => moveSentence(links, current.side, current.sentence, 'previous'))
      else if (action === 'move-down') correct('Move sentence', () => moveSentence(links, current.side, current.sentence, 'next'))
      else if (action === 'detach') correct('No counterpart', () => detachSentence(links, current.side, current.sentence))
    },
    [comparison, current, picked, correct, openNote],
  )

  const judge = useCallback(
    (status: AnnotationStatus) => {
      if (activeFinding === null) return
      const finding = comparison.findings[activeFinding]
      const existing = review.annotations.find((a) => a.target.kind === 'finding' && a.placement.findingId === finding.id)
      if (existing) {
        // The same key again takes the verdict back.
        const { id, ko: k, en: e, target, note, tags } = existing
        void review.save({ id, ko: k, en: e, target, note, tags, anchors: existing.placement.anchors, status: existing.status === status ? null : status })
        return
      }
      const d = findingDraft(pair, comparison, finding, status)
      if (d) void review.save(d)
    },
    [activeFinding, comparison, review, pair],
  )

  // Edit › Undo and Redo from the menu.
  useEffect(() => {
    const onCommand = (event: Event) => {
      const command = (event as CustomEvent<EditCommand>).detail
      if (!draft) void (command === 'undo' ? review.undo() : review.redo())
    }
    window.addEventListener(appCommandEvent, onCommand)
    return () => window.removeEventListener(appCommandEvent, onCommand)
  }, [review, draft])

  /** Makes a sentence current and gives it focus, bringing its row into view first when it is not rendered. */
  const goTo = useCallback(
    (side: Side, sentence: number) => {
      const row = rowOfSentence(comparison.links, side, sentence)
      setCurrent({ side, sentence })
      setJump((previous) => ({ row, nonce: (previous?.nonce ?? 0) + 1 }))
      const focus = () => document.querySelector<HTMLElement>(`.aligned-sentence[data-lang="${side}"][data-sentence="${sentence}"]`)?.focus({ preventScroll: true })
      requestAnimationFrame(() => requestAnimationFrame(focus))
    },
    [comparison],
  )

  /** Arrow keys on a focused sentence: up and down along its side, left and right to the other side of its row. */
  const navigate = useCallback(
    (key: string): boolean => {
      const at = sentenceOf(document.activeElement)
      if (!at) {
        // Enter on the scroll pane steps into the first sentence.
        if (key !== 'Enter' || !document.activeElement?.classList.contains('aligned-scroll')) return false
        const first = current ?? (comparison.ko.length ? { side: 'ko' as const, sentence: 0 } : { side: 'en' as const, sentence: 0 })
        goTo(first.side, first.sentence)
        return true
      }
      const count = comparison[at.side].length
      if (key === 'ArrowDown' && at.sentence + 1 < count) goTo(at.side, at.sentence + 1)
      else if (key === 'ArrowUp' && at.sentence > 0) goTo(at.side, at.sentence - 1)
      else if (key === 'ArrowLeft' || key === 'ArrowRight') {
        const other: Side = key === 'ArrowLeft' ? 'ko' : 'en'
        if (other === at.side) return true
        const link = comparison.links[rowOfSentence(comparison.links, at.side, at.sentence)]
        if (link[other].length > 0) goTo(other, link[other][0])
      } else return false
      return true
    },
    [comparison, current, goTo],
  )

  // The listener reads this render's handler: a key pressed right after a click (a finding chosen, then C)
  // must see the state that click made, not wait for a passive effect to re-subscribe.
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => {})
  useLayoutEffect(() => {
    keyHandler.current = function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || draft || isTypingTarget(event.target)) return
      if (!event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && navigate(event.key)) {
        event.preventDefault()
        return
      }
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      // In the desktop app Edit › Undo owns Ctrl+Z (its accelerator) and arrives as a command instead.
      if (mod && !event.altKey && (key === 'z' || key === 'y') && window.kobi === undefined) {
        event.preventDefault()
        void (key === 'y' || event.shiftKey ? review.redo() : review.undo())
        return
      }
      if (mod || event.altKey) return
      const actions: Record<string, RowEditAction> = { m: 'merge', s: 'split', '[': 'move-up', ']': 'move-down', '0': 'detach', l: 'link', n: 'note', r: 'note-row' }
      if (actions[key]) {
        event.preventDefault()
        act(actions[key])
      } else if (key === 'c' || key === 'x') {
        event.preventDefault()
        judge(key === 'c' ? 'error' : 'false-alarm')
      } else if (key === 'escape' && picked.size > 0) {
        setPicked(new Set())
      }
    }
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  function onClick(event: MouseEvent) {
    const hit = sentenceOf(event.target)
    if (!hit) return
    if (event.target instanceof Element && event.target.closest('.note-marker')) {
      const first = notesOn(hit.side, hit.sentence)[0]
      setCurrent(hit)
      if (first) edit(first)
      return
    }
    if (event.ctrlKey || event.metaKey) {
      const key = sentenceKey(hit.side, hit.sentence)
      const next = new Set(picked)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      setPicked(next)
    }
    setCurrent(hit)
  }

  // An annotation chosen in the panel: its row comes into view and its sentence becomes current.
  useEffect(() => {
    if (!reveal) return
    const annotation = review.annotations.find((a) => a.id === reveal.annotationId)
    if (!annotation || annotation.placement.orphaned) return
    const row = comparison.links.findIndex((l) => annotation.placement.linkIds.includes(l.id))
    if (row < 0) return
    setJump({ row, nonce: reveal.nonce })
    const link = comparison.links[row]
    const side: Side = annotation.placement.anchors[0]?.side === 'en' || link.ko.length === 0 ? 'en' : 'ko'
    setCurrent({ side, sentence: link[side][0] })
  }, [reveal, review.annotations, comparison])

  const marks: ReviewMarks = useMemo(
    () => ({
      notedSentences: review.notedSentences,
      verdictAt: (i: number) => review.verdicts.get(comparison.findings[i]?.id ?? '') ?? null,
      picked,
      current: current ? sentenceKey(current.side, current.sentence) : null,
    }),
    [review.notedSentences, review.verdicts, comparison, picked, current],
  )

  const currentLabel = current
    ? `${sideName[current.side]} sentence ${current.sentence + 1} · row ${rowOfSentence(comparison.links, current.side, current.sentence) + 1}`
    : null
  const editing = draft ? review.annotations.find((a) => a.id === draft.id) : undefined

  return (
    <ReviewMarksContext.Provider value={marks}>
      <div className="reviewed-pair" onClick={onClick} onFocus={(e) => sentenceOf(e.target) && setCurrent(sentenceOf(e.target))}>
        {(editError ?? review.error) && (
          <ErrorBanner
            message={(editError ?? review.error) as string}
            onDismiss={() => {
              setEditError(null)
              review.dismissError()
            }}
          />
        )}
        {(comparison.correctionsLost ?? 0) > 0 && (
          <div className="review-notice" role="status">
            {comparison.correctionsLost} link{comparison.correctionsLost === 1 ? '' : 's'} set by hand no longer fit this text (the page changed) and
            were left out.
          </div>
        )}
        <AlignedView
          ko={ko}
          en={en}
          comparison={comparison}
          onActiveFinding={setActiveFinding}
          reveal={jump}
          tools={
            <RowEditBar
              current={currentLabel}
              picked={picked.size}
              history={review.history}
              busy={review.busy}
              onAction={act}
              onUndo={() => void review.undo()}
              onRedo={() => void review.redo()}
              onReset={() => void review.reset()}
              hasHandLinks={comparison.links.some((l) => l.hand)}
            />
          }
        />
      </div>
      {draft && (
        <AnnotationEditor
          draft={draft}
          onClose={() => setDraft(null)}
          onSave={(d) => {
            setDraft(null)
            void review.save(d)
          }}
          onDelete={
            editing
              ? () => {
                  setDraft(null)
                  void review.remove(editing.id)
                }
              : undefined
          }
        />
      )}
    </ReviewMarksContext.Provider>
  )
}
