// Code for one environment never imports code for another (the layout table in README.md), and the pure core
// touches no environment's globals.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
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

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
}

/** Every module specifier: static imports and exports, dynamic import(), require(). */
function importsOf(file: string): string[] {
  const specs: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) specs.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(parse(file))
  return specs
}

/** Uses of an environment's globals as values (not property names such as `x.window`, not comments or strings). */
function globalsUsed(file: string, names: ReadonlySet<string>, text?: string): string[] {
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const parent = node.parent
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node)
      if (!isPropertyName) found.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(parse(file, text))
  return found
}

const resolvesInto = (file: string, spec: string, folder: string): boolean =>
  spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(root, folder) + path.sep)

const isNode = (spec: string): boolean => spec.startsWith('node:')

/** Bare packages the pure core may use: none today. */
const pureCorePackages: ReadonlySet<string> = new Set([])

/** For each folder, what none of its files may import. */
const rules: { folder: string; forbid: (file: string, spec: string) => boolean; what: string }[] = [
  {
    folder: 'shared',
    what: 'only shared/ (no Node, Electron, DOM, npm packages or other folders)',
    forbid: (file, spec) => (spec.startsWith('.') ? !resolvesInto(file, spec, 'shared') : !pureCorePackages.has(spec)),
  },
  {
    folder: 'node',
    what: 'shared/ and Node: never Electron, electron/, web/, cli/ or renderer/',
    forbid: (file, spec) => spec === 'electron' || spec.startsWith('electron/') || ['electron', 'web', 'cli', 'renderer'].some((f) => resolvesInto(file, spec, f)),
  },
  {
    folder: 'web',
    what: 'shared/, node/ and Node: never Electron, electron/, cli/ or renderer/',
    forbid: (file, spec) => spec === 'electron' || ['electron', 'cli', 'renderer'].some((f) => resolvesInto(file, spec, f)),
  },
  {
    folder: 'cli',
    what: 'shared/, node/ and Node: never Electron, electron/, web/ or renderer/',
    forbid: (file, spec) => spec === 'electron' || ['electron', 'web', 'renderer'].some((f) => resolvesInto(file, spec, f)),
  },
  {
    folder: 'electron',
    what: 'shared/, node/, Node and Electron: never web/, cli/ or renderer/',
    forbid: (file, spec) => ['web', 'cli', 'renderer'].some((f) => resolvesInto(file, spec, f)),
  },
  {
    folder: 'electron/preload',
    what: 'Electron and shared/models only: the sandboxed preload has no Node and needs nothing else',
    forbid: (file, spec) => (spec.startsWith('.') ? !resolvesInto(file, spec, 'shared/models') : spec !== 'electron'),
  },
  {
    folder: 'renderer',
    what: 'shared/ and browser packages: never Node, Electron, node/, electron/, web/ or cli/',
    forbid: (file, spec) => spec === 'electron' || isNode(spec) || ['node', 'electron', 'web', 'cli'].some((f) => resolvesInto(file, spec, f)),
  },
]

describe('layering', () => {
  for (const rule of rules) {
    it(`${rule.folder}/ imports ${rule.what}`, () => {
      const offenders = sourceFiles(path.join(root, rule.folder)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => rule.forbid(file, spec))
          .map((spec) => `${path.relative(root, file)} -> ${spec}`),
      )
      expect(offenders).toEqual([])
    })
  }

  it('shared/ touches no process, window, document or globalThis', () => {
    const names = new Set(['process', 'window', 'document', 'globalThis', 'Buffer', 'require', '__dirname'])
    const offenders = sourceFiles(path.join(root, 'shared')).flatMap((file) => globalsUsed(file, names).map((g) => `${path.relative(root, file)}: ${g}`))
    expect(offenders).toEqual([])
  })

  it('the checks see what they must: imports, and a global used as a value but not a property or a comment', () => {
    expect(importsOf(__filename)).toEqual(expect.arrayContaining(['node:fs', 'typescript', 'vitest']))
    const snippet = "// document\nconst a = process.env.X; const b = { window: 1 }; b.window; const s = 'globalThis'"
    expect(globalsUsed('snippet.ts', new Set(['process', 'window', 'document', 'globalThis']), snippet)).toEqual(['process'])
    expect(rules.find((r) => r.folder === 'node')!.forbid(path.join(root, 'node/x.ts'), 'electron')).toBe(true)
    expect(rules.find((r) => r.folder === 'cli')!.forbid(path.join(root, 'cli/x.ts'), '../electron/main/index')).toBe(true)
    expect(rules.find((r) => r.folder === 'shared')!.forbid(path.join(root, 'shared/x.ts'), 'valibot')).toBe(true)
  })
})
