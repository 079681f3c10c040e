// Runs Debian's xmllint on a document, offline (--nonet): against the TMX DTD, the XLIFF 2.0 schema, or for
// well-formedness only.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const schemas = path.resolve(__dirname, '../../fixtures/schemas')

export function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export function xmllint(text: string, against: 'tmx' | 'xliff' | 'well-formed'): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kobi-xmllint-'))
  try {
    const file = path.join(dir, 'doc.xml')
    writeFileSync(file, text)
    const check =
      against === 'tmx' ? ['--dtdvalid', path.join(schemas, 'tmx14.dtd')] : against === 'xliff' ? ['--schema', path.join(schemas, 'xliff_core_2.0.xsd')] : []
    const r = spawnSync('xmllint', ['--nonet', '--noout', ...check, file], { encoding: 'utf8', timeout: 30_000 })
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The string value of an XPath expression over the document, as libxml2 parses it. */
export function xpathString(text: string, expression: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kobi-xpath-'))
  try {
    const file = path.join(dir, 'doc.xml')
    writeFileSync(file, text)
    const r = spawnSync('xmllint', ['--nonet', '--xpath', `string(${expression})`, file], { encoding: 'utf8', timeout: 30_000 })
    if (r.status !== 0) throw new Error(`xmllint --xpath failed: ${r.stderr}`)
    // xmllint ends its answer with a line break of its own.
    return r.stdout.replace(/\n$/, "")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The number of nodes an XPath expression selects. */
export function xpathCount(text: string, expression: string): number {
  return Number(xpathString(text, `count(${expression})`))
}
