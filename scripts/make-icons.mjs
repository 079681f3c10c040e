// Renders build/icon.svg (and build/icon-small.svg for 16–32 px) into the icon set electron-builder packs:
//   build/icon.png            1024 px, the master
//   build/icons/NxN.png       16…1024 px, the Linux icon set (electron-builder.yml: linux.icon)
//   build/icon.ico            16…256 px PNG-in-ICO, Windows (win.icon)
//   build/icon.icns           16…1024 px PNG-in-ICNS, macOS (mac.icon)
// electron-builder could derive the .ico and .icns from icon.png itself, but only with a helper it downloads
// on first use; shipping them keeps `npm run dist` to the Electron download alone.
//
// Usage: node scripts/make-icons.mjs   (needs Chromium at /usr/bin/chromium, or CHROMIUM=/path/to/chrome)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const buildDir = path.join(root, 'build')
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** Below this size the simplified drawing reads better than the detailed one. */
const smallUpTo = 32

const svgs = {
  large: readFileSync(path.join(buildDir, 'icon.svg'), 'utf8'),
  small: readFileSync(path.join(buildDir, 'icon-small.svg'), 'utf8'),
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const pngs = new Map()
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  for (const size of sizes) {
    const svg = size <= smallUpTo ? svgs.small : svgs.large
    await page.setViewportSize({ width: size, height: size })
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img id="i" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`)
    await page.waitForFunction(() => document.getElementById('i').complete)
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }))
  }
} finally {
  await browser.close()
}

mkdirSync(path.join(buildDir, 'icons'), { recursive: true })
for (const [size, png] of pngs) writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png)
writeFileSync(path.join(buildDir, 'icon.png'), pngs.get(1024))
writeFileSync(path.join(buildDir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => [size, pngs.get(size)])))
writeFileSync(
  path.join(buildDir, 'icon.icns'),
  icns([
    ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
    ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
  ].map(([type, size]) => [type, pngs.get(size)])),
)
console.log(`wrote build/icon.png, build/icons/{${sizes.join(',')}}px, build/icon.ico, build/icon.icns`)

/** An ICO file whose images are PNGs (Windows Vista and later); a 256 px entry is written as size 0. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(([size, png], i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2) // no palette
    header.writeUInt8(0, entry + 3) // reserved
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(([, png]) => png)])
}

/** An ICNS file of PNG chunks (OSType, big-endian length including its 8-byte header, data). */
function icns(chunks) {
  const parts = chunks.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + parts.reduce((n, part) => n + part.length, 0), 4)
  return Buffer.concat([head, ...parts])
}
