/**
 * Paints the matches of a find query inside `root` with the CSS Custom Highlight API (`::highlight(...)` in
 * CSS): no DOM is added or changed, so React's text nodes and the figure marks stay as they are. Only the rows
 * in the DOM are painted; the virtualised grid calls this again as rows come and go.
 */
export function paintFindHighlights(root: HTMLElement | null, query: string, currentRow: number | null): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined
  if (!registry) return
  const all = new Highlight()
  const current = new Highlight()
  const needle = query.toLocaleLowerCase()
  if (root && needle.trim() !== '') {
    for (const sentence of root.querySelectorAll<HTMLElement>('.aligned-sentence')) {
      const rowIndex = Number(sentence.closest<HTMLElement>('[data-row]')?.dataset.row ?? -1)
      const target = rowIndex === currentRow ? current : all
      const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.nodeValue ?? '').toLocaleLowerCase()
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
          const range = new Range()
          range.setStart(node, at)
          range.setEnd(node, at + needle.length)
          target.add(range)
        }
      }
    }
  }
  registry.set('kobi-find', all)
  registry.set('kobi-find-current', current)
}
