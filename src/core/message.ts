// Recoverable problems found while reading a page: recorded with a position and a rule id, never thrown.

import type { Span } from './span.js'

export type Severity = 'info' | 'warning' | 'error'

export interface Message {
  ruleId: string
  severity: Severity
  text: string
  /** Where in the page text (or, for byte-level problems, the input) the problem is. */
  span?: Span
  /** 1-based line in the page text, when known. */
  line?: number
}

/** An input that cannot be read at all: carries the input's name so the CLI can report it and go on. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly ruleId: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${input}${line ? `:${line}` : ''}: ${message}`)
    this.name = 'InputError'
  }
}
