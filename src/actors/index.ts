// The actor stage: find and link every actor mention in each article (headline and body), discover people
// by their titles, resolve people to the office they held on the article's date, and resolve role and
// pronoun mentions to the last compatible person.

import { fileURLToPath } from 'node:url'
import type { Article, Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import { chooseTerm, initialsKey, roleHead, type KnowledgeBase, type Person } from './kb.js'
import { matchAll, type Match } from './matcher.js'
import { readWordSets } from './words.js'
import { contextCode, isModifier } from './modifiers.js'
import {
  englishFromDutchArabic,
  englishFromDutchCyrillic,
  englishRussianName,
  fullNameKey,
  nameKey,
  normalizeWord,
  PATRONYMIC_PARTICLES,
  spacesOnly,
  dropSpanTokens,
  keepSpanTokens,
  spacesOrHyphens,
  tokenize,
  type Token,
} from './normalize.js'

export interface Mention {
  start: number
  end: number
  text: string
  /** Actor code, or null for a private person. */
  code: string | null
  kind: 'state' | 'org' | 'place' | 'person' | 'role' | 'pronoun'
  /** The rule that found it: kb/name, kb/adjective, kb/person, title/..., dateline, coref/role, coref/pronoun. */
  rule: string
  /** Canonical (English) name, for people. */
  person?: string
  /** The article had no date nor crawl time and the person held several offices: the latest was taken. */
  dateAssumed?: boolean
}

export interface PersonRef {
  name: string
  actor: string | null
}

export interface ArticleActors {
  mentions: Mention[]
  people: PersonRef[]
  /** Every actor code the article mentions, sorted. */
  codes: string[]
}

declare module '../core/doc.js' {
  interface Article {
    actors?: ArticleActors
  }
}

const WORDS = readWordSets(fileURLToPath(new URL('../../data/nl/actor-words.tsv', import.meta.url)))
const PARTICLES = WORDS.get('name-particles')
const ARTICLES = WORDS.get('role-articles')
const PRONOUNS = WORDS.get('pronouns')
const PLURAL_PRONOUNS = WORDS.get('plural-pronouns')
const LIST_JOINERS = WORDS.get('list-joiners')
const DEFINITE = WORDS.get('definite')
const DEMONSTRATIVES = WORDS.get('demonstratives')
const PLURAL_DETERMINERS = WORDS.get('plural-determiners')
const STATES_NOUNS = WORDS.get('states-nouns')
const PLURAL_ADJECTIVES = WORDS.get('plural-adjectives')
const STATE_NOUN = WORDS.one('state-noun')
const NEIGHBOUR_NOUNS = WORDS.get('neighbour-nouns')
const OF = WORDS.one('genitive')
/** "in Turkije", "in het Witte Huis": where a meeting is, not who meets. */
const GROUP_VENUES = WORDS.get('group-venues')
const GROUP_BETWEEN = WORDS.one('group-between')
const PAIR_WORDS = WORDS.get('pair-words')
/** What stands between two members of a list: a comma or "en", maybe with an article ("X, Y en de Z"). */
const LIST_GAP = new RegExp(
  `^\\s*(,|${[...LIST_JOINERS].join('|')})\\s*((${[...DEFINITE].join('|')})\\s+)?$`,
  'i',
)
const GROUP_CLAUSE_OPENERS = WORDS.get('group-clause-openers')
/** The nouns `stateAnaphor` reads. */
const ANAPHOR_NOUNS = new Set([STATE_NOUN, ...NEIGHBOUR_NOUNS, ...STATES_NOUNS])
/** Honorifics before a name that are no part of its canonical form ("Sir Jane Doe": "Jane Doe"). */
const HONORIFICS = WORDS.get('honorifics')
/** Pronominal adverbs open with these ("daarover", "hierbij"): a word, not a name. */
const ADVERB_PREFIXES = WORDS.get('pronominal-adverb-prefixes')
/** "dochter", "echtgenote": a relative of the person named before ("diens dochter Jane"). */
const KIN_NOUNS = WORDS.get('kin-nouns')
const KIN_POSSESSIVES = WORDS.get('kin-possessives')
/** "het leger", "het ministerie": a state's own bodies, named with no state. */
const BODY_NOUNS = WORDS.get('body-nouns')
/** An organisation's body that states have one of too: "de Turkse Veiligheidsraad" is Turkey's. */
const OWN_BODIES = WORDS.get('own-bodies')
const BODY_ARTICLES = WORDS.get('body-articles')
/** Words after such a body that name its state themselves: "het leger van Peru", "het ministerie in Lima". */
const BODY_NAMERS = WORDS.get('body-namers')
/** Russia's code: its people's surnames take English Wikipedia's "-sky" (`englishRussianName`). */
const RUSSIA = 'RUS'
/** Nouns a surname is joined to in a cabinet's name ("kabinet-Doe"): a name for the cabinet, not the person. */
const EPONYM_NOUNS = WORDS.get('eponym-nouns')

/**
 * A name inside a compound names something else: "het kabinet-Doe", "de Jane Doe-lezing". (A lowercase part
 * of five letters or more after the hyphen: Korean given names end in short lowercase syllables, "Jong-un".)
 */
function inCompound(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first]!.joined && EPONYM_NOUNS.has(tokens[first - 1]?.norm ?? '')) return true
  const next = tokens[last]
  return next !== undefined && next.joined && !next.capital && next.norm.length >= 5
}

/**
 * "dat land", "het land": the state the sentence, else the sentence before, opened with. "de landen",
 * "beide landen": the last two states named before.
 */
function stateAnaphor(
  text: string,
  tokens: Token[],
  i: number,
  before: Mention[],
): { codes: string[]; rule: string } | null {
  const t = tokens[i]!
  const det = tokens[i - 1]?.norm ?? ''
  if (t.norm === STATE_NOUN && DEMONSTRATIVES.has(det)) {
    const code = stateOpening(text, before, t.start)
    return { codes: code ? [code] : [], rule: 'coref/land' }
  }
  // "Pakistan beschuldigt India. Het buurland ontkent.": the neighbour is the state named last that is not the
  // one the sentence is about.
  if (NEIGHBOUR_NOUNS.has(t.norm) && DEMONSTRATIVES.has(det)) {
    const about = stateOpening(text, before, t.start)
    const other = lastOf(
      before,
      (m) => m.kind === 'state' && !!m.code && m.code !== about && m.start < t.start,
    )
    return { codes: other?.code && t.start - other.end < 400 ? [other.code] : [], rule: 'coref/buurland' }
  }
  // "de strijdende partijen": the adjective does not change what the noun stands for.
  const det2 = PLURAL_ADJECTIVES.has(det) ? (tokens[i - 2]?.norm ?? '') : det
  if (STATES_NOUNS.has(t.norm) && (PLURAL_DETERMINERS.has(det) || PLURAL_DETERMINERS.has(det2))) {
    return { codes: groupPair(text, tokens, i, before), rule: 'coref/landen' }
  }
  return null
}

/** Token-indexed lookups: a `Map` from token index over an array (a span's tokens are few and dense). */
class TokenMap<T> {
  private readonly at: (T | undefined)[]
  constructor(n: number) {
    this.at = new Array<T | undefined>(n)
  }
  get(i: number): T | undefined {
    return i >= 0 ? this.at[i] : undefined
  }
  has(i: number): boolean {
    return i >= 0 && this.at[i] !== undefined
  }
  set(i: number, value: T): void {
    this.at[i] = value
  }
}

/** Token indices already read as part of a mention. */
class TokenSet {
  private readonly at: Uint8Array
  constructor(n: number) {
    this.at = new Uint8Array(n)
  }
  has(i: number): boolean {
    return i >= 0 && this.at[i] === 1
  }
  add(i: number): void {
    this.at[i] = 1
  }
}

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  let k = at - 1
  while (k >= 0 && text[k] !== '\n' && !(/[.!?]/.test(text[k]!) && /\s/.test(text[k + 1] ?? ''))) k--
  return k + 1
}

/**
 * A pronoun that opens its sentence ("Hij prees ...") continues the sentence before's subject: the first
 * person it named, not the last.
 */
function subjectBefore(text: string, known: Mention[], at: number): Mention | undefined {
  const s = sentenceBefore(text, at)
  return s
    ? known.find((m) => m.kind === 'person' && !!m.code && m.start >= s.start && m.start < s.end)
    : undefined
}

/**
 * The sentence before the one a pronoun at `at` opens, as offsets; null when the pronoun does not open its
 * sentence.
 */
function sentenceBefore(text: string, at: number): { start: number; end: number } | null {
  const here = sentenceStart(text, at)
  if (text.slice(here, at).trim() !== '') return null
  return { start: sentenceStart(text, Math.max(0, here - 1)), end: here }
}

/** The state mention that starts at token `k`, if any. */
function stateAt(known: Mention[], tokens: Token[], k: number): Mention | undefined {
  return known.find((m) => m.kind === 'state' && !!m.code && m.start === tokens[k]?.start)
}

/**
 * "De Chileense president landde in Lima. Hij ...", "De premier van Peru ... Hij ...": a pronoun that opens its
 * sentence after one whose subject is a role of a state with no name stands for that state. Returns a mention of
 * that state; none where the role is a private person's or a known person is named with it or before it.
 */
function roleSubjectBefore(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  known: Mention[],
  at: number,
): Mention | undefined {
  const s = sentenceBefore(text, at)
  if (!s) return undefined
  const { start: before, end: here } = s
  let j = tokens.findIndex((x) => x.start >= before)
  if (j < 0 || tokens[j]!.start >= here) return undefined
  if (ARTICLES.has(tokens[j]!.norm)) j++
  const isRole = (k: number) => {
    const head = tokens[k] ? roleHead(kb, tokens[k]!.norm) : null
    return head !== null && !kb.privateRoles.has(head)
  }
  let state: Mention | undefined
  let role = -1
  // "de Chileense (nieuwe) president"
  const adjective = stateAt(known, tokens, j)
  if (adjective) {
    for (let k = j + 1; k <= j + 3 && k < tokens.length && !tokens[k]!.capital; k++) {
      if (isRole(k)) {
        state = adjective
        role = k
        break
      }
    }
  } else if (isRole(j) && tokens[j + 1]?.norm === OF) {
    // "de premier van (het) Peru"
    const k = DEFINITE.has(tokens[j + 2]?.norm ?? '') ? j + 3 : j + 2
    state = stateAt(known, tokens, k)
    role = j
  }
  if (!state || role < 0) return undefined
  // A person named right after the title or before the pronoun in that sentence is the subject instead.
  const afterRole = tokens[role + 1]?.start ?? Infinity
  if (known.some((m) => m.kind === 'person' && m.start >= before && m.start <= afterRole && m.start < here))
    return undefined
  return state
}

/**
 * "De Peruaanse demonstranten ... Ze eisen ...": a plural pronoun that opens its sentence after one whose subject is
 * the people of one state (its adjective before a plural noun) stands for that state. A list of states or of their
 * adjectives ("Chili en Peru", "de Franse en Duitse leiders") and a single state's name are no such subject.
 */
function groupSubjectBefore(text: string, tokens: Token[], known: Mention[], at: number): Mention[] {
  const s = sentenceBefore(text, at)
  if (!s) return []
  const { start: before, end: here } = s
  let j = tokens.findIndex((x) => x.start >= before)
  if (j < 0 || tokens[j]!.start >= here) return []
  // Over an article or a number word ("De", "Drie", "Honderden"): up to two words that name no actor.
  for (let n = 0; n < 2 && j < tokens.length && !stateAt(known, tokens, j) && tokens[j]!.start < here; n++) {
    if (tokens[j]!.capital && n > 0) return []
    j++
  }
  const states: Mention[] = []
  let k = j
  for (;;) {
    const m = stateAt(known, tokens, k)
    if (!m) break
    states.push(m)
    k++
    while (k < tokens.length && tokens[k]!.start < m.end) k++
    if (
      LIST_JOINERS.has(tokens[k]?.norm ?? '') ||
      text.slice(m.end, tokens[k]?.start ?? m.end).trim() === ','
    ) {
      if (LIST_JOINERS.has(tokens[k]?.norm ?? '')) k++
      if (ARTICLES.has(tokens[k]?.norm ?? '')) k++
      continue
    }
    break
  }
  if (states.length === 0 || tokens[k - 1]!.start >= here) return []
  const last = states[states.length - 1]!
  // Only the people of one state: a list of several ("de Franse en Duitse leiders") makes each the doer of
  // what the sentence says they said (tried: silver 0 right / 6 wrong events added).
  if (states.length !== 1 || last.rule !== 'kb/adjective') return []
  // "Iraanse schepen", "Servische ministers": a lowercase plural noun right after the adjective.
  const noun = tokens[k]
  const plural =
    !!noun && !noun.capital && noun.start < here && /(?:en|ers|s)$/.test(noun.norm) && noun.norm.length >= 5
  return plural ? [last] : []
}

/** The last mention that passes `test`, searched from the end. */
function lastOf(list: Mention[], test: (m: Mention) => boolean): Mention | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return list[k]
  return undefined
}

/** Whether the mention is named as where something happens: "in Turkije", "in het Witte Huis". */
function venue(text: string, m: Mention): boolean {
  const words = text
    .slice(Math.max(0, m.start - 12), m.start)
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const k = words.length - (DEFINITE.has(words[words.length - 1] ?? '') ? 2 : 1)
  return GROUP_VENUES.has(words[k] ?? '')
}

/** Whether no clause boundary (a comma, a conjunction, a relative pronoun) stands between `from` and `to`. */
function oneClause(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to)
  return (
    !/[,;:]/.test(gap) &&
    !gap
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => GROUP_CLAUSE_OPENERS.has(w))
  )
}

/**
 * "beide landen", "de twee partijen": the two states named last before the group word. Where the group is no
 * "tussen" phrase and one state alone stands before it in its clause, that state acts on the group ("Chili riep
 * beide landen op"): the group is the two named before. A state named before only as a venue ("in Turkije") leaves
 * the group unresolved, and so does a plain "de landen" after a list of three ("X, Y en Z"): it is all of them.
 */
function groupPair(text: string, tokens: Token[], i: number, before: Mention[]): string[] {
  const at = tokens[i]!.start
  const parties = before.filter((m) => m.start < at && m.kind === 'state' && !!m.code)
  const here = sentenceStart(text, at)
  const inSentence = parties.filter((m) => m.start >= here)
  const last = inSentence[inSentence.length - 1]
  const between = tokens.slice(Math.max(0, i - 3), i).some((k) => k.norm === GROUP_BETWEEN)
  const lone =
    last && !between && new Set(inSentence.map((m) => m.code)).size === 1 && oneClause(text, last.end, at)
  const rest = lone ? parties.filter((m) => m.code !== last.code) : parties
  const codes: string[] = []
  for (let k = rest.length - 1; k >= 0 && codes.length < 2; k--) {
    if (!codes.includes(rest[k]!.code!)) codes.push(rest[k]!.code!)
  }
  if (codes.length < 2) return []
  if (codes.some((c) => rest.every((m) => m.code !== c || venue(text, m)))) return []
  const counted = [tokens[i - 1]?.norm, tokens[i - 2]?.norm].some((w) => PAIR_WORDS.has(w ?? ''))
  const listed = (x: Mention | undefined, y: Mention | undefined) =>
    !!x && !!y && LIST_GAP.test(text.slice(x.end, y.start))
  const [m2, m1, m0] = rest.slice(-3)
  if (!counted && listed(m2, m1) && listed(m1, m0) && new Set([m0!.code, m1!.code, m2!.code]).size === 3)
    return []
  return codes.reverse()
}

/** The first state named in the sentence before `at`, else in the sentence before that. */
function stateOpening(text: string, before: Mention[], at: number): string | null {
  const boundary = (from: number) =>
    Math.max(text.lastIndexOf('. ', from - 1), text.lastIndexOf('\n', from - 1)) + 1
  const here = boundary(at)
  const states = before.filter((m) => m.kind === 'state' && m.code && m.start < at)
  const inSentence = states.find((m) => m.start >= here)
  if (inSentence) return inSentence.code
  const prev = boundary(Math.max(0, here - 2))
  return states.find((m) => m.start >= prev && m.start < here)?.code ?? null
}

function kindOf(m: Match): Mention['kind'] {
  const k = m.entries[0]!.kind
  if (k === 'person') return 'person'
  if (k === 'org') return 'org'
  if (k === 'city' || k === 'region') return 'place'
  return 'state'
}

export interface ActorOptions {
  kb: KnowledgeBase
}

export function actorStage(options: ActorOptions): Stage {
  const { kb } = options
  if (!kb || !kb.root) throw new TypeError('actorStage: a knowledge base is required')
  return (page: Page) => {
    for (const article of page.articles) article.actors = findActors(kb, page, article)
  }
}

/** The spans an article's actors are read from: its headline and its body paragraphs. */
function articleSpans(a: Article): readonly { start: number; end: number }[] {
  return a.headlineSpan ? [a.headlineSpan, ...a.paragraphs] : a.paragraphs
}

const NONE: readonly string[] = []

/** The first three letters of a name, without accents, in small letters: "Sergej" and "Sergey" are one given name. */
function givenKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .slice(0, 3)
    .toLowerCase()
}

/**
 * "de Turkse Veiligheidsraad": an organisation's body that states have one of too, right after a state's adjective,
 * is that state's own (the state's code), not the organisation's; null otherwise.
 */
function ownBody(text: string, tokens: Token[], byLast: TokenMap<Match>, m: Match): string | null {
  if (m.entries[0]!.kind !== 'org' || m.last - m.first !== 1 || !OWN_BODIES.has(tokens[m.first]!.norm))
    return null
  const before = m.first > 0 ? byLast.get(m.first - 1) : undefined
  const e = before?.entries[0]
  if (!before || e?.kind !== 'adjective' || !spacesOnly(text, before.end, m.start)) return null
  return e.code
}

export function findActors(kb: KnowledgeBase, page: Page, article: Article): ArticleActors {
  const text = page.text
  // The article's date, else the page's, else the crawl time; without any, titles and then the latest
  // office decide (and the mention says the date was assumed).
  const date = article.published ?? page.meta?.published ?? page.observedAt ?? null
  const mentions: Mention[] = []
  const surnameCache = new Map<string, Set<string>>()
  dropSpanTokens(article)

  for (const place of article.dateline?.places ?? NONE) {
    const code = kb.places.get(normalizeWord(place))
    if (code && article.dateline) {
      const at = text.indexOf(place, article.dateline.span.start)
      mentions.push({ start: at, end: at + place.length, text: place, code, kind: 'place', rule: 'dateline' })
    }
  }

  for (const span of articleSpans(article)) {
    const tokens = tokenize(text, span.start, span.end)
    keepSpanTokens(article, text, span.start, span.end, tokens)
    const matches = matchAll(kb, text, tokens)
    const byFirst = new TokenMap<Match>(tokens.length)
    const byLast = new TokenMap<Match>(tokens.length)
    const local: Mention[] = []
    const covered = new TokenSet(tokens.length)
    for (const m of matches) {
      byFirst.set(m.first, m)
      byLast.set(m.last - 1, m)
      for (let k = m.first; k < m.last; k++) covered.add(k)
    }

    for (const m of matches) {
      const e = m.entries[0]!
      if (e.kind === 'person') continue
      // A group stands for each of its members, all on the group's span.
      if (e.kind === 'group') {
        for (const code of e.members ?? []) {
          local.push({ start: m.start, end: m.end, text: m.text, code, kind: 'state', rule: 'kb/group' })
        }
        continue
      }
      // "de Russische krant", "de Minsk-groep": the adjective or place only describes the noun.
      if (isModifier(kb, text, tokens, m)) continue
      // "Brussel" where the sentence speaks of the EU.
      const context = contextCode(kb, text, tokens, matches, m)
      local.push({
        start: m.start,
        end: m.end,
        text: m.text,
        code: context ?? ownBody(text, tokens, byLast, m) ?? e.code,
        kind: context ? 'org' : kindOf(m),
        rule: context ? 'kb/seat-context' : `kb/${e.kind}`,
      })
    }

    // A known person on a name span: the office they held on the article's date, or the one a title names.
    const knownPerson = (person: Person, first: number, last: number, hint: string | null, rule: string) => {
      const office = officeOfTitle(kb, tokens, first)
      const choice = chooseTerm(person, date, hint, office)
      const start = tokens[first]!.start
      const end = tokens[last - 1]!.end
      // Under a title the base has no term for ("de Britse ambassadeur X", "ex-minister X"), and with no
      // known office on the article's date (or no date): the state the title or the article names, as for a
      // titled person the base lacks.
      const titleRightBefore = first > 0 && roleHead(kb, tokens[first - 1]!.norm) !== null
      const unknownTitle = office && titleRightBefore && !person.terms.some((x) => office.test(x.role))
      const outOfOffice = !choice.covered && unknownTitle
      const titledCode = outOfOffice
        ? (hint ?? soleState([...mentions, ...local].filter((x) => x.start < tokens[first]!.start)))
        : null
      const m: Mention = {
        start,
        end,
        text: text.slice(start, end),
        code: titledCode ?? (choice.term?.actor || null),
        kind: 'person',
        rule: hint || office ? `${rule}-titled` : rule,
        person: person.name,
      }
      if (choice.assumed && !hint && !office) m.dateAssumed = true
      local.push(m)
      for (let k = first; k < last; k++) covered.add(k)
    }
    const unknownPerson = (first: number, last: number, code: string | null, rule: string) => {
      // "Sir Jane Doe": the honorific is no part of the name.
      if (last - first > 2 && HONORIFICS.has(tokens[first]!.norm)) {
        covered.add(first)
        first++
      }
      const start = tokens[first]!.start
      const end = tokens[last - 1]!.end
      const surface = text.slice(start, end)
      // The canonical name is the English one: "Sergej Skripal" is "Sergei Skripal", and a Russian's
      // "Zjirinovski" is "Zhirinovsky" (a Russian: acting for Russia, or after a Russian demonym).
      const before = first > 0 ? byLast.get(first - 1)?.entries[0] : undefined
      const russian = code === RUSSIA || (before?.kind === 'demonym' && before.code === RUSSIA)
      // (Typographic apostrophes are the plain one in a canonical name, as in Wikipedia's titles: "D’Hoore".)
      const person = (
        russian
          ? englishRussianName(englishFromDutchCyrillic(surface, true))
          : englishFromDutchArabic(englishFromDutchCyrillic(surface))
      ).replace(/[’‘]/g, "'")
      local.push({ start, end, text: surface, code, kind: 'person', rule, person })
      for (let k = first; k < last; k++) covered.add(k)
    }

    // People: known ones from the base, unknown ones after a title ("de Iraanse ambassadeur Kazem Jalali").
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      const m = byFirst.get(i)
      // A lone surname followed by another capitalised name is someone else's full name ("Kim Keon-hee").
      const next = m ? tokens[m.last] : undefined
      const partOfLongerName =
        m !== undefined &&
        m.last - m.first === 1 &&
        next !== undefined &&
        next.capital &&
        !byFirst.has(m.last) &&
        spacesOnly(text, m.end, next.start)
      // A lone surname after a given name that is not the known person's is someone else's full name ("Pete Doe"
      // where the base knows "Wopke Doe"); a spelling of the person's own given name ("Sergej" for "Sergey") is
      // theirs.
      const given = m !== undefined && m.last - m.first === 1 ? tokens[m.first - 1] : undefined
      const otherGiven =
        given !== undefined &&
        m!.entries[0]!.kind === 'person' &&
        kb.givenNames.has(given.text) &&
        !byLast.has(m!.first - 1) &&
        // the given name opens the name ("Omar Hassan Poetin" may be two people named one after the other)
        !tokens[m!.first - 2]?.capital &&
        spacesOnly(text, given.end, m!.start) &&
        givenKey(given.text) !== givenKey(m!.entries[0]!.person!.name)
      if (m && m.entries[0]!.kind === 'person' && inCompound(tokens, m.first, m.last)) {
        for (let k = m.first; k < m.last; k++) covered.add(k)
        i = m.last - 1
        continue
      }
      if (m && m.entries[0]!.kind === 'person' && !partOfLongerName && !otherGiven) {
        // A lone surname after a full mention of someone else with that surname ("Michel Doe ... Doe") is
        // that earlier person, not the one the base's lone form points to.
        const earlier =
          m.last - m.first === 1 ? earlierBySurname(kb, [...mentions, ...local], t, surnameCache) : null
        if (earlier && earlier.person !== m.entries[0]!.person!.name) {
          local.push(surnameOf(t, earlier))
          covered.add(i)
          continue
        }
        knownPerson(
          m.entries[0]!.person!,
          m.first,
          m.last,
          // "VVD-leider Jane Doe", "Jane Doe (CDA)": a party names the state too.
          titleHint(kb, text, tokens, i, byLast) ?? partyOf(kb, text, tokens, m.first, m.last),
          'kb/person',
        )
        i = m.last - 1
        continue
      }
      const orgRole =
        m && m.last === i + 1 && m.entries[0]!.kind === 'org' && /^\p{Lu}/u.test(t.text) ? m : null
      const head = roleHead(kb, t.norm)
      if (!orgRole && (!head || covered.has(i))) continue
      const isPrivate = head !== null && kb.privateRoles.has(head)
      // The name follows the title in the same sentence ("vicepremier. Voor de ..." is no name).
      const gap = tokens[i + 1] ? text.slice(t.end, tokens[i + 1]!.start) : ''
      const after = /^[ \u00a0]+$/.test(gap)
        ? nameAfterTitle(kb, text, tokens, i + 1, covered, byFirst)
        : null
      // A title before a name belongs to that name, not to the words before its comma ("minister X van
      // Buitenlandse Zaken, minister Y").
      const name =
        after ?? (startsName(tokens, i + 1) ? null : nameBeforeComma(kb, text, tokens, i, covered, byLast))
      if (!name) {
        // "premier Diab", "de Spaanse premier Sánchez": a lone surname the base knows for that office.
        const lone =
          /^[ \u00a0]+$/.test(gap) && !isPrivate
            ? titledSurname(kb, text, tokens, i, date, byLast, byFirst)
            : null
        if (lone && !covered.has(lone.at) && !byFirst.has(lone.at)) {
          const hint =
            stateBefore(text, tokens, i, byLast) ?? placeAfter(kb, text, tokens, lone.at + 1, byFirst)
          knownPerson(lone.person, lone.at, lone.at + 1, hint, 'title/surname')
          i = lone.at
        }
        continue
      }
      if (byFirst.has(name.first)) continue // a known person after a title is handled above
      // "FNV-voorzitter Jane Doe", "Formule 1-baas Jane Doe": a title joined to a body the base does not know
      // (no actor, no party) heads that body, which acts for no state.
      const prevT = tokens[i - 1]
      const ownBody =
        t.joined &&
        prevT !== undefined &&
        (prevT.capital || /^\p{N}/u.test(prevT.text)) &&
        !byLast.has(i - 1) &&
        partyBeforeRole(kb, tokens, i) === null
      let code: string | null = null
      if (!isPrivate && !ownBody) {
        code =
          orgRole?.entries[0]!.code ??
          (after && !after.phrase
            ? titleHint(kb, text, tokens, name.first, byLast)
            : stateBefore(text, tokens, i, byLast)) ??
          name.place ??
          placeAfter(kb, text, tokens, Math.max(name.last, i + 1), byFirst) ??
          // "Jane Doe, hoofd van de commissie defensie van het Keniaanse parlement": the state or body the
          // apposition's title is of, further on in it.
          (after && !after.phrase ? null : bodyOfTitle(kb, text, tokens, i, byFirst)) ??
          // "PVV-leider Jane Doe", "Kamerlid Jane Doe (CDA)": the party's state.
          partyOf(kb, text, tokens, name.first, name.last) ??
          // A political title with no state named ("president Yoweri Museveni", "minister Jane Doe") acts for
          // the state the article is about, when it has named only one so far: the base knows the home
          // state's ministers, so an unknown one in an article about one foreign state is of that state.
          soleState([...mentions, ...local].filter((x) => x.start < t.start)) ??
          // "minister Jane Doe" with no state named: a minister of the home state.
          kb.homeRoles.get(head ?? t.norm) ??
          null
      }
      // The base may know the name under another spelling ("minister Sergej Lavrov").
      const known = personByKey(kb, tokens, name.first, name.last)
      if (known && !isPrivate) knownPerson(known, name.first, name.last, code, 'key/person')
      else unknownPerson(name.first, name.last, code, isPrivate ? 'title/private-person' : 'title/person')
      if (!after) continue
      i = name.last - 1
    }

    // People the base lacks and no title introduces: a known given name and a capitalised surname, a name
    // with an Arabic particle inside ("Saad al-Hariri", "Mohammed bin Salman"), or a name after a
    // demonym ("de Ier Paschal Donohoe"). The base may still know them under another spelling.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (covered.has(i) || !t.capital || t.joined) continue
      // A name has a second word: a capitalised one or a particle.
      const second = tokens[i + 1]
      if (!second || (!second.capital && !PARTICLES.has(second.norm))) continue
      // A sentence's capitalised first word starts an unknown name only as a given name ("Volgens Jane Doe").
      const initial = sentenceInitial(text, tokens, i) && !kb.givenNames.has(t.text)
      const name = nameAfterTitle(kb, text, tokens, i, covered, byFirst)
      if (!name || name.first !== i) continue
      // Part of a longer proper name: "San Luis Potosí", "Omar Hassan al-Bashir" (a known person).
      const prev = tokens[i - 1]
      // (A capitalised first word of a sentence is no part of a name: "Volgens Jane Doe"; a credit's name
      // is no actor: "Foto Jane Doe/Reuters".)
      // (A credit word opens a credit as written, with a capital: "Door Jane Doe" is a byline, "gewonnen door
      // Jane Doe" a passive's agent.)
      if (prev && prev.capital && kb.credits.has(prev.norm)) continue
      // ("VVD'er Jane Doe": a party member's word is no part of the name.)
      const afterCapital =
        prev?.capital &&
        !prev.norm.endsWith("'er") &&
        spacesOnly(text, prev.end, t.start) &&
        !sentenceInitial(text, tokens, i - 1)
      // (Only a word right after the name can continue it: "Jane Doe, Kenia-kenner" ends at the comma. A
      // state's name after the name starts the next phrase: "waarna Jane Doe Nederland op voorsprong bracht".)
      const nextWord = tokens[name.last]
      const adjacent =
        nextWord !== undefined && spacesOrHyphens(text, tokens[name.last - 1]!.end, nextWord.start)
      const after = byFirst.get(name.last)?.entries[0]
      // ("Jane Q. Doe": a name does not end in an initial.)
      if (tokens[name.last - 1]!.text.length === 1) continue
      if (adjacent && ((covered.has(name.last) && after?.kind !== 'name') || after?.kind === 'person'))
        continue
      if (inCompound(tokens, name.first, name.last)) continue
      const known = personByKey(kb, tokens, name.first, name.last)
      if (known && !afterCapital) {
        knownPerson(known, name.first, name.last, null, 'key/person')
        i = name.last - 1
        continue
      }
      if (initial || PLACE_ENDING.test(tokens[name.last - 1]!.norm)) continue
      if (afterCapital && !(prev && covered.has(i - 1) && byLast.get(i - 1)?.entries[0]!.kind === 'demonym'))
        continue
      // A politician beside a party ("Jane Doe van D66", "VVD'er Jane Doe") acts for the party's state.
      const party = partyOf(kb, text, tokens, name.first, name.last)
      const rule = kb.givenNames.has(t.text)
        ? 'name/given'
        : hasArabicParticle(tokens, name.first, name.last)
          ? 'name/particle'
          : byLast.get(i - 1)?.entries[0]!.kind === 'demonym' && spacesOnly(text, prev!.end, t.start)
            ? 'name/demonym'
            : party
              ? 'name/party'
              : null
      if (!rule) continue
      unknownPerson(name.first, name.last, party, rule)
      i = name.last - 1
    }

    // A relative named after a kinship noun ("Jane Doe en diens dochter Mary", "Does echtgenote Mary Roe") has
    // the relative's actor (a head of state's spouse travels for the state), and a given name alone takes
    // the relative's surname.
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i]!
      if (!KIN_NOUNS.has(t.norm) || !spacesOnly(text, t.end, tokens[i + 1]!.start)) continue
      const prevT = tokens[i - 1]!
      if (!spacesOnly(text, prevT.end, t.start)) continue
      let relative: Mention | undefined
      if (KIN_POSSESSIVES.has(prevT.norm)) {
        relative = lastOf(mentions, (x) => x.kind === 'person' && !!x.person)
        for (const x of local)
          if (
            x.kind === 'person' &&
            x.person &&
            x.end <= prevT.start &&
            (!relative || x.start > relative.start)
          )
            relative = x
      } else {
        // "Does dochter": the genitive of a person's name.
        relative = local.find((x) => x.kind === 'person' && x.end === prevT.end && /s$/.test(x.text))
      }
      if (!relative?.person) continue
      const next = tokens[i + 1]!
      const named = local.find((x) => x.kind === 'person' && x.start === next.start)
      if (named) {
        if (named.code === null && named.rule.startsWith('name/')) named.code = relative.code
        continue
      }
      const after = tokens[i + 2]
      const single = !(after?.capital && spacesOrHyphens(text, next.end, after.start))
      const surname = relative.person.split(' ').at(-1)!
      if (
        !next.capital ||
        covered.has(i + 1) ||
        !single ||
        byFirst.has(i + 1) ||
        / of /.test(relative.person)
      )
        continue
      if (roleHead(kb, next.norm) !== null || next.norm.length < 3) continue
      // A Dutch-Cyrillic relative's given name is transliterated as theirs was ("Joelia": "Yulia").
      const slavic =
        relative.person !== relative.text && englishFromDutchCyrillic(relative.text) === relative.person
      local.push({
        start: next.start,
        end: next.end,
        text: next.text,
        code: relative.code,
        kind: 'person',
        rule: 'name/kin',
        person: `${englishFromDutchCyrillic(next.text, slavic)} ${surname}`,
      })
      covered.add(i + 1)
    }

    // A lone surname after a full mention in the article ("Klever", "Kaddafi") is that person.
    // (People mentioned so far by the keys of their surnames: a token looks up its own key only.)
    const named = new Map<string, Mention[]>()
    for (const x of [...mentions, ...local]) {
      if (x.kind !== 'person' || !x.person) continue
      for (const key of surnameKeys(kb, x, surnameCache)) {
        const list = named.get(key)
        if (list) list.push(x)
        else named.set(key, [x])
      }
    }
    for (let i = 0; i < tokens.length && named.size > 0; i++) {
      const t = tokens[i]!
      if (covered.has(i) || !t.capital || t.joined || t.norm.length < 3) continue
      const nextT = tokens[i + 1]
      if (nextT?.capital && !covered.has(i + 1) && spacesOnly(text, t.end, nextT.start)) continue
      let earlier: Mention | undefined
      for (const x of named.get(nameKey(t.text)) ?? []) {
        if (x.start < t.start && (!earlier || x.start > earlier.start)) earlier = x
      }
      if (!earlier) continue
      local.push(surnameOf(t, earlier))
      covered.add(i)
    }

    // Role nouns and pronouns standing for the last person named before them.
    local.sort((a, b) => a.start - b.start)
    const resolved: Mention[] = []
    // Every mention so far (earlier spans, then this one's): read at each token, so grown in place rather
    // than copied per token, which made long articles quadratic.
    const known: Mention[] = [...mentions]
    const resolve = (m: Mention) => {
      resolved.push(m)
      known.push(m)
    }
    let li = 0
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      while (li < local.length && local[li]!.start <= t.start) resolve(local[li++]!)
      // "Het leger greep de macht": a state's body named with no state is of the one state the article has named
      // so far; with none or several named, of no state known.
      const bodyState = isBody(tokens, i) && !covered.has(i) ? soleNamedState(known, t.start) : null
      if (bodyState) {
        resolve({
          start: t.start,
          end: t.end,
          text: t.text,
          code: bodyState,
          kind: 'role',
          rule: 'coref/body',
        })
        continue
      }
      // "Drie Iraanse schepen ... Ze trokken zich terug": a plural pronoun for the states of a group subject.
      const group = PLURAL_PRONOUNS.has(t.norm) ? groupSubjectBefore(text, tokens, known, t.start) : []
      if (group.length > 0) {
        for (const g of group) {
          resolve({
            start: t.start,
            end: t.end,
            text: t.text,
            code: g.code,
            kind: 'pronoun',
            rule: 'coref/plural',
          })
        }
        continue
      }
      // Most words are none of a role after an article, a pronoun, "land(en)" or an organisation's noun.
      if (
        !ARTICLES.has(tokens[i - 1]?.norm ?? '') &&
        !PRONOUNS.has(t.norm) &&
        !ANAPHOR_NOUNS.has(t.norm) &&
        !kb.orgAnaphors.has(t.norm)
      )
        continue
      const isRole =
        ARTICLES.has(tokens[i - 1]?.norm ?? '') &&
        !covered.has(i) &&
        !startsName(tokens, i + 1) &&
        roleHead(kb, t.norm) !== null
      const isPronoun = PRONOUNS.has(t.norm)
      // "dat land" / "het land" and "de landen" / "beide landen" stand for states named before.
      const anaphor = stateAnaphor(text, tokens, i, known)
      if (anaphor) {
        const first = tokens[i - 1]!
        for (const code of anaphor.codes) {
          const span = { start: first.start, end: t.end, text: text.slice(first.start, t.end) }
          resolve({ ...span, code, kind: 'role', rule: anaphor.rule })
        }
        continue
      }
      // "de dienst", "de beweging": the organisation named last.
      if (kb.orgAnaphors.has(t.norm) && DEFINITE.has(tokens[i - 1]?.norm ?? '') && !covered.has(i)) {
        const org = lastOf(known, (x) => x.kind === 'org' && !!x.code)
        if (org) {
          const first = tokens[i - 1]!
          const span = { start: first.start, end: t.end, text: text.slice(first.start, t.end) }
          resolve({ ...span, code: org.code, kind: 'role', rule: 'coref/org' })
        }
        continue
      }
      if (!isRole && !isPronoun) continue
      const last =
        (isPronoun ? roleSubjectBefore(kb, text, tokens, known, t.start) : undefined) ??
        (isPronoun ? subjectBefore(text, known, t.start) : undefined) ??
        lastOf(known, (x) => x.kind === 'person' && !!x.code)
      if (!last) continue
      resolve({
        start: t.start,
        end: t.end,
        text: t.text,
        code: last.code,
        kind: isRole ? 'role' : 'pronoun',
        rule: isRole ? 'coref/role' : 'coref/pronoun',
        person: last.person,
      })
    }
    while (li < local.length) resolved.push(local[li++]!)
    mentions.push(...resolved)
  }

  // With no date and no title, of a person's offices the latest among the actors the article names
  // ("Charles Michel" in an article about Belgium).
  const undated = mentions.filter((m) => m.dateAssumed)
  const named = new Set(
    undated.length > 0 ? mentions.filter((m) => m.kind !== 'person' && m.code).map((m) => m.code!) : [],
  )
  for (const m of undated) {
    const terms = kb.people.get(m.person!)?.terms.filter((x) => named.has(x.actor)) ?? []
    if (terms.length > 0) m.code = terms[terms.length - 1]!.actor
  }
  // A person named once with a title ("NAVO-chef Stoltenberg", "Jane Doe, voorzitter van de Eurogroep")
  // and once without acts for the titled office throughout the article.
  const isTitled = (m: Mention) => m.rule.endsWith('-titled') || (m.rule === 'title/person' && !!m.code)
  const titled = new Map<string, string | null>()
  for (const m of mentions) if (m.person && isTitled(m) && !titled.has(m.person)) titled.set(m.person, m.code)
  // (One person acts for one actor in an article: the first title decides.)
  for (const m of mentions) {
    if (m.person && m.rule !== 'title/private-person' && titled.has(m.person)) {
      m.code = titled.get(m.person)!
    }
  }
  const assumed = [...new Set(mentions.filter((m) => m.dateAssumed).map((m) => m.person!))]
  if (assumed.length > 0) {
    const first = mentions.find((m) => m.dateAssumed)!
    ;(page.messages ??= []).push({
      ruleId: 'actors/date-assumed',
      severity: 'info',
      text: `no article date or crawl time: took the latest office of ${assumed.join(', ')}`,
      span: { start: first.start, end: first.end },
    })
  }
  const people: PersonRef[] = []
  const seen = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.person || seen.has(m.person)) continue
    seen.add(m.person)
    people.push({ name: m.person, actor: m.code })
  }
  const codeSet = new Set<string>()
  for (const m of mentions) if (m.kind !== 'pronoun' && m.code) codeSet.add(m.code)
  const codes = [...codeSet].sort()
  return { mentions, people, codes }
}

/**
 * "Frank Elderson, toezichtdirecteur van De Nederlandsche Bank", "Jane Doe, de Keniaanse minister van
 * Handel": a name, a comma, then (over an article and adjectives) the title.
 */
function nameBeforeComma(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  role: number,
  covered: TokenSet,
  byLast: TokenMap<Match>,
): { first: number; last: number; place: null } | null {
  let last = role
  for (let k = 0; k < 3 && last > 0; k++) {
    const t = tokens[last - 1]!
    if (!spacesOnly(text, t.end, tokens[last]!.start)) break
    const adjective = byLast.get(last - 1)?.entries[0]!.kind === 'adjective'
    // Between the comma and the title only an article and adjectives: "X Y, de voormalige Keniaanse minister".
    if (
      !adjective &&
      !ARTICLES.has(t.norm) &&
      !(!t.capital && t.norm.endsWith('e') && roleHead(kb, t.norm) === null)
    )
      break
    last--
  }
  if (last < 2 || !/^\s*,\s*$/.test(text.slice(tokens[last - 1]!.end, tokens[last]!.start))) return null
  let first = last
  while (first > 0 && last - first < 4) {
    const t = tokens[first - 1]!
    // "Jane al-Doe", "Jane van der Doe": particles inside the name, with a capitalised word before them.
    const particle =
      !t.capital && first < last && PARTICLES.has(t.norm) && particleBeforeName(tokens, first - 1, covered)
    if ((!t.capital && !particle) || covered.has(first - 1)) break
    if (first < last && !spacesOrHyphens(text, t.end, tokens[first]!.start)) break
    first--
  }
  // A name opens with a capital, not with a particle.
  while (first < last && !tokens[first]!.capital) first++
  // "Daarover Jane Doe, journalist": a pronominal adverb opening the sentence is no part of the name.
  const opener = tokens[first]!.norm
  if (
    last - first > 2 &&
    sentenceInitial(text, tokens, first) &&
    [...ADVERB_PREFIXES].some((p) => opener.startsWith(p) && opener.length > p.length + 1)
  )
    first++
  return last - first >= 2 ? { first, last, place: null } : null
}

/**
 * The known person a name stands for under another spelling ("Moammar al-Khadafi", "A. Loekasjenko"), when
 * only one fits.
 */
function personByKey(kb: KnowledgeBase, tokens: Token[], first: number, last: number): Person | null {
  const words = tokens.slice(first, last).map((t) => t.text)
  const found = kb.personKeys.get(fullNameKey(words))
  if (found) return found.length === 1 ? found[0]! : null
  // "Pieter-Christiaan": a hyphen joins two given names, no given name and surname.
  if (tokens[first + 1]?.joined) return null
  // Another spelling of the given name, or an initial: the surname and the first letter must agree.
  const initials = initialsKey(words)
  const byInitial = initials ? kb.personKeys.get(initials) : undefined
  return byInitial?.length === 1 ? byInitial[0]! : null
}

/**
 * Last words of street, square, building and prize names after a given name ("Willem Boerplein", "Johan
 * Cruijff Arena"): a compound's ending (a surname may be one whole: "Van der Laan"), or a building on its own.
 */
const PLACE_ENDING =
  /^(?:.{3,}(?:plein|straat|laan|kade|gracht|ziekenhuis|instituut|fonds|prijs|paleis|museum|centrum|zaal)|arena|stadion)$/

/**
 * "Mohammed bin Salman", "Mohamed Ould Ghazouani": a patronymic particle inside the name. ("al-" and "el-"
 * are no evidence alone: places and groups carry them too, "Bir al-Ghanam", "al-Shabaab".)
 */
function hasArabicParticle(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last - 1; k++) if (PATRONYMIC_PARTICLES.has(tokens[k]!.norm)) return true
  return false
}

/** Keys of the surnames a person mention may be referred back to by. */
function surnameKeys(kb: KnowledgeBase, m: Mention, cache: Map<string, Set<string>>): Set<string> {
  const known = kb.people.get(m.person!)
  if (known) return known.surnames
  let keys = cache.get(m.person!)
  if (!keys) {
    const words = tokenize(m.person!)
    keys = new Set(words.length > 1 ? [nameKey(words[words.length - 1]!.text)] : [])
    cache.set(m.person!, keys)
  }
  return keys
}

/** The person named last before token `t` whose surname has the token's key. */
function earlierBySurname(
  kb: KnowledgeBase,
  before: Mention[],
  t: Token,
  cache: Map<string, Set<string>>,
): Mention | null {
  const key = nameKey(t.text)
  let earlier: Mention | null = null
  for (const x of before) {
    if (x.kind !== 'person' || !x.person || x.start >= t.start) continue
    if ((!earlier || x.start > earlier.start) && surnameKeys(kb, x, cache).has(key)) earlier = x
  }
  return earlier
}

/** "van der Veen", "al-Hariri": a particle (or two) and then a capitalised word, inside a name. */
function particleBeforeName(tokens: Token[], i: number, covered: TokenSet): boolean {
  let k = i
  while (k < i + 3 && PARTICLES.has(tokens[k]?.norm ?? '') && !tokens[k]!.capital) k++
  return k > i && tokens[k]?.capital === true && !covered.has(k)
}

/** The token opens a sentence, a quote or the span. */
function sentenceInitial(text: string, tokens: Token[], k: number): boolean {
  if (k === 0) return true
  return /[.!?:;\n"“”„'‘’(]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))
}

/**
 * "het leger", "het ministerie": a state's body after an article, with no state before it ("het Peruaanse leger"
 * is Peru's) nor after it ("het leger van Peru", "het ministerie in Lima", "het leger-Doe").
 */
function isBody(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  return (
    BODY_NOUNS.has(t.norm) &&
    !t.joined &&
    BODY_ARTICLES.has(tokens[i - 1]?.norm ?? '') &&
    !tokens[i + 1]?.joined &&
    !BODY_NAMERS.has(tokens[i + 1]?.norm ?? '')
  )
}

/** The one state named (not as a place, nor by the dateline) before `at`, or nothing when none or several are. */
function soleNamedState(known: Mention[], at: number): string | null {
  const codes = new Set(known.filter((m) => m.kind === 'state' && m.code && m.start < at).map((m) => m.code))
  return codes.size === 1 ? [...codes][0]! : null
}

function soleState(before: Mention[]): string | null {
  const states = new Set(before.filter((x) => x.kind === 'state' || x.kind === 'place').map((x) => x.code))
  return states.size === 1 ? [...states][0]! : null
}

function startsName(tokens: Token[], i: number): boolean {
  return tokens[i]?.capital === true
}

/**
 * The name after a title: capitalised words (with particles such as "van der", "al-") right after the role
 * noun, or after "minister van Buitenlandse Zaken". Needs two words unless the base knows the person.
 */
function nameAfterTitle(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  from: number,
  covered: TokenSet,
  byFirst: TokenMap<Match>,
): { first: number; last: number; place: string | null; phrase: boolean } | null {
  let i = from
  let place: string | null = null
  if (tokens[i]?.norm === OF) {
    const ministry = kb.ministries.find((seq) => seq.every((w, k) => tokens[i + 1 + k]?.norm === w))
    // "fractievoorzitter van NSC Jane Doe": the party, then the name.
    const party = ministry
      ? null
      : partyAt(kb, tokens, DEFINITE.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1)
    if (ministry) i += 1 + ministry.length
    else if (party) {
      place = party.code
      i = party.last
    } else {
      // "de gouverneur van Minnesota, Tim Walz": a place, a comma, then the name; "de voorzitter van het
      // Europees Parlement Jane Doe": a body (or state), then the name.
      const k = DEFINITE.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1
      const m = byFirst.get(k)
      const e = m?.entries[0]
      const gap = m ? text.slice(m.end, tokens[m.last]?.start ?? m.end) : ''
      if (
        m &&
        e &&
        e.kind !== 'person' &&
        (/^\s*,\s*$/.test(gap) || (/^[ \u00a0]+$/.test(gap) && (e.kind === 'org' || e.kind === 'name')))
      ) {
        place = e.code
        i = m.last
      }
    }
  }
  // "de Keniaanse ambassadeur in Nederland, Jane Doe", "het hoofd van de commissie defensie, Jane Doe": a
  // phrase of a few words after the title, a comma, then the name.
  let phrase = false
  if (i === from && (tokens[i]?.norm === OF || kb.locativeWords.has(tokens[i]?.norm ?? ''))) {
    for (let k = i + 2; k < tokens.length && k <= i + 9; k++) {
      const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start)
      if (/^\s*,\s*$/.test(gap) && !/\n/.test(gap)) {
        i = k
        phrase = true
        break
      }
      if (!/^[ \u00a0-]+$/.test(gap) || byFirst.get(k)?.entries[0]!.kind === 'person') break
    }
  }
  const first = i
  // "correspondent van De Standaard": a name opens with a capital.
  if (!tokens[first]?.capital) return null
  let capitals = 0
  while (i < tokens.length && i - first < 8) {
    const t = tokens[i]!
    if (i > first && !spacesOrHyphens(text, tokens[i - 1]!.end, t.start)) break
    if (covered.has(i)) break
    // "minister Wopke Hoekstra van Financiën": the ministry after the name is not part of it.
    if (t.norm === OF && kb.ministries.some((seq) => seq.every((w, k) => tokens[i + 1 + k]?.norm === w)))
      break
    // "Jane Doe van D66": the party after the name is not part of it either.
    if (t.norm === OF && partyAt(kb, tokens, DEFINITE.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1)) break
    if (t.capital) capitals++
    else if (!particleBeforeName(tokens, i, covered)) break
    i++
  }
  if (capitals < 2) return null
  return { first, last: i, place, phrase }
}

/** The actor a title ties a name to: "de Iraanse ambassadeur X", "NAVO-chef X", "EU-buitenlandchef X". */
function titleHint(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  nameFirst: number,
  byLast: TokenMap<Match>,
): string | null {
  let i = nameFirst - 1
  if (i < 0) return null
  // Skip back over "minister van Buitenlandse Zaken" to the role noun.
  for (let k = 0; k < 4 && i >= 0 && roleHead(kb, tokens[i]!.norm) === null; k++) i--
  if (i < 0 || roleHead(kb, tokens[i]!.norm) === null) return null
  const before = stateBefore(text, tokens, i, byLast)
  if (before) return before
  // "de leider van Hamas, Jane Doe", "de president van Kenia Jane Doe": the body or state the title is of,
  // right before the name (not a ministry: "minister van Buitenlandse Zaken Jane Doe").
  const body = byLast.get(nameFirst - 1)
  const e = body?.entries[0]
  if (
    !body ||
    !e ||
    e.kind === 'person' ||
    !e.code ||
    tokens[i + 1]?.norm !== OF ||
    body.first !== (DEFINITE.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2) ||
    kb.ministries.some((seq) => seq.every((w, k) => tokens[i + 2 + k]?.norm === w)) ||
    isModifier(kb, text, tokens, body)
  )
    return null
  return e.code
}

/** The state or body before a role noun, over lowercase adjectives: "de Amerikaanse speciale gezant". */
function stateBefore(text: string, tokens: Token[], role: number, byLast: TokenMap<Match>): string | null {
  for (let k = role - 1; k >= Math.max(0, role - 3); k--) {
    if (!spacesOrHyphens(text, tokens[k]!.end, tokens[k + 1]!.start, true)) break
    const before = byLast.get(k)
    if (before) {
      const e = before.entries[0]!
      return e.kind !== 'person' && e.code ? e.code : null
    }
    if (tokens[k]!.capital || ARTICLES.has(tokens[k]!.norm)) break
  }
  return null
}

/** The office a title before a name speaks of ("minister Wopke Hoekstra": a minister's term). */
function officeOfTitle(kb: KnowledgeBase, tokens: Token[], nameFirst: number): RegExp | null {
  for (let i = nameFirst - 1; i >= Math.max(0, nameFirst - 5); i--) {
    // "minister-president": the compound's office before its last part's ("president").
    const compound = tokens[i]!.joined && i > 0 ? `${tokens[i - 1]!.norm}-${tokens[i]!.norm}` : null
    const head = roleHead(kb, tokens[i]!.norm)
    const office = (compound && kb.roleOffices.get(compound)) || (head ? kb.roleOffices.get(head) : undefined)
    if (office) return office
    if (head) return null
  }
  return null
}

/**
 * The known person a lone surname after a title stands for ("premier Diab", "de Spaanse premier Sánchez"): of
 * the people with that surname, the one with a term in the title's office (for the state named before the
 * title, and on the article's date when known); null unless exactly one fits.
 */
function titledSurname(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  role: number,
  date: string | null,
  byLast: TokenMap<Match>,
  byFirst: TokenMap<Match>,
): { person: Person; at: number } | null {
  // "minister van Buitenlandse Zaken Doe": the ministry between the title and the surname.
  let at = role + 1
  const ministry =
    tokens[at]?.norm === OF
      ? kb.ministries.find((seq) => seq.every((w, k) => tokens[at + 1 + k]?.norm === w))
      : null
  if (ministry) at += 1 + ministry.length
  const t = tokens[at]
  const next = tokens[at + 1]
  if (!t?.capital || t.joined || t.norm.length < 3) return null
  if (ministry && !spacesOnly(text, tokens[at - 1]!.end, t.start)) return null
  // "premier Jane Doe" is a full name, not a surname.
  if (next?.capital && spacesOrHyphens(text, t.end, next.start)) return null
  const office = officeOfTitle(kb, tokens, at)
  const candidates = kb.bySurname.get(nameKey(t.text))
  if (!office || !candidates) return null
  // The state before the title, else after the surname ("president Doe van Kenia").
  const state = stateBefore(text, tokens, role, byLast) ?? placeAfter(kb, text, tokens, at + 1, byFirst)
  const day = date?.slice(0, 10) ?? null
  const fits = candidates.filter((p) =>
    p.terms.some(
      (x) =>
        office.test(x.role) &&
        (!state || x.actor === state) &&
        (!day ||
          ((!x.from || x.from.slice(0, day.length) <= day) && (!x.to || day <= x.to.slice(0, day.length)))),
    ),
  )
  return fits.length === 1 ? { person: fits[0]!, at } : null
}

/** The party whose form starts at token `k` ("GroenLinks-PvdA", "Partij voor de Dieren"), longest first. */
function partyAt(kb: KnowledgeBase, tokens: Token[], k: number): { code: string; last: number } | null {
  for (const p of kb.parties) {
    if (p.words.every((w, j) => tokens[k + j]?.norm === w)) return { code: p.code, last: k + p.words.length }
  }
  return null
}

/** A party at `k`, or after one inflected lowercase adjective ("de liberale MR", "(christendemocratische CD&V)"). */
function partyOverAdjective(
  kb: KnowledgeBase,
  tokens: Token[],
  k: number,
): { code: string; last: number } | null {
  const t = tokens[k]
  const adjective = t !== undefined && !t.capital && !t.joined && t.norm.length > 3 && t.norm.endsWith('e')
  return partyAt(kb, tokens, k) ?? (adjective ? partyAt(kb, tokens, k + 1) : null)
}

/**
 * The state of the party a name stands beside: after it ("Jane Doe van D66", "Jane Doe (CDA)") or before it
 * ("VVD'er Jane Doe", "PVV-leider Jane Doe", "D66-Kamerlid Jane Doe").
 */
function partyOf(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  first: number,
  last: number,
): string | null {
  if (kb.parties.length === 0) return null
  const next = tokens[last]
  if (next) {
    const gap = text.slice(tokens[last - 1]!.end, next.start)
    if (/^[ \u00a0]*\($/.test(gap)) {
      const p = partyOverAdjective(kb, tokens, last)
      if (p && /^[ \u00a0]*\)/.test(text.slice(tokens[p.last - 1]!.end))) return p.code
    } else if (next.norm === OF && /^[ \u00a0]+$/.test(gap)) {
      const k = DEFINITE.has(tokens[last + 1]?.norm ?? '') ? last + 2 : last + 1
      const p = partyOverAdjective(kb, tokens, k)
      if (p) return p.code
    }
  }
  const prev = tokens[first - 1]
  if (!prev || !spacesOnly(text, prev.end, tokens[first]!.start)) return null
  // "VVD'er", "NSC'er": a member of the party.
  if (prev.norm.endsWith("'er")) {
    const stem = prev.norm.slice(0, -3)
    return kb.parties.find((p) => p.words.length === 1 && p.words[0] === stem)?.code ?? null
  }
  return partyBeforeRole(kb, tokens, first - 1)
}

/** "PVV-leider", "GL-PvdA-Kamerlid": a party joined by a hyphen to the title at `role`. */
function partyBeforeRole(kb: KnowledgeBase, tokens: Token[], role: number): string | null {
  if (!tokens[role]?.joined) return null
  for (const p of kb.parties) {
    const k = role - p.words.length
    if (k >= 0 && p.words.every((w, j) => tokens[k + j]!.norm === w)) return p.code
  }
  return null
}

/**
 * The state or body a title in an apposition is of, over a chain of "van" phrases ("hoofd van de commissie
 * defensie van het Keniaanse parlement"): the first actor named before the apposition ends, unless
 * a locative word puts it in a place ("hoofd van het comité in Mombasa") or it is a modifier ("de Keniaanse
 * krant").
 */
function bodyOfTitle(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  role: number,
  byFirst: TokenMap<Match>,
): string | null {
  if (tokens[role + 1]?.norm !== OF) return null
  for (let k = role + 1; k < tokens.length && k <= role + 10; k++) {
    if (k > role + 1 && !spacesOrHyphens(text, tokens[k - 1]!.end, tokens[k]!.start)) return null
    if (kb.locativeWords.has(tokens[k]!.norm)) return null
    const m = byFirst.get(k)
    if (!m) continue
    const e = m.entries[0]!
    if (e.kind === 'person' || !e.code) return null
    if (isModifier(kb, text, tokens, m)) return null
    return e.code
  }
  return null
}

/**
 * "gouverneur Tim Walz van Minnesota": the place after the name. ("hoofd van de Keniaanse krant": an adjective
 * that only describes the noun names no one.)
 */
function placeAfter(
  kb: KnowledgeBase,
  text: string,
  tokens: Token[],
  last: number,
  byFirst: TokenMap<Match>,
): string | null {
  if (tokens[last]?.norm !== OF) return null
  let i = last + 1
  if (tokens[i] && ARTICLES.has(tokens[i]!.norm) && !byFirst.has(i)) i++
  const m = byFirst.get(i)
  const e = m?.entries[0]
  return e && e.kind !== 'person' && !isModifier(kb, text, tokens, m!) ? e.code : null
}

/** A lone surname standing for the person an earlier mention named in full. */
function surnameOf(t: Token, earlier: Mention): Mention {
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    code: earlier.code,
    kind: 'person',
    rule: 'name/surname',
    person: earlier.person!,
  }
}
