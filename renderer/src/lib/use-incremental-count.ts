import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `total` items to render now: `step` at first, `step` more on each animation frame, so a list of
 * thousands of rows reaches the page in commits short enough never to freeze it. Keeps what it has shown when
 * `total` changes, so a reload re-renders in place.
 */
export function useIncrementalCount(total: number, step: number): number {
  const [count, setCount] = useState(step)
  useEffect(() => {
    if (count >= total) return
    // A transition: React may slice the render and lets input go first.
    const frame = requestAnimationFrame(() => startTransition(() => setCount((c) => c + step)))
    return () => cancelAnimationFrame(frame)
  }, [count, total, step])
  return Math.min(count, total)
}
