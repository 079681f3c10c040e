// The worker-thread runner against the built worker (npm test and test:unit build it first).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/models/article'
import type { WorkProgress } from '../../../node/work/heavy-work'
import { workerWork } from '../../../node/work/worker-work'
import { deepSeekPair } from './long-pair'

const workerFile = path.resolve(__dirname, '../../../out/node/work-worker.mjs')
const seedsDir = path.resolve(__dirname, '../../../seeds')

const seedPair = deepSeekPair

/** The seed pair's paragraphs repeated: a pair long enough (≈ 1,300 sentences a side) to cancel mid-way. */
function longPair(): { ko: Article; en: Article } {
  const { ko, en } = deepSeekPair()
  const repeat = (a: Article): Article => ({ ...a, paragraphs: Array.from({ length: 50 }, () => a.paragraphs).flat() })
  return { ko: repeat(ko), en: repeat(en) }
}

let closing: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})

function started() {
  expect(existsSync(workerFile), 'out/node/work-worker.mjs: run `npm run build:node`').toBe(true)
  const work = workerWork(workerFile)
  closing.push(() => work.close())
  return work
}

describe('workerWork', () => {
  it('loads a library in a worker, reporting progress page by page', async () => {
    const work = started()
    const progress: WorkProgress[] = []
    const library = await work.loadLibrary({ folder: seedsDir }, (p) => progress.push(p))
    expect(library.articles.length).toBe(34)
    expect(library.pairs.filter((p) => p.kind === 'full')).toHaveLength(2)
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 })
    expect(progress.some((p) => p.label.startsWith('Pairing'))).toBe(true)
  })

  it('compares in a worker with the same result as in the calling thread', async () => {
    const work = started()
    const { ko, en } = seedPair()
    const comparison = await work.compare({ ko, en })
    expect(comparison.ko.length).toBeGreaterThan(20)
    expect(comparison.links.length).toBeGreaterThan(20)
    expect(comparison.findings.some((f) => f.kind === 'figure-mismatch' && f.koValue === '2일')).toBe(true)
  })

  it('cancels a long comparison by stopping its thread, and compares again afterwards', async () => {
    const work = started()
    const abort = new AbortController()
    const long = work.compare(longPair(), abort.signal)
    setTimeout(() => abort.abort(), 30)
    await expect(long).rejects.toThrow(/cancelled/)
    const again = await work.compare(seedPair())
    expect(again.links.length).toBeGreaterThan(20)
  })

  it('refuses a comparison whose signal has already aborted', async () => {
    const work = started()
    const abort = new AbortController()
    abort.abort()
    await expect(work.compare(seedPair(), abort.signal)).rejects.toThrow(/cancelled/)
  })

  it('reports a worker that cannot start instead of hanging', async () => {
    const work = workerWork(path.join(seedsDir, 'no-such-worker.mjs'))
    closing.push(() => work.close())
    await expect(work.loadLibrary({ folder: seedsDir })).rejects.toThrow(/background worker stopped/)
  })
})
