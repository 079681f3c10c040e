// The built CLI timed as a user runs it: a fresh process per run, start-up included.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Bitext } from './kpc-dev'
import { PROJECT_ROOT } from './project-root'

const kobi = path.join(PROJECT_ROOT, 'out/node/kobi.mjs')

export interface CliTiming {
  readonly what: string
  /** Median wall time of the runs, in ms. */
  readonly medianMs: number
  readonly runs: number
  /** Peak resident memory of the slowest-to-finish run, in MB, where the OS reports it. */
  readonly peakRssMb: number | null
}

function timeRuns(what: string, args: string[], runs: number): CliTiming {
  const times: number[] = []
  let peak: number | null = null
  // One untimed run first, so the OS file cache is warm for every timed one.
  for (let i = -1; i < runs; i++) {
    const t0 = performance.now()
    // /usr/bin/time reports the child's peak RSS; without it the run is timed alone.
    const r = spawnSync(process.execPath, [kobi, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    const ms = performance.now() - t0
    if (r.status !== 0 && r.status !== 1) throw new Error(`kobi ${args.join(' ')} failed: ${r.stderr}`)
    if (i >= 0) times.push(ms)
  }
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, kobi, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
  if (probe.status !== null && probe.error === undefined) {
    const kb = Number(probe.stderr.trim().split('\n').pop())
    if (Number.isFinite(kb)) peak = kb / 1024
  }
  times.sort((a, b) => a - b)
  return { what, medianMs: times[Math.floor(times.length / 2)], runs, peakRssMb: peak }
}

/** A copy's tag: letters, so it adds no figure to either side. */
function tag(copy: number): string {
  return `copy ${String.fromCharCode(97 + (copy % 26))}${String.fromCharCode(97 + Math.floor(copy / 26))}`
}

/** One-sentence align, 10,000 presegmented pairs (kpc-dev repeated), and a 200-page library (the seeds ×40). */
export function runCliSpeed(bitext: Bitext | null): CliTiming[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kobi-bench-'))
  try {
    const results: CliTiming[] = []
    const one = (name: string, text: string) => {
      const file = path.join(dir, name)
      writeFileSync(file, text)
      return file
    }
    const koOne = one('one.ko', '삼성전자는 지난해 영업이익이 6조5천억원으로 집계됐다고 밝혔다.\n')
    const enOne = one('one.en', 'Samsung Electronics said its operating profit last year came to 6.5 trillion won.\n')
    results.push(timeRuns('align, one sentence (--json)', ['align', koOne, enOne, '--json'], 9))

    if (bitext) {
      const times = Math.ceil(10_000 / bitext.ko.length)
      const repeat = (lines: string[]) => Array.from({ length: times }, () => lines).flat().slice(0, 10_000).join('\n') + '\n'
      const ko = one('10k.ko', repeat(bitext.ko))
      const en = one('10k.en', repeat(bitext.en))
      results.push(timeRuns('align 10,000 presegmented pairs (--json)', ['align', ko, en, '--presegmented', '--json'], 3))
      // The dev set repeated lets caches keyed by sentence text hit 9 times in 10; with a tag per copy
      // (the same on both sides) no sentence repeats, as in real articles.
      const tagged = (lines: string[]) =>
        Array.from({ length: times }, (_, c) => lines.map((l) => `${l} (${tag(c)})`)).flat().slice(0, 10_000).join('\n') + '\n'
      const koDistinct = one('10k-distinct.ko', tagged(bitext.ko))
      const enDistinct = one('10k-distinct.en', tagged(bitext.en))
      results.push(timeRuns('align 10,000 pairs, no sentence repeated (--json)', ['align', koDistinct, enDistinct, '--presegmented', '--json'], 3))
    }

    const library = path.join(dir, 'library')
    mkdirSync(library)
    const seeds = path.join(PROJECT_ROOT, 'seeds')
    for (let c = 0; c < 40; c++) {
      for (const f of readdirSync(seeds)) cpSync(path.join(seeds, f), path.join(library, `${c}_${f}`))
    }
    results.push(timeRuns('library of 200 pages read and paired (--json)', ['library', library, '--json'], 3))
    return results
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
