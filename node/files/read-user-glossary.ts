import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GlossaryMatcher } from '../../shared/lib/glossary/glossary-matcher'
import { USER_GLOSSARY_TEMPLATE, userGlossary } from '../../shared/lib/glossary/user-glossary'
import type { LoadProblem } from '../../shared/models/library'

/** The built-in glossary extended by the user's file (no matcher: the built-in one alone), and what was wrong with the file. */
export interface UserGlossary {
  readonly matcher?: GlossaryMatcher
  readonly problems: LoadProblem[]
}

/** The user's glossary file merged into the built-in one; a missing file is no problem, a bad line is. */
export async function readUserGlossary(file: string | undefined): Promise<UserGlossary> {
  if (!file) return { problems: [] }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problems: [] }
    return { problems: [{ source: file, message: `Your glossary ${file} could not be read; the built-in glossary is used.` }] }
  }
  const glossary = userGlossary(text)
  const problems: LoadProblem[] = glossary.badLines.length
    ? [{ source: file, message: `Lines ${glossary.badLines.join(', ')} of your glossary are not “id | 한국어, … | English, …” and were skipped.` }]
    : []
  return { matcher: glossary.matcher, problems }
}

/** Makes sure the glossary file exists (with an explanatory header) so the user can open and edit it. */
export async function ensureUserGlossary(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, USER_GLOSSARY_TEMPLATE, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
}
