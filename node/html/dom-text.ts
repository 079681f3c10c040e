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
  // An explicit stack rather than recursion: a page nested thousands of levels deep must not overflow it.
  const stack: (Node | string)[] = [root]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      parts.push(item)
      continue
    }
    const node = item
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/gu, ' '))
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : ''
    if (SKIPPED.has(name)) continue
    if (name === 'BR') {
      parts.push('\n')
      continue
    }
    const block = BLOCKS.has(name)
    const edge = LINE_BLOCKS.has(name) ? '\n' : block ? '\n\n' : ''
    parts.push(edge)
    stack.push(edge)
    const children: Node[] = []
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
