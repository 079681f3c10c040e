import type { ReactNode } from 'react'
import type { SentenceMark } from '../lib/aligned-rows'

interface Props {
  readonly text: string
  readonly marks: readonly SentenceMark[]
  /** The finding the reviewer is looking at; its mark stands out. */
  readonly activeFinding: number | null
}

/** A sentence with the spans findings point at highlighted. Text goes in as React text pieces, never as HTML. */
export function MarkedText({ text, marks, activeFinding }: Props) {
  if (marks.length === 0) return <>{text}</>
  const pieces: ReactNode[] = []
  let pos = 0
  for (const mark of marks) {
    if (mark.start > pos) pieces.push(text.slice(pos, mark.start))
    const marked = text.slice(mark.start, mark.end)
    const active = activeFinding !== null && mark.findings.includes(activeFinding)
    pieces.push(
      <mark
        key={mark.start}
        className={`figure-mark${active ? ' is-active' : ''}`}
        title={mark.message}
        aria-label={`${marked} (${mark.message})`}
        data-findings={mark.findings.join(' ')}
      >
        {marked}
      </mark>,
    )
    pos = mark.end
  }
  if (pos < text.length) pieces.push(text.slice(pos))
  return <>{pieces}</>
}
