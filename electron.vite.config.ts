import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { devContentSecurityPolicy, metaContentSecurityPolicy } from './shared/lib/security/content-security-policy'

const __dirname = dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  main: {
    build: {
      // The work worker runs loads and comparisons off the main thread (node/work/worker-work.ts).
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), 'work-worker': resolve(__dirname, 'node/work/work-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    plugins: [react(), devServerPolicy()],
  },
})

/** `npm run dev` needs inline scripts and styles (Vite's HMR); built files keep the strict policy. */
function devServerPolicy(): Plugin {
  return {
    name: 'kobi-dev-csp',
    apply: 'serve',
    // frame-ancestors is ignored (with a warning) in a meta tag.
    transformIndexHtml: (html) => html.replace(metaContentSecurityPolicy, devContentSecurityPolicy.replace(/; frame-ancestors [^;]*/, '')),
  }
}
