import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from '../../../node/api/app-handlers'
import { ensureUserGlossary } from '../../../node/files/read-user-glossary'
import { openStore } from '../../../node/store/store'
import { USER_GLOSSARY_TEMPLATE } from '../../../shared/lib/glossary/user-glossary'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const seeds = path.resolve(__dirname, '../../../seeds')

function handlers(glossaryFile: string) {
  const store = openStore(path.join(tempDir(), 'kobi.sqlite'))
  return createAppHandlers({ libraryFolder: seeds, store, chooseFolder: async () => null, glossaryFile })
}

describe("the user's glossary file", () => {
  it('is optional: a missing file loads the library with no problem', async () => {
    const library = await handlers(path.join(tempDir(), 'none.txt')).getLibrary()
    expect(library.problems).toEqual([])
    expect(library.pairs.filter((p) => p.kind === 'full')).toHaveLength(2)
  })

  it('reports its malformed lines as a load problem and still pairs the seeds', async () => {
    const file = path.join(tempDir(), 'glossary.txt')
    writeFileSync(file, 'mirae-asset | 미래에셋 | Mirae Asset\nthis is not an entry\n')
    const library = await handlers(file).getLibrary()
    expect(library.problems).toEqual([{ source: file, message: expect.stringContaining('Lines 2 of your glossary') }])
    expect(library.pairs.filter((p) => p.kind === 'full')).toHaveLength(2)
  })

  it('is created with an explanatory header, and never overwritten', async () => {
    const file = path.join(tempDir(), 'sub', 'glossary.txt')
    await ensureUserGlossary(file)
    expect(readFileSync(file, 'utf8')).toBe(USER_GLOSSARY_TEMPLATE)
    writeFileSync(file, 'mirae-asset | 미래에셋 | Mirae Asset\n')
    await ensureUserGlossary(file)
    expect(readFileSync(file, 'utf8')).toBe('mirae-asset | 미래에셋 | Mirae Asset\n')
  })
})
