import type { Comparison } from '../shared/models/comparison'
import { displayWidth } from './text-table'

const COLUMN = 58

/** A readable side-by-side report: each link's Korean beside its English, then the findings. */
export function comparisonReport(c: Comparison): string {
  const lines: string[] = []
  for (const link of c.links) {
    const left = wrap(link.ko.map((i) => c.ko[i].text).join(' '), COLUMN)
    const right = wrap(link.en.map((j) => c.en[j].text).join(' '), COLUMN)
    const tag = `KO ${label(link.ko)} ↔ EN ${label(link.en)} · ${link.score.toFixed(2)}${link.lowConfidence ? ' · uncertain' : ''}`
    lines.push(`── ${tag} ${'─'.repeat(Math.max(0, 2 * COLUMN - tag.length))}`)
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      const l = left[k] ?? ''
      lines.push(`${l}${' '.repeat(Math.max(0, COLUMN - displayWidth(l)))} │ ${right[k] ?? ''}`)
    }
  }
  lines.push('', `${c.ko.length} Korean and ${c.en.length} English sentences, ${c.links.length} links, ${c.findings.length} findings`)
  for (const f of c.findings) lines.push(`  [${f.kind}] KO ${label(f.ko)} / EN ${label(f.en)}: ${f.message}`)
  return lines.join('\n') + '\n'
}

function label(indices: readonly number[]): string {
  return indices.length ? indices.map((i) => i + 1).join('+') : '∅'
}

/** Wraps text to a display width, breaking at spaces where possible. */
function wrap(text: string, width: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (displayWidth(candidate) > width && line) {
      out.push(line)
      line = word
    } else line = candidate
    while (displayWidth(line) > width) {
      let cut = 0
      let w = 0
      for (const ch of line) {
        w += displayWidth(ch)
        if (w > width) break
        cut += ch.length
      }
      out.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line) out.push(line)
  return out
}
