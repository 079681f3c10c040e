import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The weights the report uses: body text, and headings and labels (600 falls back to 700). */
const weights = [400, 700] as const

interface FontSlice {
  readonly weight: number
  readonly ranges: readonly (readonly [number, number])[]
  readonly file: string
}

let slices: readonly FontSlice[] | null | undefined

/** @fontsource/noto-sans-kr's slices (one woff2 file per unicode-range), read once; null when it is not installed. */
function fontSlices(): readonly FontSlice[] | null {
  if (slices !== undefined) return slices
  try {
    const require = createRequire(import.meta.url)
    const out: FontSlice[] = []
    for (const weight of weights) {
      const cssFile = require.resolve(`@fontsource/noto-sans-kr/${weight}.css`)
      for (const block of readFileSync(cssFile, 'utf8').split('@font-face').slice(1)) {
        const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1]
        const file = /url\((\.\/files\/[^)]+\.woff2)\)/.exec(block)?.[1]
        if (!range || !file) continue
        const ranges = range.split(',').flatMap((r): [number, number][] => {
          const m = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(r.trim())
          return m ? [[parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]] : []
        })
        out.push({ weight, ranges, file: path.resolve(path.dirname(cssFile), file) })
      }
    }
    slices = out
  } catch {
    slices = null
  }
  return slices
}

/**
 * @font-face rules embedding Noto Sans KR for the characters `text` uses, each slice a data: URL, so the HTML
 * report shows the app's Korean font with nothing fetched. Only the slices the text needs go in: the four seed
 * pairs' report needs 20 slices a weight, ≈ 410 KB of woff2 (≈ 590 KB as base64). '' when the font package is
 * missing: the report then falls back to the installed Korean fonts.
 */
export function notoSansKrFaces(text: string): string {
  const all = fontSlices()
  if (!all) return ''
  const used = new Set<number>()
  for (const c of text) used.add(c.codePointAt(0)!)
  const codes = [...used]
  const rules: string[] = []
  for (const slice of all) {
    if (!codes.some((c) => slice.ranges.some(([lo, hi]) => c >= lo && c <= hi))) continue
    let data: string
    try {
      data = readFileSync(slice.file).toString('base64')
    } catch {
      continue
    }
    const range = slice.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',')
    rules.push(
      `@font-face{font-family:'Noto Sans KR';font-style:normal;font-display:swap;font-weight:${slice.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`,
    )
  }
  return rules.join('\n')
}
