// The actor knowledge base: states, organisations and people with dated roles, loaded from the data files
// in data/nl/ (each says where it comes from in its header) plus i18n-iso-countries' Dutch names, and
// compiled into a trie over normalised word forms for the matcher.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' }
import { normalizeWord, tokenize } from './normalize.js'

export type EntryKind =
  'name' | 'adjective' | 'demonym' | 'capital' | 'seat' | 'city' | 'region' | 'org' | 'group' | 'person'

export interface Term {
  actor: string
  role: string
  from: string | null
  to: string | null
}

export interface Person {
  name: string
  terms: Term[]
}

export interface Entry {
  kind: EntryKind
  /** The actor code; for people the code depends on the date (see `person`). */
  code: string | null
  /** A group's member states ("de Noordse landen"). */
  members?: string[]
  form: string
  /** exact: the text must be written as the form (VS, IS); capital: starts with a capital; any. */
  caseMode: 'exact' | 'capital' | 'any'
  person?: Person
}

export interface TrieNode {
  next: Map<string, TrieNode>
  entries: Entry[]
}

export interface KnowledgeBase {
  root: TrieNode
  people: Map<string, Person>
  /** Dateline places and other single names by normalised full form. */
  places: Map<string, string>
  /** Role nouns that introduce a person ("ambassadeur", "minister"). */
  roles: Set<string>
  /** Role nouns of private persons ("gijzelaar", "acteur"): the person acts for no state. */
  privateRoles: Set<string>
  /** Nouns that stand for the organisation named last ("de dienst", "de beweging"). */
  orgAnaphors: Set<string>
  /** Common given names: a given name and a capitalised surname make a person the base lacks. */
  givenNames: Set<string>
  /** What a Dutch title says of the office, as a pattern over the English roles of terms. */
  roleOffices: Map<string, RegExp>
  /** Ministry names that may follow "minister van" before the name, as normalised word sequences. */
  ministries: string[][]
  size: number
}

export const DATA_DIR = fileURLToPath(new URL('../../data/nl/', import.meta.url))

/** Rows of a TSV data file: the first line is the `# source:` header, the second the column names. */
export function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/)
  const body = lines.filter((l) => !l.startsWith('#'))
  const header = body[0]!.split('\t')
  return body
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cells = l.split('\t')
      return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]))
    })
}

function caseModeOf(form: string): Entry['caseMode'] {
  const letters = form.replace(/[^\p{L}]/gu, '')
  if (letters.length <= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) return 'exact'
  return /^\p{Lu}/u.test(form) ? 'capital' : 'any'
}

function insert(root: TrieNode, entry: Entry): void {
  const tokens = tokenize(entry.form)
  if (tokens.length === 0) return
  let node = root
  for (const t of tokens) {
    let child = node.next.get(t.norm)
    if (!child) {
      child = { next: new Map(), entries: [] }
      node.next.set(t.norm, child)
    }
    node = child
  }
  if (
    !node.entries.some((e) => e.code === entry.code && e.kind === entry.kind && e.person === entry.person)
  ) {
    node.entries.push(entry)
  }
}

export interface LoadOptions {
  dir?: string
}

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const dir = options.dir ?? DATA_DIR
  const root: TrieNode = { next: new Map(), entries: [] }
  const places = new Map<string, string>()
  let size = 0
  const add = (e: Entry) => {
    insert(root, e)
    size++
  }

  // Dutch country names from i18n-iso-countries (CLDR), then our own forms.
  for (const [alpha2, names] of Object.entries(nl.countries as Record<string, string | string[]>)) {
    const iso = countries.alpha2ToAlpha3(alpha2)
    if (!iso) continue
    // i18n-iso-countries gives Kosovo the user-assigned XKK; the gold and most datasets use XKX.
    const code = iso === 'XKK' ? 'XKX' : iso
    for (const form of Array.isArray(names) ? names : [names]) {
      add({ kind: 'name', code, form, caseMode: caseModeOf(form) })
      places.set(normalizeWord(form), code)
    }
  }
  for (const r of readTsv(`${dir}/states.tsv`)) {
    const kind = r.kind as EntryKind
    add({ kind, code: r.code!, form: r.form!, caseMode: caseModeOf(r.form!) })
    if (kind === 'name' || kind === 'capital' || kind === 'city' || kind === 'region')
      places.set(normalizeWord(r.form!), r.code!)
  }
  for (const r of readTsv(`${dir}/organisations.tsv`)) {
    add({ kind: 'org', code: r.code!, form: r.form!, caseMode: caseModeOf(r.form!) })
  }
  for (const r of readTsv(`${dir}/groups.tsv`)) {
    const members = r.codes!.split(/\s+/)
    add({ kind: 'group', code: members[0]!, members, form: r.form!, caseMode: caseModeOf(r.form!) })
  }
  const people = new Map<string, Person>()
  for (const r of readTsv(`${dir}/people.tsv`)) {
    let p = people.get(r.name!)
    if (!p) {
      p = { name: r.name!, terms: [] }
      people.set(r.name!, p)
      for (const form of [r.name!, ...r.variants!.split('|')].filter(Boolean)) {
        add({ kind: 'person', code: null, form, caseMode: caseModeOf(form), person: p })
      }
    }
    p.terms.push({
      actor: r.actor!,
      role: r.role!,
      from: r.from?.replace(/\?$/, '') || null,
      to: r.to?.replace(/\?$/, '') || null,
    })
  }
  const roleRows = readTsv(`${dir}/roles.tsv`)
  const roles = new Set(
    roleRows.filter((r) => r.kind === 'role' || r.kind === 'private').map((r) => normalizeWord(r.form!)),
  )
  const roleOffices = new Map(
    roleRows
      .filter((r) => r.office)
      .map((r) => [normalizeWord(r.form!), new RegExp(r.office!, 'i')] as const),
  )
  const privateRoles = new Set(
    roleRows.filter((r) => r.kind === 'private').map((r) => normalizeWord(r.form!)),
  )
  const ministries = roleRows
    .filter((r) => r.kind === 'ministry')
    .map((r) => tokenize(r.form!).map((t) => t.norm))
    .sort((a, b) => b.length - a.length)
  const orgAnaphors = new Set(
    roleRows.filter((r) => r.kind === 'org-anaphor').map((r) => normalizeWord(r.form!)),
  )
  const givenNames = new Set(readTsv(`${dir}/given-names.tsv`).map((r) => r.name!))
  return { root, people, places, roles, privateRoles, roleOffices, ministries, orgAnaphors, givenNames, size }
}

/**
 * The term a person held on a date: the one covering it; without a date (or none covering it) the latest.
 * A hint (an actor the text ties the person to, "NAVO-chef Stoltenberg") picks among terms first.
 */
export function termAt(
  person: Person,
  date: string | null,
  hint?: string | null,
  role?: RegExp | null,
): Term | null {
  let terms = person.terms
  if (hint) {
    const hinted = terms.filter((t) => t.actor === hint)
    if (hinted.length > 0) terms = hinted
  }
  if (role) {
    const fitting = terms.filter((t) => role.test(t.role))
    if (fitting.length > 0) terms = fitting
  }
  if (date) {
    const d = date.slice(0, 10)
    const covering = terms.filter((t) => (!t.from || t.from <= d) && (!t.to || d < t.to))
    if (covering.length > 0) return covering[covering.length - 1]!
  }
  return [...terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))[terms.length - 1] ?? null
}

/** Country forms of a CLDR locale of i18n-iso-countries by ISO alpha-3 code (XKX for Kosovo). */
function countryForms(locale: { countries: Record<string, string | string[]> }): [string, string][] {
  const out: [string, string][] = []
  for (const [alpha2, names] of Object.entries(locale.countries)) {
    const iso = countries.alpha2ToAlpha3(alpha2)
    if (iso) for (const form of [names].flat()) out.push([iso === 'XKK' ? 'XKX' : iso, form])
  }
  return out
}

/**
 * Actor codes by name, for commands that take an actor by name rather than by code: the Dutch and English
 * country names (CLDR), the state names of states.tsv and the organisation forms of organisations.tsv, keyed
 * by normalised full form ("rusland", "russia", "navo"). Reads the name files only, not the whole base.
 */
export function actorNameIndex(dir = DATA_DIR): Map<string, string[]> {
  const index = new Map<string, string[]>()
  const add = (code: string, form: string) => {
    const key = normalizeWord(form.trim())
    const codes = index.get(key)
    if (!codes) index.set(key, [code])
    else if (!codes.includes(code)) codes.push(code)
  }
  for (const [code, form] of [...countryForms(nl), ...countryForms(en)]) add(code, form)
  for (const r of readTsv(`${dir}/states.tsv`)) if (r.kind === 'name') add(r.code!, r.form!)
  for (const r of readTsv(`${dir}/organisations.tsv`)) add(r.code!, r.form!)
  return index
}
