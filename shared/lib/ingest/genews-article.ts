import type { TextSpan } from '../../models/span'
import type { LayoutParser } from './article-draft'
import { tidyLabel } from './article-draft'
import { stripTails } from './chrome-tails'
import { type Line, isBlank, splitLines } from './lines'
import { parseKstDate } from './parse-date'
import { trimSpan } from './spans'

const SITE_NAME = '글로벌이코노믹'
/** Site chrome lines around the header. */
const CHROME = /^\s*(?:닫기|글로벌이코노믹|이미지 확대보기|기사 ?공유|글자 ?크기|인쇄|스크랩)\s*$/u
/** `…사진=편슬기 기자` (one copy glued to "이미지 확대보기"): photo captions, printed twice. */
const CAPTION = /(?:사진|자료|그래픽|영상)\s*=\s*[^=\n]{1,60}$|이미지\s*확대보기\s*$/u
/** `편슬기 글로벌이코노믹 기자 pyeonhaeyo@g-enews.com`: the closing byline. */
const CLOSING_BYLINE = /^\s*([가-힣]{2,5})\s+(?:글로벌이코노믹\s+)?(기자|특파원|객원기자)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u
/** `기사입력 2025-02-06 16:05`: the page's publication time, when the capture kept it. */
const ENTERED = /^\s*(?:기사\s*)?입력\s*:?\s*(\d{4}[-.]\d{1,2}[-.]\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/u
/** Captions are short; a long paragraph that merely cites a photo credit stays. */
const MAX_CAPTION = 300
/** Sub-headlines are short and do not end like a sentence. */
const MAX_SUBHEAD = 80

/** 글로벌이코노믹 (g-enews) article page: title twice, sub-headlines, doubled captions, paragraphs, byline. */
export const genewsArticle: LayoutParser = {
  name: 'genews-article',
  matches(text) {
    return /@g-enews\.com/u.test(text) || splitLines(text).some(l => l.text.trim() === SITE_NAME)
  },
  parse(text) {
    const content = splitLines(text).filter(l => !isBlank(l.text) && !CHROME.test(l.text))
    if (content.length === 0) return []
    // The title is the first line printed twice; without a repeat, the first line.
    const firstRepeat = content.findIndex((l, i) => content.slice(i + 1).some(o => o.text.trim() === l.text.trim()))
    const titleIndex = firstRepeat >= 0 && firstRepeat < 5 ? firstRepeat : 0
    const title = content[titleIndex]
    const titleSpan = trimSpan(text, title.start, title.end)
    if (!titleSpan) return []

    const seen = new Set<string>([title.text.trim()])
    let byline: string | null = null
    let publishedAt: string | null = null
    let inHeader = true
    let machineTranslated = false
    const paragraphSpans: TextSpan[] = []
    for (const line of content.slice(titleIndex + 1)) {
      const key = line.text.trim()
      const closing = CLOSING_BYLINE.exec(line.text)
      if (closing) {
        byline ??= `${closing[1]} ${closing[2]}`
        continue
      }
      const entered = ENTERED.exec(line.text)
      if (entered) {
        publishedAt ??= parseKstDate(entered[1])
        continue
      }
      if (seen.has(key) || (line.text.length <= MAX_CAPTION && CAPTION.test(line.text))) {
        seen.add(key)
        continue
      }
      seen.add(key)
      if (inHeader && isSubheadline(line)) continue
      inHeader = false
      const tails = stripTails(text, line)
      machineTranslated ||= tails.machineTranslated
      if (tails.span) paragraphSpans.push(tails.span)
    }
    if (paragraphSpans.length === 0) return []
    return [
      {
        site: 'g-enews',
        titleSpan,
        paragraphSpans,
        publishedAt,
        byline: byline ? tidyLabel(byline) : null,
        translator: machineTranslated ? 'ChatGPT' : null,
      },
    ]
  },
}

function isSubheadline(line: Line): boolean {
  const t = line.text.trim()
  return t.length <= MAX_SUBHEAD && !/[.?!。"”'’]$/u.test(t)
}
