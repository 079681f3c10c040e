// Fetches the Electron binary at install time, so `npm start` works offline afterwards.
// Electron 45 no longer downloads in its own postinstall; we run its installer here.
// A machine without access to Electron's download host (CI, sandboxed build boxes) must still
// finish `npm install`, so a failed download is a warning, not an error.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let installer
try {
  installer = require.resolve('electron/install.js')
} catch {
  process.exit(0) // electron not installed (production install): nothing to fetch
}
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0)
const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 })
if (result.status !== 0) {
  const reason = String(result.stderr ?? '').split('\n').find((l) => l.trim()) ?? 'unknown error'
  console.warn(`[kobi] Electron binary not downloaded (${reason.trim()}).`)
  console.warn('[kobi] The CLI, tests and `npm run web` work without it; run `npx install-electron` to retry for `npm start`.')
}
