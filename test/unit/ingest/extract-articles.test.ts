import { describe, expect, it } from 'vitest'
import { extractArticles } from '../../../shared/lib/ingest/extract-articles'
import { loadSeed } from './seed-pages'

describe('extractArticles on unknown or malformed pages', () => {
  it('returns [] for empty and letterless input', () => {
    expect(extractArticles('', 'a.txt')).toEqual([])
    expect(extractArticles('   \n\n\t', 'a.txt')).toEqual([])
    expect(extractArticles('!!! ??? ... --- *** ### ;;; ::\n\n.,.,.,', 'a.txt')).toEqual([])
  })

  it('reads an unknown layout with the generic parser: blank-line blocks, first short line as title', () => {
    const text = 'A short title\n\nFirst paragraph of the story.\nIt continues here.\n\n  Second paragraph, 2024-05-06 09:30.  \n'
    const [a, ...rest] = extractArticles(text, 'library/other/page.html.txt')
    expect(rest).toEqual([])
    expect(a.id).toBe('other/page.html.txt#0')
    expect(a.site).toBe('unknown')
    expect(a.title).toBe('A short title')
    expect(a.paragraphs).toEqual(['First paragraph of the story.\nIt continues here.', 'Second paragraph, 2024-05-06 09:30.'])
    a.paragraphs.forEach((p, i) => expect(text.slice(a.paragraphSpans[i].start, a.paragraphSpans[i].end)).toBe(p))
    expect(a.publishedAt).toBe('2024-05-06T09:30:00+09:00')
    expect(a.lang).toBe('en')
  })

  it('strips the ChatGPT mark on unknown layouts too', () => {
    const text = 'Title\n\nSamsung lost its throne to SK hynix for the first time last year. ChatGPT를 사용하여 번역한 기사입니다.'
    const [a] = extractArticles(text, 'x.txt')
    expect(a.translator).toBe('ChatGPT')
    expect(a.paragraphs).toEqual(['Samsung lost its throne to SK hynix for the first time last year.'])
  })

  it('survives a 200 KB single line', () => {
    const line = '삼성전자가 지난해 SK하이닉스에 처음으로 왕좌를 내줬다. '.repeat(7000)
    expect(line.length).toBeGreaterThan(200_000)
    const articles = extractArticles(line, 'long.txt')
    expect(articles).toHaveLength(1)
    expect(articles[0].title).toBe('삼성전자가 지난해 SK하이닉스에 처음으로 왕좌를 내줬다.')
    expect(articles[0].paragraphs[0]).toBe(line.trim())
    expect(articles[0].lang).toBe('ko')
  })

  it('survives HTML-ish text and fragments of the known layouts', () => {
    const inputs = [
      '<html><head><title>Test</title></head><body><p>Hello world, a paragraph.</p>\n\n<p>두 번째 문단입니다.</p></body></html>',
      '기사사진\n\n2025-02-03 07:00:19 허정윤 기자\n',
      '[영등포신문=나재희 기자]',
      '  • 등록 2025.13.45 99:99:99\n[영등포신문=]\n',
      '산업 IT 2025.04.15 09:51:26\n경제 2025.04.15 09:51:26',
      '글로벌이코노믹\n\n글로벌이코노믹\n\n사진=기자',
      '<산업부> ▲ ▲ ▲\n\n2025-02-03 07:00:19',
      '\ufffd\ufffd\ufffd\n\n\u0000\u0001',
    ]
    for (const input of inputs) {
      const articles = extractArticles(input, 'odd.txt')
      expect(Array.isArray(articles)).toBe(true)
      for (const a of articles) {
        expect(input.slice(a.titleSpan.start, a.titleSpan.end)).toBe(a.title)
        a.paragraphs.forEach((p, i) => expect(input.slice(a.paragraphSpans[i].start, a.paragraphSpans[i].end)).toBe(p))
      }
    }
    expect(extractArticles(inputs[0], 'odd.txt')).toHaveLength(1)
  })

  it('keeps offsets exact on CRLF text', () => {
    const text = '제목\r\n\r\n첫 문단입니다.\r\n\r\n둘째 문단입니다.\r\n'
    const [a] = extractArticles(text, 'crlf.txt')
    expect(a.title).toBe('제목')
    expect(a.paragraphs).toEqual(['첫 문단입니다.', '둘째 문단입니다.'])
  })
})

describe('extractArticles layout choice', () => {
  it('goes by content, not by file name', () => {
    const sedaily = loadSeed('003_').text
    const articles = extractArticles(sedaily, 'seeds/000_77deed0654c30420.txt')
    expect(articles).toHaveLength(15)
    expect(articles[0].site).toBe('sedaily')
    expect(articles[0].id).toBe('000_77deed0654c30420.txt#0')
  })
})
