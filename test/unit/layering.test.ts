// Code for one environment never imports code for another (see DESIGN.md's layout table).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full))
    else if (/\.(ts|tsx)$/.test(name)) out.push(full)
  }
  return out
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specs: string[] = []
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
    specs.push(m[1] ?? m[2] ?? m[3])
  }
  return specs
}

function resolvesInto(file: string, spec: string, folder: string): boolean {
  if (!spec.startsWith('.')) return false
  const target = path.resolve(path.dirname(file), spec)
  return target.startsWith(path.join(root, folder) + path.sep)
}

describe('layering', () => {
  it('shared/ imports only shared/ (no Node, Electron, DOM or renderer code)', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(path.join(root, 'shared'))) {
      for (const spec of importsOf(file)) {
        if (!resolvesInto(file, spec, 'shared')) offenders.push(`${path.relative(root, file)} -> ${spec}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('renderer/ never imports Node, Electron or electron/ code', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(path.join(root, 'renderer'))) {
      for (const spec of importsOf(file)) {
        const bad = spec === 'electron' || spec.startsWith('node:') || resolvesInto(file, spec, 'electron') || resolvesInto(file, spec, 'cli')
        if (bad) offenders.push(`${path.relative(root, file)} -> ${spec}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('electron/ and cli/ never import renderer code', () => {
    const offenders: string[] = []
    for (const dir of ['electron', 'cli']) {
      for (const file of sourceFiles(path.join(root, dir))) {
        for (const spec of importsOf(file)) {
          if (resolvesInto(file, spec, 'renderer')) offenders.push(`${path.relative(root, file)} -> ${spec}`)
        }
      }
    }
    expect(offenders).toEqual([])
  })
})
