import { useEffect, useState } from 'react'
import type { TaskProgress } from '../lib/use-background-tasks'
import './ProgressIndicator.css'

/** Work shorter than this finishes before a user would wonder; showing it would only flicker. */
const showAfterMs = 200

interface Props {
  readonly tasks: readonly TaskProgress[]
}

/** A progress bar for the oldest background task that has run longer than ~200 ms. */
export function ProgressIndicator({ tasks }: Props) {
  const [now, setNow] = useState(() => performance.now())
  const pending = tasks.length > 0
  useEffect(() => {
    if (!pending) return
    const timer = window.setInterval(() => setNow(performance.now()), 100)
    return () => window.clearInterval(timer)
  }, [pending])

  const shown = tasks.find((t) => now - t.startedAt >= showAfterMs)
  if (!shown) return null
  const determinate = shown.total > 0
  const percent = determinate ? Math.round((100 * shown.done) / shown.total) : undefined
  return (
    <div className="progress-indicator" role="status" aria-live="polite">
      <span className="progress-label">{shown.label}…</span>
      <div
        className={determinate ? 'progress-track' : 'progress-track progress-indeterminate'}
        role="progressbar"
        aria-label={shown.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={determinate ? { width: `${percent}%` } : undefined} />
      </div>
    </div>
  )
}
