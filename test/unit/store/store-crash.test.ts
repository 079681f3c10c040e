// The store survives its process being killed mid-write: nothing committed is lost, the file stays intact.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../node/store/store'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

/** Runs the writer three times on one file, killing it mid-write, and checks what it reported committed. */
async function killWriterThrice(what: 'overrides' | 'annotations', kept: (file: string) => Set<number>) {
  const dir = tempDir()
  const child = path.join(dir, 'writer.mjs')
  buildSync({ entryPoints: [path.join(__dirname, 'store-writer-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'silent' })
  const file = path.join(dir, 'kobi.sqlite')
  for (let round = 0; round < 3; round++) {
    const writer = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', child, file, what], { stdio: ['ignore', 'pipe', 'inherit'] })
    let reported = -1
    let buffer = ''
    await new Promise<void>((resolve) => {
      writer.stdout.on('data', (c: Buffer) => {
        buffer += c.toString('utf8')
        const lines = buffer.split('\n')
        buffer = lines.pop() ?? ''
        if (lines.length) reported = Math.max(reported, Number(lines.at(-1)))
        // Kill it well into its writing, at a moment of its own choosing.
        if (reported >= 200 + round * 137) {
          writer.kill('SIGKILL')
          resolve()
        }
      })
    })
    await new Promise((r) => writer.once('exit', r))

    const db = new DatabaseSync(file)
    expect((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok')
    db.close()
    const found = kept(file)
    for (let i = 0; i <= reported; i++) expect(found.has(i), `${what} ${i}`).toBe(true)
  }
}

describe('store under SIGKILL', () => {
  it('keeps every override the killed writer reported committed, and passes integrity_check', async () => {
    await killWriterThrice('overrides', (file) => {
      const store = openStore(file)
      const kept = new Set(store.listPairOverrides('/library').map((o) => Number(/ko-(\d+)/.exec(o.ko)?.[1])))
      store.close()
      return kept
    })
  })

  it('keeps every annotation the killed writer reported committed, whole, and passes integrity_check', async () => {
    await killWriterThrice('annotations', (file) => {
      const store = openStore(file)
      const all = store.listLibraryAnnotations('/library')
      store.close()
      // Every row reads back whole: its JSON columns parse and its note is as written.
      for (const a of all) expect(a.note.startsWith(`note ${Number(a.id.slice(-12))} `)).toBe(true)
      return new Set(all.map((a) => Number(a.id.slice(-12))))
    })
  })
})
