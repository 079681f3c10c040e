/** A stretch of one sentence the reader selected with the mouse or Shift+arrows. */
export interface SentenceSelection {
  readonly side: 'ko' | 'en'
  readonly sentence: number
  /** Offsets inside the sentence's text. */
  readonly start: number
  readonly end: number
}

/** Characters of `sentence`'s own text before (`node`, `offset`): markers the row adds (note counts) do not count. */
function textOffset(sentence: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(sentence, 0)
  range.setEnd(node, offset)
  const copy = range.cloneContents()
  copy.querySelectorAll('[data-decoration]').forEach((el) => el.remove())
  return copy.textContent?.length ?? 0
}

/** The window's selection when it lies inside one sentence of the grid and is not empty; else null. */
export function selectedInSentence(): SentenceSelection | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const startEl = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest<HTMLElement>('[data-sentence]')
  const endEl = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest<HTMLElement>('[data-sentence]')
  if (!startEl || startEl !== endEl) return null
  const side = startEl.dataset.lang
  if (side !== 'ko' && side !== 'en') return null
  const start = textOffset(startEl, range.startContainer, range.startOffset)
  const end = textOffset(startEl, range.endContainer, range.endOffset)
  if (end <= start) return null
  return { side, sentence: Number(startEl.dataset.sentence), start, end }
}

/** The sentence an element sits in, as the grid marks it. */
export function sentenceOf(target: EventTarget | null): { side: 'ko' | 'en'; sentence: number } | null {
  if (!(target instanceof Element)) return null
  const el = target.closest<HTMLElement>('[data-sentence]')
  const side = el?.dataset.lang
  if (!el || (side !== 'ko' && side !== 'en')) return null
  return { side, sentence: Number(el.dataset.sentence) }
}
