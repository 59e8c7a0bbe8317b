// Blocs and what changed: the relations graph of a window (one edge per unordered pair, weighted by the
// summed PLOVER score of its asserted events), communities found by Louvain on its cooperative edges, and
// the ties that appeared, vanished or turned between two windows.

import { UndirectedGraph } from 'graphology'
import { seeded } from '../core/random.js'
import louvainModule from 'graphology-communities-louvain'
import { inWindow, standingOf, type GraphEvent } from './aggregate.js'

export interface Edge {
  a: string
  b: string
  events: number
  cooperation: number
  conflict: number
  scoreSum: number
  scoreMean: number
}

export interface Window {
  from?: string
  to?: string
}

/** One edge per unordered pair of distinct actors, from asserted events in the window. */
export function edges(events: Iterable<GraphEvent>, w: Window = {}): Edge[] {
  const map = new Map<string, Edge>()
  for (const e of events) {
    if (!e.target || e.source === e.target || standingOf(e) !== 'asserted' || !inWindow(e.date, w.from, w.to))
      continue
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source]
    const key = `${a}|${b}`
    let edge = map.get(key)
    if (!edge)
      map.set(key, (edge = { a, b, events: 0, cooperation: 0, conflict: 0, scoreSum: 0, scoreMean: 0 }))
    edge.events++
    if (e.quad <= 2) edge.cooperation++
    else edge.conflict++
    edge.scoreSum += e.score
  }
  return [...map.values()]
    .map((e) => ({ ...e, scoreSum: round(e.scoreSum), scoreMean: round(e.scoreSum / e.events) }))
    .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
}

export interface Bloc {
  id: number
  members: string[]
}

export interface NodeCount {
  code: string
  events: number
  selfLoops: number
}

export interface Node {
  id: string
  name: string
  /** The actor's asserted events in the window, self-loops and one-sided events included. */
  events: number
  selfLoops: number
  bloc: number | null
}

/** A window's relations graph: its ties, the actors with a tie and the blocs they form. */
export interface Graph {
  nodes: Node[]
  edges: Edge[]
  blocs: Bloc[]
}

/** What a graph is read from: a window's ties and its actors' counts (the read model answers both). */
export interface GraphSource {
  edges(w: Window): Promise<Edge[]>
  actors(w: Window): Promise<NodeCount[]>
}

/** The graph of a window, the one way the API and the CLI assemble it. */
export async function buildGraph(
  source: GraphSource,
  w: Window,
  name: (code: string) => string,
): Promise<Graph> {
  const list = await source.edges(w)
  return graphOf(list, await source.actors(w), name)
}

/**
 * The graph from ties and counts. Nodes are the actors with a tie, counted as the actor summary counts them
 * (from `counts`), not as the sum of their edges, so a node says what `entente actor` says; most events
 * first. Blocs are found once and each node names its own.
 */
export function graphOf(list: Edge[], counts: NodeCount[], name: (code: string) => string): Graph {
  const found = blocs(list)
  const bloc = new Map<string, number>()
  for (const b of found) for (const m of b.members) bloc.set(m, b.id)
  const byCode = new Map(counts.map((c) => [c.code, c]))
  const ids = new Set(list.flatMap((e) => [e.a, e.b]))
  const nodes = [...ids]
    .map((id) => ({
      id,
      name: name(id),
      events: byCode.get(id)?.events ?? 0,
      selfLoops: byCode.get(id)?.selfLoops ?? 0,
      bloc: bloc.get(id) ?? null,
    }))
    .sort((x, y) => y.events - x.events || x.id.localeCompare(y.id))
  return { nodes, edges: list, blocs: found }
}

/**
 * Communities of the cooperation graph: actors joined by edges with a positive summed score, weighted by
 * it. Louvain's random order is seeded, so the same events give the same blocs. Actors with no
 * cooperative tie are left out.
 */
export function blocs(list: Edge[], seed = 1): Bloc[] {
  const g = new UndirectedGraph()
  for (const e of list) {
    if (e.scoreSum <= 0) continue
    g.mergeNode(e.a)
    g.mergeNode(e.b)
    g.mergeEdge(e.a, e.b, { weight: e.scoreSum })
  }
  if (g.order === 0) return []
  const assignment: Record<string, number> = louvain(g, { getEdgeWeight: 'weight', rng: seeded(seed) })
  const groups = new Map<number, string[]>()
  for (const [node, c] of Object.entries(assignment)) groups.set(c, [...(groups.get(c) ?? []), node])
  return [...groups.values()]
    .map((m) => m.sort())
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!))
    .map((members, id) => ({ id, members }))
}

export interface Change {
  a: string
  b: string
  kind: 'new' | 'gone' | 'reversed' | 'warmer' | 'colder'
  before: Edge | null
  after: Edge | null
}

/**
 * What changed between two windows: ties that are new or gone, ties whose summed score changed sign
 * (reversed), and ties whose mean score moved by at least `shift` (warmer, colder).
 */
export function changes(events: GraphEvent[], before: Window, after: Window, shift = 2): Change[] {
  return edgeChanges(edges(events, before), edges(events, after), shift)
}

/** The same, from the edges of the two windows (as the store aggregates them). */
export function edgeChanges(beforeEdges: Edge[], afterEdges: Edge[], shift = 2): Change[] {
  const b = new Map(beforeEdges.map((e) => [`${e.a}|${e.b}`, e]))
  const a = new Map(afterEdges.map((e) => [`${e.a}|${e.b}`, e]))
  const out: Change[] = []
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(key) ?? null
    const y = a.get(key) ?? null
    const [p, q] = key.split('|') as [string, string]
    if (!x) out.push({ a: p, b: q, kind: 'new', before: null, after: y })
    else if (!y) out.push({ a: p, b: q, kind: 'gone', before: x, after: null })
    else if (Math.sign(x.scoreSum) !== Math.sign(y.scoreSum) && x.scoreSum !== 0 && y.scoreSum !== 0)
      out.push({ a: p, b: q, kind: 'reversed', before: x, after: y })
    else if (y.scoreMean - x.scoreMean >= shift) out.push({ a: p, b: q, kind: 'warmer', before: x, after: y })
    else if (x.scoreMean - y.scoreMean >= shift) out.push({ a: p, b: q, kind: 'colder', before: x, after: y })
  }
  return out.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
}

// The package is CommonJS with an ES-style default in its types; under NodeNext the callable is `.default`.
type Louvain = typeof louvainModule.default
const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain)

const round = (x: number) => Math.round(x * 1000) / 1000
