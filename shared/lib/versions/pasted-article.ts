import type { Article } from '../../models/article'
import { contentHash } from '../ingest/content-hash'
import { detectLanguage } from '../ingest/detect-language'

/** Why a pasted text cannot be read as an English version. */
export class NotEnglishError extends Error {}

/**
 * An English text the user pasted or loaded, as an Article the comparison accepts: each non-empty line a
 * paragraph (as `kobi align` reads a file), Windows and old Mac line ends included. Throws NotEnglishError when
 * the text has no paragraph or reads as another language.
 */
export function pastedEnglishArticle(text: string, koId: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const paragraphs: string[] = []
  const paragraphSpans: { start: number; end: number }[] = []
  let offset = 0
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed) {
      const start = offset + line.indexOf(trimmed)
      paragraphs.push(trimmed)
      paragraphSpans.push({ start, end: start + trimmed.length })
    }
    offset += line.length + 1
  }
  if (paragraphs.length === 0) throw new NotEnglishError('The English text is empty.')
  const lang = detectLanguage(paragraphs.join('\n').slice(0, 20_000))
  if (lang !== 'en') throw new NotEnglishError(lang === 'ko' ? 'This text is Korean; paste the English version.' : 'This text does not read as English.')
  const hash = contentHash(paragraphs.join('\n'))
  return {
    id: `second-version:${koId}:${hash}`,
    contentHash: hash,
    source: '',
    site: 'pasted',
    title: paragraphs[0].slice(0, 200),
    lang: 'en',
    publishedAt: null,
    byline: null,
    translator: null,
    paragraphs,
    titleSpan: paragraphSpans[0],
    paragraphSpans,
  }
}
