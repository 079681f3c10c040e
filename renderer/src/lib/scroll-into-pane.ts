/**
 * Centres the element in its own scroll pane only (element.scrollIntoView would scroll every ancestor, the
 * page included).
 */
export function scrollIntoPane(el: HTMLElement | null, behavior: ScrollBehavior = 'auto'): void {
  const scroller = el?.closest('.scroll-pane')
  if (!el || !scroller) return
  const offset = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top
  const top = scroller.scrollTop + offset - Math.max(0, (scroller.clientHeight - el.offsetHeight) / 2)
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  scroller.scrollTo({ top, behavior: reduce ? 'auto' : behavior })
}
