import type { ArticleDraft, LayoutParser } from './article-draft'
import { stripTails } from './chrome-tails'
import { type Line, isBlank, splitLines } from './lines'
import { kstIso } from './parse-date'
import { trimSpan } from './spans'

/**
 * `산업 IT 2025.04.15 09:51:26오픈AI가 …`: section, subsection and time glued to the body with no space,
 * so a time of `09:00:00` is followed directly by `7일(현지시간)`; the time is always two-digit fields.
 */
const META = /^([^\d\s][^\n]{0,40}?) (\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2})/u
/** Items are separated by a lone `-`, which also ends each body as ` -`. */
const SEPARATOR_TAIL = /\s+-\s*$/u

/** 서울경제 (sedaily) search/listing page: title line, then meta+body line, per article. */
export const sedailyListing: LayoutParser = {
  name: 'sedaily-listing',
  matches(text) {
    const metas = splitLines(text).filter(l => META.test(l.text)).length
    return metas >= 2 || (metas === 1 && /Sedaily|서울경제/u.test(text))
  },
  parse(text) {
    const lines = splitLines(text).filter(l => !isBlank(l.text))
    const drafts: ArticleDraft[] = []
    lines.forEach((line, i) => {
      const meta = META.exec(line.text)
      const titleLine: Line | undefined = lines[i - 1]
      if (!meta || !titleLine || META.test(titleLine.text)) return
      const titleSpan = trimSpan(text, titleLine.start, titleLine.end)
      if (!titleSpan || /^[\s\-–—]*$/u.test(titleLine.text)) return
      let end = line.end
      const tail = SEPARATOR_TAIL.exec(line.text)
      if (tail) end = line.start + tail.index
      const tails = stripTails(text, { start: line.start + meta[0].length, end })
      if (!tails.span) return
      const n = (k: number): number => Number(meta[k])
      drafts.push({
        site: 'sedaily',
        titleSpan,
        paragraphSpans: [tails.span],
        publishedAt: kstIso(n(2), n(3), n(4), n(5), n(6), n(7)),
        byline: null,
        translator: tails.machineTranslated ? 'ChatGPT' : null,
      })
    })
    return drafts
  },
}
