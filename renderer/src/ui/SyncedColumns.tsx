import { useEffect, useMemo, useRef } from 'react'
import type { Article } from '../../../shared/models/article'
import type { Library } from '../../../shared/models/library'
import { paragraphMap } from '../lib/paragraph-map'
import { useComparison, type Comparer } from '../lib/use-comparison'
import { ArticleColumn } from './ArticleColumn'

interface Props {
  readonly library: Library
  readonly ko: Article
  readonly en: Article
  readonly comparer: Comparer
}

/**
 * The Paragraphs view of a full pair: the two articles as published, scrolling together by the alignment (the
 * paragraph at the top of one column brings its counterpart to the top of the other), not by pixels, so a long
 * Korean paragraph beside two short English ones stays in step. Until the comparison arrives each column
 * scrolls on its own.
 */
export function SyncedColumns({ library, ko, en, comparer }: Props) {
  const state = useComparison(comparer, ko.id, en.id, library)
  const koPane = useRef<HTMLDivElement>(null)
  const enPane = useRef<HTMLDivElement>(null)
  const maps = useMemo(
    () =>
      state.status === 'ready'
        ? { ko: paragraphMap(state.comparison, 'ko', ko.paragraphs.length), en: paragraphMap(state.comparison, 'en', en.paragraphs.length) }
        : null,
    [state, ko.paragraphs.length, en.paragraphs.length],
  )

  useEffect(() => {
    const a = koPane.current
    const b = enPane.current
    if (!maps || !a || !b) return
    // The pane a programmatic scroll was made on, whose next scroll event is that scroll's echo, not the user.
    let echo: HTMLElement | null = null
    const follow = (source: HTMLElement, target: HTMLElement, map: readonly number[]) => () => {
      if (echo === source) {
        echo = null
        return
      }
      const at = topParagraph(source)
      if (!at) return
      const counterpart = paragraphs(target)[map[at.index]]
      if (!counterpart) return
      const top = offsetIn(target, counterpart) + at.fraction * counterpart.offsetHeight
      if (Math.abs(target.scrollTop - top) < 1) return
      echo = target
      target.scrollTop = top
    }
    const onKo = follow(a, b, maps.ko)
    const onEn = follow(b, a, maps.en)
    a.addEventListener('scroll', onKo, { passive: true })
    b.addEventListener('scroll', onEn, { passive: true })
    return () => {
      a.removeEventListener('scroll', onKo)
      b.removeEventListener('scroll', onEn)
    }
  }, [maps])

  return (
    <div className="pair-columns" data-synced={maps ? 'true' : 'false'}>
      <div ref={koPane} className="scroll-pane" tabIndex={0} aria-label="Korean article, scrollable">
        <ArticleColumn article={ko} />
      </div>
      <div ref={enPane} className="scroll-pane" tabIndex={0} aria-label="English article, scrollable">
        <ArticleColumn article={en} />
      </div>
    </div>
  )
}

/** The paragraph elements of a column: the article body's children, one per paragraph. */
function paragraphs(pane: HTMLElement): HTMLElement[] {
  return [...(pane.querySelector('.article-body')?.children ?? [])] as HTMLElement[]
}

function offsetIn(pane: HTMLElement, el: HTMLElement): number {
  return el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop
}

/** The paragraph at the top of the pane, and how far into it the top is (0–1); null above the first. */
function topParagraph(pane: HTMLElement): { index: number; fraction: number } | null {
  const list = paragraphs(pane)
  const top = pane.getBoundingClientRect().top
  for (let i = 0; i < list.length; i++) {
    const box = list[i].getBoundingClientRect()
    if (box.bottom > top) return { index: i, fraction: box.height > 0 ? Math.max(0, (top - box.top) / box.height) : 0 }
  }
  return null
}
