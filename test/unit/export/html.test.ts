import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeHtml } from '../../../shared/lib/export/write-html'
import { kobiVersion } from '../../../shared/models/export'
import { hostile, hostileExportPair, reviewedSeedPair, seedExportPair } from './export-fixtures'

describe('HTML report', () => {
  it('is one self-contained page: inline styles, a policy that forbids scripts and requests, no URL it would load', () => {
    const html = writeHtml([seedExportPair('deepseek'), hostileExportPair()], { only: 'all' })
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;`)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<(img|link|iframe|object|embed|video|audio|source)\b/i)
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0])
    expect(tags.length).toBeGreaterThan(100)
    expect(tags.filter((t) => /\s(src|href|srcset|action|on\w+)=/i.test(t))).toEqual([])
    expect(html).not.toMatch(/url\(/i)
    expect(html).not.toMatch(/@import/i)
  })

  it('escapes the article text, titles and bylines', () => {
    const html = writeHtml([hostileExportPair()], { only: 'all' })
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt; 제목 &amp; &quot;따옴표&quot;')
    expect(html).toContain('&lt;b&gt;기자&lt;/b&gt; &amp; &quot;편집&quot;')
    expect(html).toContain('AT&amp;T &amp;amp; &amp;#x3C;tag&amp;#x3E;')
    expect(html).not.toContain(hostile.img)
    expect(html).not.toContain('\u0000')
  })

  it('shows findings with their verdicts, the highlighted figures, the reviewer notes and the orphaned ones', () => {
    const { pair } = reviewedSeedPair()
    const html = writeHtml([pair], { only: 'all', createdAt: '2026-12-02T17:00:00.000Z' })
    expect(html).toContain('<span class="verdict confirmed">confirmed</span>')
    expect(html).toMatch(/<mark class="figure-mismatch">[^<]+<\/mark>/)
    expect(html).toContain('Date dropped &lt;script&gt;')
    expect(html).toContain('“사라진 문장 &lt;i&gt;”')
    expect(html).toContain('exported 2026-12-02 17:00 UTC')
  })

  it('names the app version package.json gives', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string }
    expect(kobiVersion).toBe(pkg.version)
  })

  it('inlines the font rules it is given, and nothing that could end the style element', () => {
    const html = writeHtml([seedExportPair('openai')], { only: 'all', fontCss: "@font-face{font-family:'Noto Sans KR'}</style><script>x()</script>" })
    expect(html).toContain("<style>@font-face{font-family:'Noto Sans KR'}/style>script>x()/script>")
    expect(html.match(/<\/style>/g)).toHaveLength(1)
    expect(html).not.toMatch(/<script/i)
  })
})
