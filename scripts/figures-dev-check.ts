/**
 * Development check of the figure comparer on the kpc-dev bitext (line i translates line i): how many line
 * pairs get a figure mismatch, with a sample to read. Not a test; run by hand:
 *   npm run build:node && node out/node/figures-dev-check.mjs [/path/to/kpc-dev] [--all]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareFigures } from '../shared/lib/figures/compare-figures'
import { figureKeys } from '../shared/lib/figures/figure-anchors'

const dir = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? '/work/shared/bench/kpc-dev'
const showAll = process.argv.includes('--all')
const ko = readFileSync(join(dir, 'korean-english-park.dev.ko'), 'utf8').split('\n')
const en = readFileSync(join(dir, 'korean-english-park.dev.en'), 'utf8').split('\n')
const n = Math.min(ko.length, en.length, 1000)
let flagged = 0
let flaggedConfident = 0
const started = performance.now()
for (let i = 0; i < n; i++) {
  if (!ko[i].trim() || !en[i].trim()) continue
  const mismatches = compareFigures(ko[i], en[i])
  if (mismatches.length === 0) continue
  flagged++
  if (mismatches.some((m) => m.confidence >= 0.5)) flaggedConfident++
  if (showAll) {
    console.log(`#${i + 1}\n  KO ${ko[i]}\n  EN ${en[i]}`)
    for (const m of mismatches) console.log(`  - [${m.confidence.toFixed(2)}] ${m.message}`)
  }
}
const ms = performance.now() - started
console.log(`${flagged} of ${n} line pairs flagged (${((100 * flagged) / n).toFixed(1)}%); ${flaggedConfident} with confidence >= 0.5; ${ms.toFixed(0)} ms`)

// figureKeys runs on every sentence of long documents: time it over 10 passes of both sides (20,000 lines).
const keysStarted = performance.now()
let keys = 0
for (let pass = 0; pass < 10; pass++) {
  for (let i = 0; i < n; i++) keys += figureKeys(ko[i], 'ko').length + figureKeys(en[i], 'en').length
}
console.log(`figureKeys: ${20 * n} lines in ${(performance.now() - keysStarted).toFixed(0)} ms (${keys} keys)`)
