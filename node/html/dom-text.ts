/** Elements whose content is never page text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON'])
/** Elements that begin and end a paragraph, as a browser lays them out. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'ADDRESS', 'FORM', 'HR', 'BODY', 'HTML', 'TITLE',
])
/** Inside these a line break ends a line, not a paragraph. */
const LINE_BLOCKS = new Set(['LI', 'TD', 'TH', 'DT', 'DD'])

/**
 * A page's visible text as a reader sees it, the form the text captures of our known sites take: blocks
 * separated by blank lines, `<br>` as a line break, runs of spaces collapsed, scripts and styles dropped.
 */
export function domText(root: Node): string {
  const parts: string[] = []
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/gu, ' '))
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : ''
    if (SKIPPED.has(name)) return
    if (name === 'BR') {
      parts.push('\n')
      return
    }
    const block = BLOCKS.has(name)
    if (block) parts.push(LINE_BLOCKS.has(name) ? '\n' : '\n\n')
    else if (LINE_BLOCKS.has(name)) parts.push(' ')
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
    if (block) parts.push(LINE_BLOCKS.has(name) ? '\n' : '\n\n')
  }
  walk(root)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
