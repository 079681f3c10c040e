import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article } from '../../../shared/models/article'
import type { Comparison } from '../../../shared/models/comparison'
import { alignedRows } from '../lib/aligned-rows'
import { scrollIntoPane } from '../lib/scroll-into-pane'
import { AlignedRow } from './AlignedRow'
import { ArticleHeading } from './ArticleHeading'
import { FindingsPanel } from './FindingsPanel'
import { LanguageBadge } from './LanguageBadge'

interface Props {
  readonly ko: Article
  readonly en: Article
  readonly comparison: Comparison
}

/** A request to bring a row into view and flash it; the nonce lets the same row flash again. */
interface Jump {
  readonly row: number
  readonly nonce: number
}

/**
 * The pair as a bilingual grid, one row per alignment link (as in a CAT tool), under a panel of what the check
 * found. j / k (or the arrows in the panel) move from finding to finding.
 */
export function AlignedView({ ko, en, comparison }: Props) {
  const { rows, rowOfFinding, findingOrder } = useMemo(() => alignedRows(comparison), [comparison])
  const [active, setActive] = useState<number | null>(null)
  const [jump, setJump] = useState<Jump | null>(null)
  const rowEls = useRef(new Map<number, HTMLDivElement>())

  // A reload brings a new comparison whose finding indices may differ: forget the selection.
  const [shown, setShown] = useState(comparison)
  if (shown !== comparison) {
    setShown(comparison)
    setActive(null)
  }

  const register = useCallback((index: number, el: HTMLDivElement | null) => {
    if (el) rowEls.current.set(index, el)
    else rowEls.current.delete(index)
  }, [])

  const select = useCallback(
    (finding: number) => {
      setActive(finding)
      setJump((previous) => ({ row: rowOfFinding[finding], nonce: (previous?.nonce ?? 0) + 1 }))
    },
    [rowOfFinding],
  )

  // After the render that marks the row active, so React's className update cannot wipe the flash class.
  useEffect(() => {
    if (!jump) return
    const el = rowEls.current.get(jump.row)
    if (!el) return
    scrollIntoPane(el, 'smooth')
    el.classList.remove('is-flashing')
    void el.offsetWidth // restart the animation
    el.classList.add('is-flashing')
  }, [jump])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'j' && event.key !== 'k') return
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return
      if (findingOrder.length === 0) return
      const at = active === null ? -1 : findingOrder.indexOf(active)
      const next = event.key === 'j' ? Math.min(findingOrder.length - 1, at + 1) : Math.max(0, at - 1)
      event.preventDefault()
      select(findingOrder[next])
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [active, findingOrder, select])

  const uncertain = comparison.links.filter((l) => l.lowConfidence).length
  const summary =
    `${rows.length} rows · ${comparison.ko.length} KO / ${comparison.en.length} EN sentences` +
    (uncertain > 0 ? ` · ${uncertain} uncertain` : '')

  return (
    <div className="aligned-view">
      <FindingsPanel
        findings={comparison.findings}
        order={findingOrder}
        rowOfFinding={rowOfFinding}
        active={active}
        onSelect={select}
        summary={summary}
      />
      <div className="scroll-pane aligned-scroll">
        <div className="aligned-titles">
          <div className="aligned-title-cell" lang="ko">
            <ArticleHeading article={ko} />
          </div>
          <div className="aligned-title-cell" lang="en">
            <ArticleHeading article={en} />
          </div>
        </div>
        <div role="table" className="aligned-grid" aria-label="Aligned sentences" aria-rowcount={rows.length + 1}>
          <div role="rowgroup" className="aligned-head">
            <div role="row" className="aligned-head-row">
              <div role="columnheader" className="aligned-gutter">
                #
              </div>
              <div role="columnheader" className="aligned-head-cell">
                <LanguageBadge lang="ko" /> Korean <span className="head-count">{comparison.ko.length} sentences</span>
              </div>
              <div role="columnheader" className="aligned-head-cell">
                <LanguageBadge lang="en" /> English <span className="head-count">{comparison.en.length} sentences</span>
              </div>
            </div>
          </div>
          <div role="rowgroup">
            {rows.map((row) => (
              <AlignedRow
                key={row.index}
                row={row}
                findings={comparison.findings}
                activeFinding={active !== null && rowOfFinding[active] === row.index ? active : null}
                register={register}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  )
}
