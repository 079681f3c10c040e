import type { TextSpan } from '../../models/span'
import type { ArticleDraft, LayoutParser } from './article-draft'
import { tidyLabel } from './article-draft'
import { stripTails } from './chrome-tails'
import { type Line, isBlank, splitLines } from './lines'
import { parseKstDate } from './parse-date'
import { trimSpan } from './spans'

/** `[영등포신문=나재희 기자]` opens the first paragraph of every article. */
const BYLINE_PREFIX = /^[\s\u200b]*\[\s*영등포신문\s*=\s*([^\]\n]{1,40}?)\s*\][\s\u200b]*/u
/** `  • 등록 2025.01.30 11:54:18` (sometimes followed by a 수정 time). */
const REGISTERED = /^[\s•·\-*]*등록\s+(\d{4}\.\d{1,2}\.\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/u
const MODIFIED = /^[\s•·\-*]*(?:수정|승인|입력)\s+\d{4}\./u
/** Where the article area ends and the site's side columns begin. */
const END_OF_ARTICLES = /^\s*(?:가장\s*많이\s*본\s*기사|더보기|많이\s*본\s*뉴스|인기\s*기사|관련\s*기사|포토\s*뉴스)\s*$/u

/** 영등포신문 (ydpnews) article page: weather chrome, title, 등록 time, paragraphs; a truncated next article may follow. */
export const ydpArticle: LayoutParser = {
  name: 'ydp-article',
  matches(text) {
    return splitLines(text).some(l => BYLINE_PREFIX.test(l.text))
  },
  parse(text) {
    const content: Line[] = []
    for (const line of splitLines(text)) {
      if (END_OF_ARTICLES.test(line.text)) break
      if (!isBlank(line.text)) content.push(line)
    }
    const starts = content.flatMap((l, i) => (BYLINE_PREFIX.test(l.text) ? [i] : []))
    const drafts: ArticleDraft[] = []
    starts.forEach((first, k) => {
      const header = articleHeader(content, first, k === 0 ? 0 : starts[k - 1] + 1)
      const next = starts[k + 1]
      const bodyEnd = next === undefined ? content.length : articleHeader(content, next, first + 1)?.firstLine ?? next
      const draft = header && articleBody(text, content.slice(first, bodyEnd), header)
      if (draft) drafts.push(draft)
    })
    return drafts
  },
}

interface Header {
  readonly title: Line
  readonly firstLine: number
  readonly publishedAt: string | null
}

/** Looks above a byline paragraph for the 등록 line and the title (the nearest line that is neither). */
function articleHeader(content: readonly Line[], bylineLine: number, floor: number): Header | null {
  let publishedAt: string | null = null
  for (let i = bylineLine - 1; i >= floor; i--) {
    const line = content[i].text
    const registered = REGISTERED.exec(line)
    if (registered) {
      publishedAt = parseKstDate(registered[1])
      continue
    }
    if (MODIFIED.test(line)) continue
    return { title: content[i], firstLine: i, publishedAt }
  }
  return null
}

function articleBody(text: string, lines: readonly Line[], header: Header): ArticleDraft | null {
  const titleSpan = trimSpan(text, header.title.start, header.title.end)
  if (!titleSpan) return null
  const prefix = BYLINE_PREFIX.exec(lines[0].text)
  const byline = prefix ? tidyLabel(prefix[1]) : null
  const paragraphSpans: TextSpan[] = []
  let machineTranslated = false
  lines.forEach((line, i) => {
    const start = i === 0 && prefix ? line.start + prefix[0].length : line.start
    const tails = stripTails(text, { start, end: line.end })
    machineTranslated ||= tails.machineTranslated
    if (tails.span) paragraphSpans.push(tails.span)
  })
  if (paragraphSpans.length === 0) return null
  return {
    site: 'ydpnews',
    titleSpan,
    paragraphSpans,
    publishedAt: header.publishedAt,
    byline,
    translator: machineTranslated ? 'ChatGPT' : null,
  }
}
