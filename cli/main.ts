import { parseArgs } from 'node:util'
import { alignCommand } from './align-command'
import { checkCommand } from './check-command'
import { CliError } from './cli-error'
import { exportCommand } from './export-command'
import { libraryCommand } from './library-command'
import { loadGlossary } from './load-glossary'

const USAGE = `Usage:
  kobi library DIR [--json]                         articles of a folder and their Korean–English pairs
  kobi align KO_FILE EN_FILE [--presegmented] [--json]
                                                   align two texts sentence by sentence and check them
  kobi align --library DIR --pair ID [--json]       align a pair of a library (ID: either article's id)
  kobi check DIR [--json]                           check every pair; exit 1 when anything is found
  kobi export (KO_FILE EN_FILE [--presegmented] | --library DIR [--pair ID])
              --format tmx|xliff|csv|tsv|json|html [--only flagged|confirmed] [--bom] [-o FILE]
                                                   write the aligned pairs (stdout without -o); --bom
                                                   starts a CSV/TSV with a byte-order mark for spreadsheets;
                                                   --store FILE (with --library) adds the notes, verdicts and
                                                   hand-set links the app keeps in that data file

Options: --glossary FILE adds your own terms (one "id | 한국어, … | English, …" a line) to the
built-in news glossary used for pairing and alignment.

Exit codes: 0 success (check: nothing found), 1 findings or no readable page, 2 usage or input error.`

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      presegmented: { type: 'boolean', default: false },
      library: { type: 'string' },
      pair: { type: 'string' },
      glossary: { type: 'string' },
      format: { type: 'string' },
      only: { type: 'string' },
      output: { type: 'string', short: 'o' },
      bom: { type: 'boolean', default: false },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n')
    return command || values.help ? 0 : 2
  }
  const glossary = await loadGlossary(values.glossary)
  switch (command) {
    case 'library':
      if (rest.length !== 1) throw new CliError('library takes one folder')
      return libraryCommand(rest[0], values.json, glossary)
    case 'align':
      return alignCommand({ koFile: rest[0], enFile: rest[1], presegmented: values.presegmented, library: values.library, pair: values.pair, glossary }, values.json)
    case 'check':
      if (rest.length !== 1) throw new CliError('check takes one folder')
      return checkCommand(rest[0], values.json, glossary)
    case 'export':
      return exportCommand({
        koFile: rest[0],
        enFile: rest[1],
        presegmented: values.presegmented,
        library: values.library,
        pair: values.pair,
        format: values.format,
        only: values.only,
        output: values.output,
        bom: values.bom,
        store: values.store,
        glossary,
      })
    default:
      throw new CliError(`Unknown command ${command}\n${USAGE}`)
  }
}

// A reader that stops early (`kobi … | head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const exit = error instanceof CliError ? error.exitCode : 2
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`error: ${message}\n`)
    process.exitCode = exit
  },
)
