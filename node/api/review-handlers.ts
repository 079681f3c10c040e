import { randomUUID } from 'node:crypto'
import { checkLinkOrder, LinkEditError } from '../../shared/lib/correct/link-order'
import { fromLinkSpecs, toLinkSpec } from '../../shared/lib/correct/link-specs'
import { placeAnnotations } from '../../shared/lib/review/place-annotations'
import type { Annotation, PlacedAnnotation } from '../../shared/models/annotation'
import type { AppApi } from '../../shared/models/app-api'
import type { Article } from '../../shared/models/article'
import type { Comparison } from '../../shared/models/comparison'
import type { Library } from '../../shared/models/library'
import type { LinkSpec, UndoResult } from '../../shared/models/link-edit'
import type { PairOverride } from '../../shared/models/pair-override'
import type { Store } from '../store/store'
import type { CompareCorrections } from '../work/heavy-work'
import { BadRequestError } from './bad-request'
import { EditStacks, type EditEntry, type LinkSnapshot } from './edit-stacks'

/** What the review handlers need from the library side of the handlers. */
export interface PairAccess {
  /** The open folder and the two articles, checked (a Korean one and an English one of the library). */
  pair(ko: string, en: string): Promise<{ folder: string; ko: Article; en: Article }>
  /** The open folder's library, with the reader's pairings applied. */
  library(): Promise<Library>
  /** The pair's comparison (cached, or made with its hand-set links). */
  comparison(ko: Article, en: Article): Promise<Comparison>
  /** Compares again with these corrections and keeps the result as the pair's comparison. */
  recompare(ko: Article, en: Article, corrections: CompareCorrections): Promise<Comparison>
  /** Records a pairing override (the library handlers' own path, so their checks apply). */
  setOverride(override: PairOverride): Promise<Library>
}

/** A pair whose ids the library side checked, with its folder. */
type CheckedPair = Awaited<ReturnType<PairAccess['pair']>>

export type ReviewStore = Pick<
  Store,
  | 'listAnnotations'
  | 'listLibraryAnnotations'
  | 'getAnnotation'
  | 'saveAnnotation'
  | 'deleteAnnotation'
  | 'getLinkCorrections'
  | 'setLinkCorrections'
  | 'getPairOverride'
  | 'deletePairOverride'
  | 'setPairOverride'
>

type ReviewApi = Pick<
  AppApi,
  | 'listAnnotations'
  | 'listLibraryAnnotations'
  | 'saveAnnotation'
  | 'deleteAnnotation'
  | 'editLinks'
  | 'resetLinks'
  | 'undoEdit'
  | 'redoEdit'
  | 'getEditHistory'
>

const stackKey = (folder: string, ko: string, en: string) => `${folder}\n${ko}\n${en}`

/**
 * Annotations, verdicts and link corrections. Annotations are stored as the reader made them and placed on
 * today's text each time they are listed; hand-set links are stored by sentence anchors and every edit is
 * undoable per pair, pairing and unpairing included (see pairingEdit).
 */
export function createReviewHandlers(store: ReviewStore, access: PairAccess, now: () => Date = () => new Date()) {
  const stacks = new EditStacks()

  async function placed(ko: string, en: string): Promise<PlacedAnnotation[]> {
    const pair = await access.pair(ko, en)
    const comparison = await access.comparison(pair.ko, pair.en)
    const texts = { ko: pair.ko.paragraphs, en: pair.en.paragraphs }
    return placeAnnotations(store.listAnnotations(pair.folder, pair.ko.id, pair.en.id), texts, comparison)
  }

  function snapshot(comparison: Comparison): LinkSnapshot {
    return {
      hand: handSpecs(comparison),
      links: comparison.links.map(({ ko, en, score, lowConfidence, hand }) => ({ ko, en, score, lowConfidence, ...(hand ? { hand } : {}) })),
    }
  }

  function handSpecs(comparison: Comparison): LinkSpec[] {
    return comparison.links
      .filter((l) => l.hand)
      .map((l) => toLinkSpec({ ko: l.ko, en: l.en, hand: true }, comparison.ko, comparison.en))
  }

  /** Applies new hand-set links to the pair (as it was `before`), persists them and records the edit. */
  async function edit(pair: CheckedPair, before: Comparison, label: string, corrections: CompareCorrections) {
    const after = await access.recompare(pair.ko, pair.en, corrections)
    store.setLinkCorrections(pair.folder, pair.ko.id, pair.en.id, handSpecs(after))
    const key = stackKey(pair.folder, pair.ko.id, pair.en.id)
    stacks.push(key, { kind: 'links', label, before: snapshot(before), after: snapshot(after) })
    return { comparison: after, history: stacks.history(key) }
  }

  async function apply(ko: string, en: string, direction: 'undo' | 'redo'): Promise<UndoResult> {
    const pair = await access.pair(ko, en)
    const key = stackKey(pair.folder, pair.ko.id, pair.en.id)
    const entry = direction === 'undo' ? stacks.takeUndo(key) : stacks.takeRedo(key)
    if (!entry) throw new BadRequestError(direction === 'undo' ? 'There is nothing to undo in this pair.' : 'There is nothing to redo in this pair.')
    try {
      return { ...(await replay(pair, entry, direction)), history: stacks.history(key) }
    } catch (error) {
      stacks.restore(key, entry, direction)
      throw error
    }
  }

  async function replay(
    pair: CheckedPair,
    entry: EditEntry,
    direction: 'undo' | 'redo',
  ): Promise<Omit<UndoResult, 'history'>> {
    if (entry.kind === 'links') {
      const target = direction === 'undo' ? entry.before : entry.after
      const comparison = await access.recompare(pair.ko, pair.en, {
        given: target.hand,
        fallback: target.links,
        keepFallbackOneSided: true,
      })
      store.setLinkCorrections(pair.folder, pair.ko.id, pair.en.id, handSpecs(comparison))
      return { comparison, library: null }
    }
    const target = direction === 'undo' ? entry.before : entry.after
    if (target) store.setPairOverride(pair.folder, target)
    else store.deletePairOverride(pair.folder, entry.after.ko, entry.after.en)
    return { comparison: null, library: await access.library() }
  }

  const api: ReviewApi = {
    listAnnotations: placed,
    async listLibraryAnnotations() {
      const library = await access.library()
      const byId = new Map(library.articles.map((a) => [a.id, a]))
      const folder = library.folder
      return store.listLibraryAnnotations(folder).flatMap((annotation) => {
        const ko = byId.get(annotation.ko)
        const en = byId.get(annotation.en)
        // An article that is gone leaves its annotations orphaned, still listed with their quotes.
        const texts = { ko: ko?.paragraphs ?? [], en: en?.paragraphs ?? [] }
        return placeAnnotations([annotation], texts, null)
      })
    },
    async saveAnnotation(draft) {
      const pair = await access.pair(draft.ko, draft.en)
      const existing = draft.id ? store.getAnnotation(pair.folder, draft.id) : null
      if (draft.id && !existing) throw new BadRequestError('That annotation no longer exists.')
      if (existing && (existing.ko !== pair.ko.id || existing.en !== pair.en.id)) {
        throw new BadRequestError('That annotation belongs to another pair.')
      }
      for (const anchor of draft.anchors) {
        const paragraphs = (anchor.side === 'ko' ? pair.ko : pair.en).paragraphs
        const text = paragraphs[anchor.paragraph]
        if (text === undefined || text.slice(anchor.start, anchor.end) !== anchor.quote) {
          throw new BadRequestError('The annotated text is not in this article (it may have changed); reload and try again.')
        }
      }
      const stamp = now().toISOString()
      const annotation: Annotation = {
        id: existing?.id ?? randomUUID(),
        ko: pair.ko.id,
        en: pair.en.id,
        target: draft.target,
        anchors: draft.anchors,
        note: draft.note,
        tags: [...new Set(draft.tags)],
        status: draft.status,
        createdAt: existing?.createdAt ?? stamp,
        updatedAt: stamp,
      }
      store.saveAnnotation(pair.folder, annotation)
      return placed(annotation.ko, annotation.en)
    },
    async deleteAnnotation(koId, enId, id) {
      const pair = await access.pair(koId, enId)
      const existing = store.getAnnotation(pair.folder, id)
      if (!existing || existing.ko !== pair.ko.id || existing.en !== pair.en.id) {
        throw new BadRequestError('That annotation is not in this pair.')
      }
      store.deleteAnnotation(pair.folder, id)
      return placed(koId, enId)
    },
    async editLinks(ko, en, hand, label) {
      const pair = await access.pair(ko, en)
      const current = await access.comparison(pair.ko, pair.en)
      const found = fromLinkSpecs(hand, current.ko, current.en)
      if (found.lost > 0) throw new BadRequestError('Some of those sentences are not in this pair (the page may have changed); reload and try again.')
      try {
        checkLinkOrder(found.links, current.ko.length, current.en.length)
      } catch (error) {
        if (error instanceof LinkEditError) throw new BadRequestError(error.message)
        throw error
      }
      return edit(pair, current, label, { given: hand.map((l) => ({ ...l, hand: true })), fallback: current.links })
    },
    async resetLinks(ko, en) {
      const pair = await access.pair(ko, en)
      return edit(pair, await access.comparison(pair.ko, pair.en), 'Reset to automatic', { given: [], fallback: null })
    },
    undoEdit(ko, en) {
      return apply(ko, en, 'undo')
    },
    redoEdit(ko, en) {
      return apply(ko, en, 'redo')
    },
    async getEditHistory(ko, en) {
      const pair = await access.pair(ko, en)
      return stacks.history(stackKey(pair.folder, pair.ko.id, pair.en.id))
    },
  }

  /**
   * Records a pairing or unpairing of two articles on their pair's stack, so Undo restores the override they
   * had before (or none).
   */
  async function pairingEdit(ko: Article, en: Article, folder: string, action: PairOverride['action']): Promise<Library> {
    const before = store.getPairOverride(folder, ko.id, en.id)
    const after: PairOverride = { action, ko: ko.id, en: en.id }
    const library = await access.setOverride(after)
    stacks.push(stackKey(folder, ko.id, en.id), { kind: 'pairing', label: action === 'pair' ? 'Pair' : 'Unpair', before, after })
    return library
  }

  return { api, pairingEdit }
}
