#!/usr/bin/env -S node --max-old-space-size=1024
// The `entente` command: finds the command, answers --help and --version, and runs it. Each command lives
// in its own file with its options, help and examples; heavy modules (the pipeline, the knowledge base, the
// store drivers) are imported only inside the command that needs them, so help and quick queries start fast.

import { readFileSync } from 'node:fs'
import { actor } from './actor.js'
import { actors } from './actors.js'
import { commandHelp, didYouMean, parse, UsageError, type Command } from './args.js'
import { changes } from './changes.js'
import { evalCommand } from './eval.js'
import { events } from './events.js'
import { exportCommand } from './export.js'
import { extract } from './extract.js'
import { enqueue } from './enqueue.js'
import { ingest } from './ingest.js'
import { relations } from './relations.js'
import { search } from './search.js'
import { serve } from './serve.js'
import { stats } from './stats.js'
import { train } from './train-command.js'
import { watch } from './watch.js'
import { work } from './work.js'

export const COMMANDS: Command[] = [
  extract,
  ingest,
  stats,
  actors,
  relations,
  actor,
  events,
  search,
  changes,
  exportCommand,
  serve,
  enqueue,
  work,
  watch,
  evalCommand,
  train,
]

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return pkg.version
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'entente: relations between states from news pages',
    '',
    'Usage: entente COMMAND [arguments] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'entente COMMAND --help shows its options and examples; entente --version the version.',
    'The store (--db) is a SQLite file (default ./entente.db, or $ENTENTE_DB) or a postgres:// URL.',
    '',
  ].join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const out = (s: string) => (process.stdout.write(s), 0)
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined
    return out(topic ? commandHelp(topic) : help())
  }
  if (name === '--version' || name === '-v' || name === 'version') return out(`entente ${version()}\n`)
  const command = COMMANDS.find((c) => c.name === name)
  try {
    if (!command) {
      const names = COMMANDS.map((c) => c.name)
      const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`
      const hint = didYouMean(name, name.startsWith('-') ? ['--help', '--version'] : names)
      throw new UsageError(`${what}${hint || '; entente --help lists the commands'}`)
    }
    // "entente relations --help" asks for help, whatever else is on the line.
    if (rest.includes('--help') || rest.includes('-h')) return out(commandHelp(command))
    return await command.run(parse(command, rest))
  } catch (e) {
    process.stderr.write(`entente: ${(e as Error).message}\n`)
    return e instanceof UsageError ? 2 : 1
  }
}

// A reader that stops early (`entente export ... | head`) is no error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`entente: ${(e as Error).stack ?? e}\n`)
    process.exitCode = 1
  },
)
