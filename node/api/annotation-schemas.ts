import * as v from 'valibot'
import { annotationStatuses } from '../../shared/models/annotation'

/** Bounds that keep a request small whatever a page holds; a note is a note, not a document. */
export const maxNoteLength = 20_000
const maxQuoteLength = 100_000
const maxTags = 32
const maxTagLength = 64
const maxIdLength = 2_000

export const annotationStatusSchema = v.picklist(annotationStatuses, 'Expected a status: error, false-alarm, fixed or question.')

const offset = v.pipe(v.number(), v.integer(), v.minValue(0))

export const textAnchorSchema = v.pipe(
  v.strictObject({
    side: v.picklist(['ko', 'en']),
    paragraph: offset,
    start: offset,
    end: offset,
    quote: v.pipe(v.string(), v.minLength(1, 'An annotation needs some text to hold on to.'), v.maxLength(maxQuoteLength)),
    prefix: v.pipe(v.string(), v.maxLength(64)),
    suffix: v.pipe(v.string(), v.maxLength(64)),
  }),
  v.check((a) => a.end > a.start, 'An anchor must cover at least one character.'),
)

export const annotationAnchorsSchema = v.pipe(v.array(textAnchorSchema), v.minLength(1), v.maxLength(2))

const hintId = v.pipe(v.string(), v.minLength(1), v.maxLength(maxIdLength))

export const annotationTargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('text') }),
  v.strictObject({ kind: v.literal('link'), linkId: hintId }),
  v.strictObject({
    kind: v.literal('finding'),
    findingId: hintId,
    findingKind: v.picklist(['figure-mismatch', 'omission', 'addition']),
  }),
])

const tag = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maxTagLength))

/** What the renderer sends to create (id null) or update an annotation; the handler stamps times and ids. */
export const annotationDraftSchema = v.strictObject({
  id: v.nullable(v.pipe(v.string(), v.uuid('Expected an annotation id.'))),
  ko: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  en: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  target: annotationTargetSchema,
  anchors: annotationAnchorsSchema,
  note: v.pipe(v.string(), v.maxLength(maxNoteLength, `A note can hold up to ${maxNoteLength} characters.`)),
  tags: v.pipe(v.array(tag), v.maxLength(maxTags, `Up to ${maxTags} tags.`)),
  status: v.nullable(annotationStatusSchema),
})

const sentenceAnchor = v.pipe(v.string(), v.regex(/^\d{1,7}:\d{1,9}-\d{1,9}$/, 'Expected a sentence anchor such as 0:12-40.'))
const maxLinks = 50_000
const maxSentencesPerSide = 1_000

export const linkSpecSchema = v.strictObject({
  ko: v.pipe(v.array(sentenceAnchor), v.maxLength(maxSentencesPerSide)),
  en: v.pipe(v.array(sentenceAnchor), v.maxLength(maxSentencesPerSide)),
  hand: v.boolean(),
})

export const linkSpecsSchema = v.pipe(v.array(linkSpecSchema), v.maxLength(maxLinks))

/** What an edit is called in Undo/Redo ("Merge rows"). */
export const editLabelSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(80))
