import type { ReactNode } from 'react'
import type { DigestItem } from '../../../shared/models/article'
import { scrollIntoPane } from '../lib/scroll-into-pane'

interface Props {
  readonly text: string
  /** The paragraph's index in its article. */
  readonly index: number
  readonly digestItems: readonly DigestItem[] | undefined
  readonly highlightItem: number | undefined
}

/** Section tags and ▲ markers between digest items; the items carry that information already. */
const digestGlue = /<[^<>\n]{1,20}>|▲|\s+/gu

/** Module-level, so React calls it once when the item mounts rather than on every render. */
function scrollHere(el: HTMLElement | null): void {
  scrollIntoPane(el)
}

/**
 * A paragraph; a digest paragraph (Metro Seoul's `<산업부> ▲…▲…`) is laid out as its items under section
 * headings, so each news item reads on its own.
 */
export function ArticleParagraph({ text, index, digestItems, highlightItem }: Props) {
  const items = (digestItems ?? [])
    .map((item, n) => ({ item, n }))
    .filter(({ item }) => item.paragraph === index)
    .sort((a, b) => a.item.span.start - b.item.span.start)
  if (items.length === 0) return <p>{text}</p>

  const blocks: ReactNode[] = []
  let pos = 0
  let section: string | null = null
  const leftover = (from: number, to: number) => {
    const rest = text.slice(from, to)
    if (rest.replace(digestGlue, '') !== '') blocks.push(<p key={`t${from}`}>{rest.trim()}</p>)
  }
  for (const { item, n } of items) {
    leftover(pos, item.span.start)
    if (item.section !== null && item.section !== section) {
      blocks.push(
        <h3 key={`s${n}`} className="digest-section">
          {item.section}
        </h3>,
      )
    }
    section = item.section
    const highlighted = n === highlightItem
    blocks.push(
      <p
        key={`i${n}`}
        className={`digest-item${highlighted ? ' is-highlighted' : ''}`}
        ref={highlighted ? scrollHere : undefined}
      >
        {text.slice(item.span.start, item.span.end)}
      </p>,
    )
    pos = item.span.end
  }
  leftover(pos, text.length)
  return <div className="digest">{blocks}</div>
}
