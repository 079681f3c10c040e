// `npm run cli -- …`: runs the built CLI (out/node/kobi.mjs), building it first when a source is newer, so a
// checkout never runs stale code. The installed `kobi` bin runs the bundle directly.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '..')
const bundle = path.join(root, 'out/node/kobi.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full))
    else if (/\.(ts|txt|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs)
  }
  return newest
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0
if (['cli', 'node', 'shared'].some((dir) => newestSource(path.join(root, dir)) > built)) {
  const { buildNode } = await import('./build-node.mjs')
  await buildNode()
}
// kobi.mjs reads process.argv itself; this script's own path stands where the bundle's would.
await import(pathToFileURL(bundle).href)
