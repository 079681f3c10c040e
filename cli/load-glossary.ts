import { readFile } from 'node:fs/promises'
import { userGlossary } from '../shared/lib/glossary/user-glossary'
import type { GlossaryMatcher } from '../shared/lib/glossary/glossary-matcher'
import { CliError } from './cli-error'

/** The built-in glossary, extended by `--glossary FILE` when given; malformed lines are warned about. */
export async function loadGlossary(file: string | undefined): Promise<GlossaryMatcher | undefined> {
  if (!file) return undefined
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`glossary ${file} could not be read (${e.code ?? e.message})`)
  })
  const glossary = userGlossary(text)
  if (glossary.badLines.length) {
    process.stderr.write(`warning: ${file}: lines ${glossary.badLines.join(', ')} are not "id | 한국어, … | English, …" and were skipped\n`)
  }
  return glossary.matcher
}
