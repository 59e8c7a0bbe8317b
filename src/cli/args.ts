// What a command is (its name, purpose, options, examples and the function that runs it), the argument
// parser every command shares (unknown flags answered with the closest match), and the help text made from
// the same definition. No heavy imports here: `entente --help` loads this and the command files only.

import { parseArgs } from 'node:util'

export interface OptionSpec {
  type: 'string' | 'boolean'
  /** What the value is, in help and errors (DATE, N, PATH|URL). */
  value?: string
  help: string
  default?: string
}

export type Options = Record<string, OptionSpec>

/** Parsed arguments: string options as strings (or undefined), boolean options as booleans. */
export interface Args {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
  /** The arguments as given, for a command that reads repeated options itself (train). */
  argv: string[]
}

export interface Command {
  name: string
  /** One line: what the command is for. */
  summary: string
  /** The arguments after the command name, for the usage line ("A B", "FILE|DIR|GLOB|- ..."). */
  args?: string
  /** How many positionals it takes; none when absent. */
  positionals?: { min: number; max?: number; what: string }
  options: Options
  /** Two or more: the command line and what it does. */
  examples: [string, string][]
  /** Extra lines after the options. */
  notes?: string[]
  run(args: Args): Promise<number>
}

/** A mistake in the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export function usage(message: string): never {
  throw new UsageError(message)
}

/** Edit distance (Levenshtein), for "did you mean". */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]!
}

/** The candidates closest to `word` (case-insensitive), best first, within a distance that fits its length. */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase()
  const limit = Math.max(1, Math.min(3, Math.floor(w.length / 3)))
  const scored: [string, number][] = []
  for (const c of new Set(candidates)) {
    const cl = c.toLowerCase()
    const d = cl.startsWith(w) && w.length >= 3 ? 0.5 : distance(w, cl)
    if (d <= limit) scored.push([c, d])
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([c]) => c)
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const best = closest(word, candidates, 1)[0]
  return best ? `; did you mean ${best}?` : ''
}

const seeHelp = (command: Command) => ` (see entente ${command.name} --help)`

/** Parses a command's arguments against its options; a mistake becomes a one-line UsageError. */
export function parse(command: Command, argv: string[]): Args {
  const flags = Object.keys(command.options).map((o) => `--${o}`)
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type }])),
  })
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    const spec = command.options[t.name]
    if (!spec) usage(`unknown option ${t.rawName} for ${command.name}${didYouMean(t.rawName, flags)}`)
    if (spec.type === 'string' && t.value === undefined)
      usage(`${t.rawName} needs a value (${spec.value ?? 'a value'})${seeHelp(command)}`)
    if (spec.type === 'boolean' && t.inlineValue) usage(`${t.rawName} takes no value`)
  }
  const out: Args['values'] = {}
  for (const [k, o] of Object.entries(command.options)) {
    const v = values[k]
    out[k] = o.type === 'boolean' ? v === true : typeof v === 'string' ? v : o.default
  }
  const p = command.positionals
  if (!p && positionals.length > 0)
    usage(`${command.name} takes no arguments, not "${positionals[0]}"${seeHelp(command)}`)
  if (p && positionals.length < p.min) usage(`${command.name} needs ${p.what}${seeHelp(command)}`)
  if (p && p.max !== undefined && positionals.length > p.max)
    usage(`${command.name} takes ${p.what}, not also "${positionals[p.max]}"${seeHelp(command)}`)
  return { values: out, positionals, argv }
}

/** The help of one command: purpose, usage, options and examples. */
export function commandHelp(c: Command): string {
  const rows = Object.entries(c.options).map(([k, o]) => {
    const flag = `--${k}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`
    return [flag, `${o.help}${o.default !== undefined ? ` (default ${o.default})` : ''}`] as const
  })
  const width = Math.max(0, ...rows.map(([f]) => f.length))
  const lines = [
    `entente ${c.name}: ${c.summary}`,
    '',
    `Usage: entente ${c.name}${c.args ? ` ${c.args}` : ''}${rows.length ? ' [options]' : ''}`,
  ]
  if (rows.length) lines.push('', 'Options:', ...rows.map(([f, h]) => `  ${f.padEnd(width)}  ${h}`))
  if (c.notes?.length) lines.push('', ...c.notes)
  lines.push('', 'Examples:')
  for (const [cmd, what] of c.examples) lines.push(`  ${cmd}`, `      ${what}`)
  return lines.join('\n') + '\n'
}
