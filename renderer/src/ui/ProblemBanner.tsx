import { useState } from 'react'
import type { LoadProblem } from '../../../shared/models/library'

interface Props {
  readonly problems: readonly LoadProblem[]
}

/** Pages that could not be read. Non-blocking: the rest of the library stays usable. */
export function ProblemBanner({ problems }: Props) {
  const [open, setOpen] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  const count = problems.length
  return (
    <section className="banner banner-warning" aria-label="Load problems">
      <div className="banner-row">
        <span className="banner-text">
          {count === 1 ? 'One page could not be loaded.' : `${count} pages could not be loaded.`}
        </span>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide details' : 'Show details'}
        </button>
        <button type="button" className="banner-close" onClick={() => setDismissed(true)} aria-label="Dismiss load problems">
          ×
        </button>
      </div>
      {open && (
        <ul className="banner-list">
          {problems.map((p, i) => (
            <li key={`${p.source}-${i}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
