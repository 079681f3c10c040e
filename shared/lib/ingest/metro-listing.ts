import type { TextSpan } from '../../models/span'
import type { ArticleDraft, LayoutParser } from './article-draft'
import { tidyLabel } from './article-draft'
import { stripTails } from './chrome-tails'
import { digestItems, looksLikeDigest } from './digest-items'
import { type Line, splitLines } from './lines'
import { kstIso } from './parse-date'
import { paragraphBlocks } from './paragraph-blocks'
import { trimSpan } from './spans'

/** `2025-02-03 07:00:19 허정윤 기자`: closes the article above it. */
const DATE_BYLINE = /^\s*(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\s+(.*\S))?\s*$/u
const PHOTO_MARK = '기사사진'

/**
 * Metro Seoul (메트로신문) listing: menu chrome, then per article `기사사진` / title / body / date+byline.
 * The 한줄뉴스 digest has no `기사사진` and sits right under the menu.
 */
export const metroListing: LayoutParser = {
  name: 'metro-listing',
  matches(text) {
    const lines = splitLines(text)
    const dated = lines.filter(l => DATE_BYLINE.test(l.text)).length
    const photos = lines.filter(l => l.text.trim() === PHOTO_MARK).length
    return dated > 0 && (photos > 0 || /메트로신문|metroseoul/u.test(text))
  },
  parse(text) {
    const drafts: ArticleDraft[] = []
    let block: Line[] = []
    for (const line of splitLines(text)) {
      const date = DATE_BYLINE.exec(line.text)
      if (!date) {
        block.push(line)
        continue
      }
      const draft = parseBlock(text, block, date)
      if (draft) drafts.push(draft)
      block = []
    }
    return drafts
  },
}

function parseBlock(text: string, block: readonly Line[], date: RegExpExecArray): ArticleDraft | null {
  const photo = block.findLastIndex(l => l.text.trim() === PHOTO_MARK)
  const groups = paragraphBlocks(photo >= 0 ? block.slice(photo + 1) : block)
  let titleLine: Line
  let bodyGroups: Line[][]
  if (photo >= 0) {
    if (groups.length === 0) return null
    titleLine = groups[0][0]
    bodyGroups = [groups[0].slice(1), ...groups.slice(1)].filter(g => g.length > 0)
  } else {
    // No photo mark (the digest): the menu runs straight into the title, so the title is the last line
    // of the group just above the body.
    if (groups.length < 2) return null
    titleLine = groups[groups.length - 2].at(-1) as Line
    bodyGroups = [groups[groups.length - 1]]
  }
  const titleSpan = trimSpan(text, titleLine.start, titleLine.end)
  if (!titleSpan) return null

  let machineTranslated = false
  const paragraphSpans: TextSpan[] = []
  for (const group of bodyGroups) {
    const tails = stripTails(text, { start: group[0].start, end: group.at(-1)!.end })
    machineTranslated ||= tails.machineTranslated
    if (tails.span) paragraphSpans.push(tails.span)
  }
  if (paragraphSpans.length === 0) return null

  const n = (i: number): number => Number(date[i])
  const draft: ArticleDraft = {
    site: 'metroseoul',
    titleSpan,
    paragraphSpans,
    publishedAt: kstIso(n(1), n(2), n(3), n(4), n(5), n(6)),
    byline: date[7] ? tidyLabel(date[7]) : null,
    translator: machineTranslated ? 'ChatGPT' : null,
  }
  const first = text.slice(paragraphSpans[0].start, paragraphSpans[0].end)
  const title = text.slice(titleSpan.start, titleSpan.end)
  if (paragraphSpans.length === 1 && (title.includes('한줄뉴스') || looksLikeDigest(first))) {
    const items = digestItems(first, 0)
    if (items.length > 0) return { ...draft, digestItems: items }
  }
  return draft
}
