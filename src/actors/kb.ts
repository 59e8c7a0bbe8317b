// The actor knowledge base: states, organisations and people with dated roles, loaded from the data files
// in data/nl/ (each says where it comes from in its header) plus i18n-iso-countries' Dutch names, and
// compiled into a trie over normalised word forms for the matcher.

import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' }
import {
  fullNameKey,
  nameKey,
  normalizeWord,
  plainKey,
  tokenize,
  withoutPatronymic,
  type Token,
} from './normalize.js'

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
  /** Sorted by start date. */
  terms: Term[]
  /** Keys (`nameKey`) of the last word of each of the person's forms: a lone surname that refers back. */
  surnames: Set<string>
}

/** One row of a people file, with the file and line it came from (for the consistency check). */
export interface PersonRow {
  file: string
  line: number
  name: string
  variants: string[]
  actor: string
  role: string
  from: string
  to: string
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

export interface PlaceContext {
  code: string
  /** Words of the sentence that make the place stand for `code`, as written; a trailing * allows any ending. */
  cues: string[]
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
  /** Compound role nouns seen so far and their head ("asielminister": "minister"), filled as text is read. */
  roleHeads: Map<string, string | null>
  /** Role nouns of private persons ("gijzelaar", "acteur"): the person acts for no state. */
  privateRoles: Set<string>
  /** Nouns that stand for the organisation named last ("de dienst", "de beweging"). */
  orgAnaphors: Set<string>
  /** Words of photo and text credits ("Foto", "Beeld", "Door"): the name after them is no actor. */
  credits: Set<string>
  /** Common given names: a given name and a capitalised surname make a person the base lacks. */
  givenNames: Set<string>
  /** What a Dutch title says of the office, as a pattern over the English roles of terms. */
  roleOffices: Map<string, RegExp>
  /** Ministry names that may follow "minister van" before the name, as normalised word sequences. */
  ministries: string[][]
  /** People by the key of a full name form (`fullNameKey`), for names written in another transliteration. */
  personKeys: Map<string, Person[]>
  /** People by the key of the last word of their forms (`Person.surnames`): "premier Diab" after a title. */
  bySurname: Map<string, Person[]>
  /**
   * Nouns a nationality adjective ("adjective") or a hyphen-joined place name ("joined") only describes:
   * "de Russische krant", "de Minsk-groep". The adjective or place before them is no actor.
   */
  modifierNouns: Map<string, 'adjective' | 'joined'>
  /** Seats that stand for an organisation in a sentence that speaks of it ("Brussel": EU), by normalised form. */
  placeContexts: Map<string, PlaceContext[]>
  /** Prepositions after which a seat is a location and keeps its state code ("in Brussel"). */
  locativeWords: Set<string>
  /** Titles that with no state named mean an office of the home state ("minister Jane Doe": NLD). */
  homeRoles: Map<string, string>
  /**
   * Political parties as normalised word sequences, longest first, with their state: a name beside a party
   * ("Jane Doe van D66", "VVD'er Jane Doe") is a politician of that state.
   */
  parties: { words: string[]; code: string }[]
  /** Person-role rows read from the people files. */
  personRows: number
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

function insert(root: TrieNode, entry: Entry, tokens: Token[] = tokenize(entry.form)): void {
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
  const same = node.entries.find(
    (e) => e.code === entry.code && e.kind === entry.kind && e.person === entry.person,
  )
  if (!same) node.entries.push(entry)
  // One form written twice ("Koning Filip" and "koning Filip") is one entry, matched as the looser spelling
  // allows: keeping the first one's case made the lowercase title miss.
  else if (LOOSENESS[entry.caseMode] > LOOSENESS[same.caseMode]) same.caseMode = entry.caseMode
}

const LOOSENESS: Record<Entry['caseMode'], number> = { exact: 0, capital: 1, any: 2 }

export interface LoadOptions {
  dir?: string
  /**
   * Keep the compiled base in a snapshot file in the system's temporary folder and read it back while no
   * data file (nor this code) has changed since: compiling ~10,000 names costs 3-4 times reading the
   * snapshot. Default true; false compiles from the data files and touches no snapshot.
   */
  cache?: boolean
}

/** What the snapshot of a data folder depends on: every file read (and this code), by size and time. */
function fingerprint(dir: string): string {
  const files = [
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./normalize.js', import.meta.url)),
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.tsv'))
      .sort()
      .map((f) => join(dir, f)),
    ...peopleFiles(dir),
  ]
  const h = createHash('sha1')
  for (const f of files) {
    if (!existsSync(f)) continue
    const st = statSync(f)
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`)
  }
  return h.digest('hex')
}

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const dir = options.dir ?? DATA_DIR
  if (options.cache === false) return compileKnowledgeBase(dir)
  const path = join(tmpdir(), `entente-kb-${createHash('sha1').update(dir).digest('hex').slice(0, 16)}.v8`)
  const print = fingerprint(dir)
  try {
    const snap = deserialize(readFileSync(path)) as { print: string; kb: KnowledgeBase }
    if (snap.print === print) return snap.kb
  } catch {
    // No snapshot yet, or an unreadable one: compile.
  }
  const kb = compileKnowledgeBase(dir)
  try {
    // Written aside and renamed, so a reader never sees half a file.
    const tmp = `${path}.${process.pid}`
    writeFileSync(tmp, serialize({ print, kb }))
    renameSync(tmp, path)
  } catch {
    // A read-only temporary folder only costs the next load its compile time.
  }
  return kb
}

/** The knowledge base compiled from the data files of `dir`. */
export function compileKnowledgeBase(dir: string = DATA_DIR): KnowledgeBase {
  const root: TrieNode = { next: new Map(), entries: [] }
  const places = new Map<string, string>()
  let size = 0
  const add = (e: Entry, tokens?: Token[]) => {
    insert(root, e, tokens)
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
  const personKeys = new Map<string, Person[]>()
  // People whose canonical names differ only in case, accents or punctuation are one person ("Yōko
  // Kamikawa" in one file, "Yoko Kamikawa" in another): the first spelling read wins. (Transliteration keys
  // are too loose for identity: "Kim Yong-il" and "Kim Jong Il" share one.)
  const byCanonicalKey = new Map<string, Person>()
  // Rows of one person repeat the same forms: each is compiled once per person.
  const formsOf = new Map<Person, Set<string>>()
  const rows = readPeopleRows(dir)
  for (const r of rows) {
    const canonicalKey = plainKey(r.name)
    let p = people.get(r.name) ?? byCanonicalKey.get(canonicalKey)
    if (!p) {
      p = { name: r.name, terms: [], surnames: new Set() }
      people.set(r.name, p)
      byCanonicalKey.set(canonicalKey, p)
    }
    for (const form of [r.name, ...r.variants]) addPersonForm(p, form)
    const from = r.from.replace(/\?$/, '') || null
    const to = r.to.replace(/\?$/, '') || null
    if (!p.terms.some((t) => t.actor === r.actor && t.role === r.role && t.from === from)) {
      p.terms.push({ actor: r.actor, role: r.role, from, to })
    }
  }
  function addPersonForm(p: Person, form: string): void {
    let forms = formsOf.get(p)
    if (!forms) formsOf.set(p, (forms = new Set()))
    if (forms.has(form)) return
    forms.add(form)
    const tokens = tokenize(form)
    if (tokens.length === 0) return
    const words = tokens.map((t) => t.text)
    add({ kind: 'person', code: null, form, caseMode: caseModeOf(form), person: p }, tokens)
    p.surnames.add(nameKey(words[words.length - 1]!))
    const full = fullNameKey(words)
    // "Abdullah al-Nahyan" for "Abdullah bin Zayed Al Nahyan": the given and family names alone.
    const short = withoutPatronymic(words)
    const shortKey = short ? fullNameKey(short) : null
    for (const key of [full, initialsOf(full), shortKey]) {
      if (!key) continue
      const known = personKeys.get(key)
      if (!known) personKeys.set(key, [p])
      else if (!known.includes(p)) known.push(p)
    }
  }
  const bySurname = new Map<string, Person[]>()
  for (const p of people.values()) {
    if (p.terms.length > 1) p.terms.sort(byFrom)
    for (const key of p.surnames) {
      const list = bySurname.get(key)
      if (!list) bySurname.set(key, [p])
      else list.push(p)
    }
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
  const credits = new Set(roleRows.filter((r) => r.kind === 'credit').map((r) => normalizeWord(r.form!)))
  const givenNames = new Set(readTsv(`${dir}/given-names.tsv`).map((r) => r.name!))
  const optional = (file: string) => (existsSync(`${dir}/${file}`) ? readTsv(`${dir}/${file}`) : [])
  const modifierNouns = new Map(
    optional('modifier-nouns.tsv').map(
      (r) => [normalizeWord(r.form!), r.after === 'joined' ? 'joined' : 'adjective'] as const,
    ),
  )
  const locativeWords = new Set(optional('locative-words.tsv').map((r) => normalizeWord(r.word!)))
  const homeRoles = new Map(optional('home-roles.tsv').map((r) => [normalizeWord(r.role!), r.code!] as const))
  const parties = optional('parties.tsv')
    .map((r) => ({ words: tokenize(r.form!).map((t) => t.norm), code: r.code! }))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length)
  const placeContexts = new Map<string, PlaceContext[]>()
  for (const r of optional('place-contexts.tsv')) {
    const key = normalizeWord(r.place!)
    const list = placeContexts.get(key) ?? []
    let ctx = list.find((c) => c.code === r.code)
    if (!ctx) list.push((ctx = { code: r.code!, cues: [] }))
    ctx.cues.push(r.cue!)
    placeContexts.set(key, list)
  }
  return {
    root,
    people,
    places,
    roles,
    privateRoles,
    roleOffices,
    ministries,
    orgAnaphors,
    givenNames,
    credits,
    roleHeads: new Map(),
    personKeys,
    bySurname,
    modifierNouns,
    placeContexts,
    locativeWords,
    homeRoles,
    parties,
    personRows: rows.length,
    size,
  }
}

/**
 * The key of a name with its first given name reduced to an initial ("A. Loekasjenko", and "Aleksandr
 * Loekasjenko" for "Alexander Lukashenko"), marked apart from full keys; null for a one-word name.
 */
export function initialsKey(words: readonly string[]): string | null {
  return initialsOf(fullNameKey(words))
}

function initialsOf(key: string): string | null {
  const space = key.indexOf(' ')
  return space > 0 ? `~${key[0]}${key.slice(space)}` : null
}

/** The people files of a data folder: `people.tsv`, then every `people/*.tsv` in name order. */
export function peopleFiles(dir: string = DATA_DIR): string[] {
  const files = existsSync(`${dir}/people.tsv`) ? [`${dir}/people.tsv`] : []
  const sub = `${dir}/people`
  if (existsSync(sub)) {
    for (const f of readdirSync(sub).sort()) if (f.endsWith('.tsv')) files.push(`${sub}/${f}`)
  }
  return files
}

/** Every person-role row of the people files, with where it came from. */
export function readPeopleRows(dir: string = DATA_DIR): PersonRow[] {
  return peopleFiles(dir).flatMap(readPeopleFile)
}

/** The person-role rows of one people file, with their line numbers. */
export function readPeopleFile(file: string): PersonRow[] {
  const out: PersonRow[] = []
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  let col: Record<string, number> | null = null
  const cell = (cells: string[], name: string) => (cells[col![name] ?? -1] ?? '').trim()
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (l.startsWith('#') || l.trim() === '') continue
    const cells = l.split('\t')
    if (!col) {
      col = Object.fromEntries(cells.map((h, k) => [h.trim(), k]))
      continue
    }
    const variants = cell(cells, 'variants')
    out.push({
      file,
      line: i + 1,
      name: cell(cells, 'name'),
      variants: variants ? variants.split('|').map((v) => v.trim()) : [],
      actor: cell(cells, 'actor'),
      role: cell(cells, 'role'),
      from: cell(cells, 'from'),
      to: cell(cells, 'to'),
    })
  }
  return out
}

/**
 * The role noun a word is or ends in: "minister", and "asielminister" or "buitenlandwoordvoerder" by their
 * head (a Dutch compound names its kind last). Heads of seven letters or more, after at least three.
 */
export function roleHead(kb: KnowledgeBase, norm: string): string | null {
  if (kb.roles.has(norm)) return norm
  if (norm.length < 10) return null
  let head = kb.roleHeads.get(norm)
  if (head !== undefined) return head
  head = null
  for (let k = 3; k <= norm.length - 6; k++) {
    if (kb.roles.has(norm.slice(k))) {
      head = norm.slice(k)
      break
    }
  }
  if (kb.roleHeads.size > 50_000) kb.roleHeads.clear()
  kb.roleHeads.set(norm, head)
  return head
}

/** Terms by start date (ISO dates compare as strings; no locale collation needed). */
function byFrom(a: Term, b: Term): number {
  const x = a.from ?? ''
  const y = b.from ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}

/** The term a person held, and whether the date it was chosen for was assumed rather than known. */
export interface TermChoice {
  term: Term | null
  /**
   * No date of the article (nor crawl time) covered a term and the title in the text left more than one
   * office: the latest was taken.
   */
  assumed: boolean
  /** The article's date falls in the term. */
  covered: boolean
}

/**
 * The term a person held on a date: the one covering it; without a date (or none covering it) the latest.
 * A hint (an actor the text ties the person to, "NAVO-chef Stoltenberg") and the office a title names
 * ("premier Rutte") pick among terms first.
 */
export function chooseTerm(
  person: Person,
  date: string | null,
  hint?: string | null,
  role?: RegExp | null,
): TermChoice {
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
    if (covering.length > 0) return { term: latestTerm(covering)!, assumed: false, covered: true }
  }
  const last = latestTerm(terms)
  const several = last !== null && terms.some((x) => x.actor !== last.actor || x.role !== last.role)
  return { term: last, assumed: !date && several, covered: false }
}

/**
 * The office taken last (terms are sorted by start when loaded, and filtering keeps the order); of offices
 * taken on one day (a monarch of several realms) the one read first: people.tsv, read before the regional
 * files, lists the seat of a personal union.
 */
function latestTerm(terms: Term[]): Term | null {
  const last = terms[terms.length - 1]
  if (!last) return null
  return terms.find((t) => t.from === last.from) ?? last
}

/** The term of `chooseTerm`, without the flag. */
export function termAt(
  person: Person,
  date: string | null,
  hint?: string | null,
  role?: RegExp | null,
): Term | null {
  return chooseTerm(person, date, hint, role).term
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
