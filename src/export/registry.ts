// The output formats of `extract` and `export`, one line each: its name, what it writes (events, the
// relations graph, or whole pages) and the file holding its one writer, loaded only when chosen. Events
// formats serve both commands (`export` reads the rows from the store, `extract` from the pages); graph
// formats only `export`, page formats only `extract`. A new format is one file plus one line here.

import type { Page } from '../core/doc.js'
import type { Edge, Node } from '../graph/blocs.js'
import type { EventRow } from './rows.js'

export type Chunk = string | Uint8Array

/** Writes a stream of events: a head, a chunk per row (possibly empty), and the end of the file. */
export interface EventWriter {
  head(): Chunk
  row(e: EventRow): Chunk
  end(): Chunk
}

export type GraphNode = Pick<Node, 'id' | 'name' | 'events' | 'bloc'>
export type GraphWriter = (g: { nodes: GraphNode[]; edges: Edge[] }) => string
export type PageWriter = (page: Page) => string

interface Writers {
  /** Opened once per run; `codedDate` (YYYY-MM-DD) is the day of the run, for formats that record it. */
  events: (codedDate: string) => EventWriter
  graph: GraphWriter
  pages: PageWriter
}

interface FormatOf<K extends keyof Writers> {
  name: string
  kind: K
  /** Page formats that write one file per page into --out DIR rather than to stdout. */
  perFile?: boolean
  load(): Promise<{ writer: Writers[K] }>
}

/** A format of any kind; checking `kind` tells which writer `load` gives. */
export type Format = { [K in keyof Writers]: FormatOf<K> }[keyof Writers]

const format = <K extends keyof Writers>(f: FormatOf<K>) => f as Format

export const FORMATS: Format[] = [
  format({ name: 'summary', kind: 'pages', load: () => import('./summary.js') }),
  format({ name: 'jsonl', kind: 'pages', load: () => import('./jsonl.js') }),
  format({ name: 'gold', kind: 'pages', perFile: true, load: () => import('./gold.js') }),
  format({ name: 'plover', kind: 'events', load: () => import('./plover.js') }),
  format({ name: 'csv', kind: 'events', load: () => import('./csv.js') }),
  format({ name: 'gdelt', kind: 'events', load: () => import('./gdelt.js') }),
  format({ name: 'parquet', kind: 'events', load: () => import('./parquet.js') }),
  format({ name: 'graphml', kind: 'graph', load: () => import('./graphml.js') }),
  format({ name: 'gexf', kind: 'graph', load: () => import('./gexf.js') }),
]

/** The formats of the given kinds, in registry order: `extract` writes pages and events, `export` events and graphs. */
export function formatsOf<K extends Format['kind']>(...kinds: K[]): Extract<Format, { kind: K }>[] {
  return FORMATS.filter((f): f is Extract<Format, { kind: K }> => (kinds as string[]).includes(f.kind))
}
