// Builds the Node entry points (the CLI, web mode, the work worker, the benchmark) into out/node/ with esbuild,
// so they start as plain JavaScript instead of being transpiled on every run.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')

/** Vite's `?raw` text import, for the data files shared/ inlines (the built-in glossary). */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }))
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }))
  },
}

export const nodeEntries = {
  kobi: 'cli/main.ts',
  web: 'web/serve.ts',
  'work-worker': 'node/work/work-worker.ts',
  bench: 'scripts/bench.ts',
  'speed-child': 'scripts/bench/speed-child.ts',
  'figures-dev-check': 'scripts/figures-dev-check.ts',
}

export async function buildNode() {
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(nodeEntries).map(([name, file]) => [name, path.join(root, file)])),
    outdir: path.join(root, 'out/node'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules; only the project's own code is bundled.
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [rawText],
    // The CLI bundle is the package's `kobi` bin.
    banner: { js: '#!/usr/bin/env node' },
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await buildNode()
