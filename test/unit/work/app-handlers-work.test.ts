// The handlers on worker threads, as the desktop app and web mode run them: progress events, and a newer
// comparison cancelling one still running.
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { openStore } from '../../../node/store/store'
import { workerWork } from '../../../node/work/worker-work'
import type { AppEvent } from '../../../shared/models/app-event'
import { writeRepeatedPair } from './long-pair'
import { useTempDirs } from '../store/temp-dir'

const workerFile = path.resolve(__dirname, '../../../out/node/work-worker.mjs')
const tempDir = useTempDirs()
const closing: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})

/** A folder with the DeepSeek pair once (short) and repeated 50 times (≈ 1,300 sentences a side). */
function folder(): string {
  const dir = tempDir()
  writeRepeatedPair(dir, 'long', 50, '장문 시험: 딥시크 개인정보 유출 논란 연재', 'Long test: the DeepSeek personal data leakage series')
  writeRepeatedPair(dir, 'short', 1, '단문 시험: 딥시크 개인정보 유출 논란', 'Short test: DeepSeek personal data leakage')
  return dir
}

function handlers(events: AppEvent[]) {
  const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
  const api = createAppHandlers({
    libraryFolder: folder(),
    store,
    chooseFolder: async () => null,
    work: workerWork(workerFile),
    onEvent: (e) => events.push(e),
  })
  closing.push(() => api.close(), () => store.close())
  return api
}

describe('handlers on worker threads', () => {
  it('reports a load as progress events ending in progress-end', async () => {
    const events: AppEvent[] = []
    const library = await handlers(events).getLibrary()
    expect(library.articles).toHaveLength(4)
    const load = events.filter((e) => (e.type === 'progress' || e.type === 'progress-end') && e.task === 'load-library')
    expect(load[0]).toMatchObject({ type: 'progress', label: 'Reading the folder' })
    expect(load.some((e) => e.type === 'progress' && e.total === 4)).toBe(true)
    expect(load.at(-1)?.type).toBe('progress-end')
    expect(new Set(load.map((e) => ('taskId' in e ? e.taskId : 0))).size).toBe(1)
  })

  it('cancels a long comparison when another is asked for, and answers the new one', async () => {
    const events: AppEvent[] = []
    const api = handlers(events)
    const library = await api.getLibrary()
    const id = (title: string) => library.articles.find((a) => a.title.startsWith(title))!.id
    const long = api.comparePair(id('장문 시험'), id('Long test'))
    const outcome = long.then(
      () => 'finished',
      (e: Error) => e.message,
    )
    await new Promise((r) => setTimeout(r, 30))
    const short = await api.comparePair(id('단문 시험'), id('Short test'))
    expect(await outcome).toMatch(/cancelled/)
    expect(short.links.length).toBeGreaterThan(20)
    const compares = events.filter((e) => e.type === 'progress-end' && e.task === 'compare')
    expect(compares).toHaveLength(2)
  })

  it('cancels on request, and the same comparison asked twice runs once', async () => {
    const events: AppEvent[] = []
    const api = handlers(events)
    const library = await api.getLibrary()
    const id = (title: string) => library.articles.find((a) => a.title.startsWith(title))!.id
    const first = api.comparePair(id('단문 시험'), id('Short test'))
    const second = api.comparePair(id('단문 시험'), id('Short test'))
    expect((await first).links).toEqual((await second).links)
    expect(events.filter((e) => e.type === 'progress-end' && e.task === 'compare')).toHaveLength(1)
    const long = api.comparePair(id('장문 시험'), id('Long test'))
    await new Promise((r) => setTimeout(r, 30))
    await api.cancelComparison()
    await expect(long).rejects.toThrow(/cancelled/)
  })
})
