// `npm run web` as a user starts it (the built out/node/web.mjs), with a damaged data file.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../store/temp-dir'

const root = path.resolve(__dirname, '../../..')
const web = path.join(root, 'out/node/web.mjs')
const tempDir = useTempDirs()

describe('web mode start-up with a damaged store', () => {
  it('names the file and the way out, and with --fresh-store keeps the old file and starts', async () => {
    const dir = tempDir()
    const store = path.join(dir, 'kobi-web.sqlite')
    writeFileSync(store, Buffer.alloc(4096, 0x5a))
    const refused = spawnSync(process.execPath, [web, '--port', '0', '--store', store], { encoding: 'utf8', timeout: 20_000 })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(store)
    expect(refused.stderr).toMatch(/--fresh-store/)

    const fresh = spawn(process.execPath, [web, '--port', '0', '--store', store, '--fresh-store'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line: ${out}`)), 20_000)
      fresh.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8')
        if (/at http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(out)) {
          clearTimeout(timer)
          resolve()
        }
      })
    })
    fresh.kill()
    expect(out).toMatch(/kept as .*\.corrupt-/)
    const kept = readdirSync(dir).find((n) => n.includes('.corrupt-'))!
    expect(readFileSync(path.join(dir, kept))).toEqual(Buffer.alloc(4096, 0x5a))
    expect(existsSync(store)).toBe(true)
  })
})
