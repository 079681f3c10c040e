import type { DigestItem } from '../../models/article'

const MARKER = /<([^<>\n]{1,30})>(?=\s*▲)|▲/gu

/**
 * Splits a 한줄뉴스 paragraph into its `▲` items, each under the latest `<산업부>`-style section tag.
 * Spans are offsets inside the paragraph and exclude the `▲` and surrounding spaces.
 */
export function digestItems(paragraph: string, paragraphIndex: number): DigestItem[] {
  const items: DigestItem[] = []
  let section: string | null = null
  let open: { section: string | null; start: number } | null = null
  const close = (end: number): void => {
    if (!open) return
    let s = open.start
    let e = end
    while (s < e && /\s/u.test(paragraph[s])) s++
    while (e > s && /\s/u.test(paragraph[e - 1])) e--
    if (e > s) {
      items.push({ section: open.section, text: paragraph.slice(s, e), paragraph: paragraphIndex, span: { start: s, end: e } })
    }
    open = null
  }
  for (const m of paragraph.matchAll(MARKER)) {
    close(m.index)
    if (m[1] !== undefined) section = m[1].trim()
    else open = { section, start: m.index + m[0].length }
  }
  close(paragraph.length)
  return items
}

/** True when a paragraph is a run of `▲` items (optionally opened by a section tag), not prose. */
export function looksLikeDigest(paragraph: string): boolean {
  return /^\s*(?:<[^<>\n]{1,30}>\s*)?▲/u.test(paragraph) && (paragraph.match(/▲/gu)?.length ?? 0) >= 2
}
