// The store survives its process being killed mid-write: nothing committed is lost, the file stays intact.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { buildSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../node/store/store'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

describe('store under SIGKILL', () => {
  it('keeps every override the killed writer reported committed, and passes integrity_check', async () => {
    const dir = tempDir()
    const child = path.join(dir, 'writer.mjs')
    buildSync({ entryPoints: [path.join(__dirname, 'store-writer-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'silent' })
    const file = path.join(dir, 'kobi.sqlite')
    for (let round = 0; round < 3; round++) {
      const writer = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', child, file], { stdio: ['ignore', 'pipe', 'inherit'] })
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
      const store = openStore(file)
      const kept = new Set(store.listPairOverrides('/library').map((o) => o.ko))
      store.close()
      for (let i = 0; i <= reported; i++) expect(kept.has(`ko-${i}.txt#0`), `override ${i}`).toBe(true)
    }
  })
})
