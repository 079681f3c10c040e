/**
 * What never becomes article text even inside the element Readability picked as the article: photos and
 * their captions, embedded media, ad slots, share and related-article boxes, forms, scripts.
 */
const NON_TEXT = 'script, style, noscript, template, iframe, object, embed, video, audio, canvas, svg, figure, figcaption, picture, img, form, button, nav, aside, footer, header'
/** Class or id words of ad slots and the boxes around an article (matched as whole words, `-`/`_` separated). */
const CHROME_WORDS = /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|banner|promo|sponsor|sponsored|related|recommend|share|sns|social|caption|photo|copyright|tags?|byline|reporter)(?:$|[\s_-])/i
/** Blocks whose text forms the article's paragraphs. */
const PARAGRAPHS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, div'

/**
 * The paragraphs of the article element Readability returned, after removing what never is article text.
 * A block holding text directly (sites that write `<div>text<br><br>text</div>`) gives one paragraph per
 * run between double line breaks or nested blocks.
 */
export function articleParagraphs(content: Element): string[] {
  for (const element of Array.from(content.querySelectorAll(NON_TEXT))) element.remove()
  for (const element of Array.from(content.querySelectorAll('[class], [id]'))) {
    if (CHROME_WORDS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) element.remove()
  }
  const paragraphs: string[] = []
  // Depth-first without recursion, so no page is nested too deep to read.
  const stack: Element[] = [content]
  while (stack.length > 0) {
    const element = stack.pop()!
    const isParagraph = element === content ? hasOwnText(element) : element.matches(PARAGRAPHS) && (hasOwnText(element) || !element.querySelector(PARAGRAPHS))
    if (isParagraph) {
      paragraphs.push(...textRuns(element))
      continue
    }
    const children = Array.from(element.children)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return paragraphs.filter((p) => p.length > 0)
}

/** True when text sits directly in the element (not only inside child elements). */
function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true
  }
  return false
}

/** The element's text, cut at double `<br>`s and at nested blocks into paragraphs. */
function textRuns(element: Element): string[] {
  const runs: string[] = ['']
  let breaks = 0
  const cut = () => {
    if (runs[runs.length - 1].trim() !== '') runs.push('')
  }
  const stack: (Node | 'end-block')[] = []
  for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === 'end-block') {
      cut()
      continue
    }
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/[\s\u00a0]+/gu, ' ')
      if (value.trim() !== '') breaks = 0
      runs[runs.length - 1] += value
      continue
    }
    if (node.nodeType !== 1) continue
    const el = node as Element
    if (el.tagName.toUpperCase() === 'BR') {
      breaks++
      if (breaks >= 2) cut()
      else runs[runs.length - 1] += ' '
      continue
    }
    if (el.matches(PARAGRAPHS)) {
      cut()
      stack.push('end-block')
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child)
  }
  return runs.map((r) => r.replace(/ {2,}/g, ' ').trim()).filter((r) => r.length > 0)
}
