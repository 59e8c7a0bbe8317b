// A cue's act in its sentence: whether the cue tells one (dismissed), who does it and on whom as its clause tells
// it (actOf), whom it is aimed at when its clause names no one (aimOf), the pairs of sides it is coded for (pairsOf)
// and their events (pairEvents). All of them read the sentence through one Reading, made once by codeSentence.

import type { Span } from '../core/span.js'
import type { Mention } from '../actors/index.js'
import { fileURLToPath } from 'node:url'
import type { Token } from '../actors/normalize.js'
import { BLAME, NAMING, type CueMatch, type CueType, type EventType } from './lexicon.js'
import { MUTUAL_TYPES, REFLEXIVE } from './types.js'
import { failedTalks, mainCounterpart } from './discourse.js'
import { dealName, LEAVE, leftDeal } from './deals.js'
import { dismissed } from './dismissals.js'
import {
  assignArguments,
  heldIn,
  MATERIAL,
  passiveVictim,
  pastArticle,
  receivedFrom,
  summoned,
  VERDICTS,
  type Arguments,
} from './arguments.js'
import { clauses } from './clauses.js'
import { carriedClause } from './carry.js'
import { counterpartOf, REPLY_TYPES, type Told } from './counterpart.js'
import { W, WORDS } from './words.js'
import { codedEvent, quoted, type CodedEvent, type EventLexicon, type ToldAct } from './coded.js'
import { modalityOf, polarityOf } from './polarity.js'
import { aimedAttack, compatriot, coordinated, isNounCue, listBefore, pastAdjectives } from './phrases.js'
import {
  calledAtHome,
  complementCaller,
  domesticCaller,
  homeAddressee,
  calledForAtHome,
  invertedAsker,
  unnamedCaller,
} from './requests.js'
import { readWordSets } from '../actors/words.js'

const PREPOSITIONS = WORDS.get('prepositions')
const DENIALS = WORDS.get('denials')
const GRIEVANCES = WORDS.get('grievances')
const SUBJECT_PRONOUNS = WORDS.get('subject-pronouns')
const ENVOYS = WORDS.get('envoys')

/** Words of taking part in a meeting: "neemt deel aan", "woont ... bij", "schuift aan bij". */
const ATTENDING = WORDS.get('attending')

/** Verbs of receiving a visitor, whose place is where the host is: "ontvangen in Rabat". */
const HOSTING = WORDS.get('hosting')
const LEANINGS = WORDS.get('leanings')
const RECIPROCALS = WORDS.get('reciprocals')

/** Besides the mutual types, what a domestic party does to its own state with no one else named. */
const HOME_TYPES = new Set<EventType>(['REQUEST', 'REJECT', 'SUPPORT'])

/** Who refuses at home or what is refused there: a parliament, a court, a bill, an election result ("verwerpt de motie"). */
const HOME_REFUSALS = WORDS.get('home-refusals')

/** The words of a vote ("stemde tegen"): a vote is cast in the voter's own parliament or people. */
const VOTES = WORDS.get('votes')

/** Words of a meeting among many ("overleg", "komen bijeen", "top"), not of talks with a counterpart or a visit. */
const ASSEMBLIES = WORDS.get('assemblies')

/** The PLOVER mode of a meeting of many, given to summit and session nouns ("top", "spoedzitting"). */
const MULTILATERAL = 'multilateral'

/** Organisations of states that meet as themselves: talks of theirs with no one else named are among members. */
const MEMBER_BODIES = readWordSets(
  fileURLToPath(new URL('../../data/member-bodies.tsv', import.meta.url)),
).get('members')

/** What is addressed to the acting state's own people or bodies stays at home ("riep de bevolking op"). */
const HOME_ADDRESSED = new Set<EventType>(['REQUEST', 'REJECT', 'CONSULT', 'AGREE'])
const ADDRESSEE_DETERMINERS = WORDS.get('addressee-determiners')

/** What is done to the state's own troops abroad stays at home ("bezoek aan de Nederlandse militairen"). */
const OWN_TROOPS_TYPES = new Set<EventType>(['CONSULT', 'SUPPORT', 'CONCEDE'])
const TROOPS = WORDS.get('troops')

/** What a person may aim at a compatriot and keep at home: words and talks ("de premier prijst zijn minister van Financiën"). */
const COMPATRIOT_TYPES = new Set<EventType>([
  'CONSULT',
  'AGREE',
  'SUPPORT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'CONCEDE',
])

const SAYINGS = WORDS.get('sayings')

/** The sentence places the act abroad: "burgergebieden in het Midden-Oosten", "de internationale scheepvaart". */
function abroadIn(tokens: Token[], abroad: string[][]): boolean {
  return tokens.some((_, i) => abroad.some((seq) => seq.every((w, k) => tokens[i + k]?.norm === w)))
}

/** Calls on the world at large: aimed at no actor by what they say, not for want of a named one. */
export const TO_ALL = new WeakSet<CodedEvent>()
const WORLD_ADDRESSEES = [...WORDS.get('world-addressees')].map((p) => p.split(' '))

/**
 * The cue's verb asks the world at large, other states or all states, with maybe a determiner before them: "roept
 * de internationale gemeenschap op", "vraagt andere landen om". The phrase stands after the cue's first word, inside a
 * split verb or right after it.
 */
function worldAddressed(tokens: Token[], cue: CueMatch): boolean {
  const first = cue.tokens[0]!
  let i = first + 1
  while (i < tokens.length && ADDRESSEE_DETERMINERS.has(tokens[i]!.norm) && i - first <= 2) i++
  return WORLD_ADDRESSEES.some((seq) => seq.every((w, k) => tokens[i + k]?.norm === w))
}

/** What the rules read of a sentence once, for each cue in it (`codeCue`). */
export interface Reading {
  text: string
  sentence: Span
  tokens: Token[]
  /** The first token at or after an offset (-1 when none). */
  tokenAt: (offset: number) => number
  /** Every cue match of the sentence, blocks and blame among them. */
  all: CueMatch[]
  /** The cues that tell an act (not the blocks, nor being behind an act). */
  cues: CueMatch[]
  blocks: CueMatch[]
  /** The actors named in the sentence. */
  mentions: Mention[]
  /** The actors named in the article, with the subject carried over into this sentence. */
  allMentions: Mention[]
  /** The sentence's actors that may be a side of an act: not its speaker, a location, a clock or a leaning. */
  args: Mention[]
  attribution: { mention: Mention } | null
  context: string[]
  /** The tokens of the cues that tell an act of their own; backing one ("die door X werd gesteund") does not. */
  cueTokens: Set<number>
  /** The type of the cue each cue token belongs to. */
  cueTypes: Map<number, CueType>
  /** The actors likened to another ("net als Israël"). */
  liked: Set<Mention>
  /** An exchange ("gevangenenruil") is told in the sentence. */
  exchanged: boolean
  /** A domestic party ("de oppositie") is named in the sentence. */
  domestic: boolean
  /** The subject carried over from the sentence before, and whether a pronoun stands for it ("het"). */
  carriedMention: Mention | null
  carriedPronoun: boolean
  prior: CodedEvent[]
  untold: ToldAct[]
  toldBefore: Told | undefined
  lexicon: EventLexicon
}

/** The sentence's words, with the token at or after an offset. */
type Words = Pick<Reading, 'tokens' | 'tokenAt'>

/**
 * A capital or city after "in" ("overleg in Brussel") is where it happened, not who acted.
 * But "de machthebbers in Minsk", "de regering in Warschau" is that government.
 */
export function isLocation({ tokens, tokenAt }: Words, m: Mention): boolean {
  const i = tokenAt(m.start)
  return (
    (m.rule === 'kb/capital' || m.rule === 'kb/city') &&
    LOCATIVES.has(tokens[i - 1]?.norm ?? '') &&
    !GOVERNMENTS.has(tokens[i - 2]?.norm ?? '')
  )
}

/**
 * "in het Zwitserse Genève", "in de Iraanse hoofdstad": the adjective of a state before a city, a capital or a noun
 * of a place after "in" names where, as the place itself would ("in Genève").
 */
function isPlaceAdjective(
  { tokens, tokenAt, mentions }: Words & Pick<Reading, 'mentions'>,
  m: Mention,
): boolean {
  if (m.rule !== 'kb/adjective') return false
  const i = tokenAt(m.start)
  const at = ARTICLE_WORDS.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1
  if (!LOCATIVES.has(tokens[at]?.norm ?? '') || GOVERNMENTS.has(tokens[at - 1]?.norm ?? '')) return false
  const next = tokenAt(m.end)
  if (PLACE_NOUNS.has(tokens[next]?.norm ?? '')) return true
  return mentions.some(
    (n) =>
      tokenAt(n.start) === next && (n.kind === 'place' || n.rule === 'kb/capital' || n.rule === 'kb/city'),
  )
}

/**
 * "de Noordlandse en Zuidlandse aanvallen": the adjective (one of a list of them) on the noun of another cue's act
 * of one side (not talks or a deal, which the adjective's state is a side of).
 */
function adjectiveOfAct(
  { tokens, tokenAt, mentions, cueTypes }: Reading,
  m: Mention,
  cue: CueMatch,
): boolean {
  if (m.rule !== 'kb/adjective') return false
  let j = tokenAt(m.end)
  while (
    tokens[j] &&
    (tokens[j]!.norm === W.and ||
      tokens[j]!.norm === W.or ||
      mentions.some((n) => n.rule === 'kb/adjective' && tokenAt(n.start) === j))
  )
    j++
  const act = cueTypes.get(j)
  return act !== undefined && !MUTUAL_TYPES.has(act as EventType) && !cue.tokens.includes(j)
}

/**
 * "de Jemenitische Houthi-rebellen", "de Libanese militie Hezbollah", "de Houthi's uit Jemen": a state's adjective
 * before an organisation's name (with at most one noun of a group between), or the state after it with a
 * preposition of where it is from, names the organisation's home; as a side of an act it stands for the organisation.
 */
function groupOf({ text, tokens, tokenAt, mentions }: Reading, m: Mention): Mention | null {
  if (m.kind !== 'state') return null
  const i = tokenAt(m.start)
  for (const g of mentions) {
    if (g.kind !== 'org' || g.code === m.code) continue
    const k = tokenAt(g.start)
    if (m.rule === 'kb/adjective' && m.end <= g.start) {
      const gap = tokens.slice(tokenAt(m.end), k)
      if (
        gap.every((t) => GROUP_NOUNS.has(t.norm)) &&
        gap.length <= 1 &&
        !/[,;:.!?()"“”]/.test(text.slice(m.end, g.start))
      )
        return g
    }
    if (g.end <= m.start && tokenAt(g.end) === i - 1 && GROUP_HOMES.has(tokens[i - 1]!.norm)) return g
  }
  return null
}

/** The state is named in the sentence only by the adjective of a place in it. */
function placeOnly(reading: Reading, m: Mention): boolean {
  return (
    isPlaceAdjective(reading, m) &&
    !reading.args.some((x) => x.code === m.code && x.kind !== 'place' && !isPlaceAdjective(reading, x))
  )
}

/** "6.00 uur Nederlandse tijd" names a clock, not an actor. */
export function isClock({ tokens, tokenAt }: Words, m: Mention): boolean {
  return m.rule === 'kb/adjective' && tokens[tokenAt(m.end)]?.norm === W.clock
}

/** "de pro-Iraanse militie", "anti-Russische betogers": sympathy for a state or against it, not that state. */
export function isLeaning({ tokens, tokenAt }: Words, m: Mention): boolean {
  const i = tokenAt(m.start)
  return m.rule === 'kb/adjective' && (tokens[i]?.joined ?? false) && LEANINGS.has(tokens[i - 1]?.norm ?? '')
}

/**
 * Where a meeting, a deal or joint work takes place is its venue, not a party: "gesprekken in Oman", "spraken in
 * Turkije een ruil af".
 */
function isVenue({ tokens, tokenAt }: Words, m: Mention): boolean {
  return tokens[tokenAt(m.start) - 1]?.norm === W.venue
}

/**
 * The doer of the latest act told before this sentence by another than `source`, of another type than `type`.
 * Acts told with no one to code them on ("Noord-Korea vuurde een raket af") count among the acts before.
 */
function doerBefore(
  { sentence, allMentions, prior, untold }: Reading,
  source: Mention,
  type: EventType,
): Mention | undefined {
  const told = [...prior, ...untold.filter((a) => a.sentence.start < sentence.start)].sort(
    (a, b) => a.sentence.start - b.sentence.start,
  )
  const act = told.reverse().find((e) => e.source && e.source !== source.code && e.type !== type)
  return act ? allMentions.find((m) => m.code === act.source) : undefined
}

/** A cue's act as its clause tells it: its type, who does it, whom it is aimed at so far, and how they were read. */
interface Act {
  cue: CueMatch
  type: EventType
  /** The act leaves or suspends a deal (`leftDeal`), which refuses it. */
  left: boolean
  /** The actors that may be its sides. */
  pool: Mention[]
  /** Those likened to the subject ("Net als Israël ..."), who act too. */
  likewise: Mention[]
  source: Mention
  /** Whom its clause aims it at (`aimOf` may aim it otherwise). */
  firstTarget: Mention | null
  targets: Mention[]
  sameClause: boolean
  between: Arguments['between']
  adjective: Arguments['adjective']
  /** Who attends a body's summit, with the body: they meet too. */
  attendee: readonly [Mention, Mention] | null
  /** Exercised together: the act is joint work. */
  joint: boolean
  /** A call on the world at large, aimed at no actor. */
  toAll: boolean
}

/**
 * Whom the act is aimed at (`aimOf`): the target its clause names or another, with why it stays at home or on no
 * one when no target is named. (Apart from the Act, not spread over a copy of it: an object spread and then
 * extended this wide is slow to build and to read in V8.)
 */
interface Aim {
  firstTarget: Mention | null
  targets: Mention[]
  proposer: string | null
  members: boolean
  adjectiveOnly: boolean
  deniedByDoer: boolean
  resigned: boolean
  home: boolean
  /** Nothing in the sentence aims the act or keeps it at home. */
  open: boolean
}

/** The pairs of sides (doer, and whom it is aimed at) an act is coded for: of the act itself, and a third's. */
interface Pairs {
  direct: (readonly [Mention, Mention | null])[]
  /** A third present at talks, with each side (mode "third-party"). */
  pairs: (readonly [Mention, Mention | null])[]
}

/**
 * The events a cue of the sentence tells: its act as its clause tells it, aimed, and coded for each pair of sides.
 * An act aimed at no one may be talks told before that failed, or an attack kept among the acts told.
 */
export function codeCue(reading: Reading, cue: CueMatch): CodedEvent[] {
  if (dismissed(reading, cue)) return []
  const act = actOf(reading, cue)
  if (!act) return []
  const aim = aimOf(reading, act)
  if (!aim) return []
  const { text, sentence, tokens, mentions, prior, untold, domestic, lexicon } = reading
  const { abroad } = lexicon
  const { type, source } = act
  const { firstTarget, open, adjectiveOnly, deniedByDoer } = aim
  if (!firstTarget && open) {
    // "Hij heeft de reis uitgesteld": talks called off with no counterpart named are the talks told before.
    return failedTalks(text, sentence, tokens, [cue], prior, lexicon, source.code)
  }
  // "Noord-Korea heeft een raket afgevuurd", "Israël voert aanvallen uit": an attack is aimed at someone; with no
  // target named, no place where it lands and nothing placing it abroad, it is still not done at home (fighting
  // and violence may be).
  if (
    !firstTarget &&
    aimedAttack(tokens, cue) &&
    !landing(mentions, source.code, (m) => isLocation(reading, m)) &&
    !(abroadIn(tokens, abroad) || adjectiveOnly || deniedByDoer) &&
    !domestic
  ) {
    if (source.code) untold.push({ source: source.code, type, sentence })
    return []
  }
  return pairEvents(reading, act, aim, pairsOf(reading, act, aim))
}

/** A cue's act as its clause tells it: its type, who does it and whom it is aimed at, or null for no act. */
function actOf(reading: Reading, cue: CueMatch): Act | null {
  const {
    text,
    tokens,
    tokenAt,
    all,
    cues,
    mentions,
    allMentions,
    args,
    attribution,
    cueTokens,
    cueTypes,
    liked,
    exchanged,
    carriedMention,
  } = reading
  // A visit is to the place it goes to: "bezoekt de wedstrijden in Oekraïne".
  // An exchange agreed "in Turkije" is between the sides that exchange, as talks are.
  const sides = MUTUAL_TYPES.has(cue.cue.type) || (cue.cue.type === 'RETREAT' && exchanged)
  // "Boric is op bezoek in Lima": the capital or city a visit is in is the host, not only where it happened.
  // Not where one receives ("ontvangen in Rabat") nor where one comes from ("vanuit Riyad").
  const visitArgs =
    cue.cue.mode === 'visit' && !cue.tokens.some((k) => HOSTING.has(tokens[k]!.norm))
      ? mentions.filter(
          (m) =>
            args.includes(m) || (isLocation(reading, m) && tokens[tokenAt(m.start) - 1]?.norm === W.venue),
        )
      : args
  const pool = (visitArgs.length > 0 ? visitArgs : mentions).filter(
    (m) => !sides || cue.cue.mode === 'visit' || !isVenue(reading, m),
  )
  // "De VS stappen uit het klimaatakkoord", "Rusland trekt zich terug uit het verdrag", "Peru heeft het akkoord
  // opgeschort": leaving or suspending a deal refuses it. A word of stepping out tells nothing else.
  const left = leftDeal(tokens, cue)
  if (cue.cue.mode === LEAVE && !left) return null
  let type: EventType = left ? 'REJECT' : (cue.cue.type as EventType)
  // "Net als Israël verwelkomden de Golfstaten ...": who is likened to the subject acts too, on no one (unless
  // no one else is left to act).
  const found = pool.filter((m) => liked.has(m))
  const likewise = found.length < pool.length ? found : []
  const assigned =
    (cue.cue.mode === 'summon' ? summoned(text, tokens, mentions, pool, allMentions, tokenAt) : null) ??
    (cue.cue.type === 'COERCE' ? heldIn(tokens, cue, mentions, pool, tokenAt) : null) ??
    (cue.cue.mode === 'summon' ? null : passiveVictim(text, tokens, cue, mentions, pool, tokenAt)) ??
    receivedFrom(text, tokens, cue, mentions, tokenAt) ??
    assignArguments(
      text,
      tokens,
      cue,
      likewise.length > 0 ? pool.filter((m) => !likewise.includes(m)) : pool,
      tokenAt,
      cueTokens,
      cueTypes,
    )
  const { sameClause, between } = assigned
  let { source, target: firstTarget, targets } = assigned
  let attendee: readonly [Mention, Mention] | null = null
  if (type === 'REQUEST' && !source) {
    const pair = invertedAsker(text, tokens, cue, pool, tokenAt)
    if (pair) [source, firstTarget, targets] = [pair[0], pair[1], [pair[1]]]
  }
  if (!source) return null
  // The subject carried over does the acts of its own clause, not those of a clause further on ("Het hoopt Y te
  // vinden, die verdacht worden van de moord").
  if (source === carriedMention && !carriedClause(text, tokens, tokenAt(source.start), cue)) return null
  // With a domestic party as its subject ("Demonstranten eisen de vrijlating van X"), the call stays in the
  // state of the actor it names; not when that actor is only an adjective, or another actor is asked inside the
  // cue ("roept premier X op de Chileense ambassadeur te ontbieden"), whose state it may not be.
  const homeCaller =
    type === 'REQUEST' &&
    (complementCaller(tokens, cue, source, tokenAt) || unnamedCaller(text, tokens, cue, source, tokenAt))
      ? domesticCaller(text, tokens, cue) &&
        !assigned.adjective &&
        !pool.some((m) => m.start >= cue.start && m.end <= cue.end && m.code !== source!.code)
      : null
  if (homeCaller === false) return null
  if (homeCaller) [firstTarget, targets] = [null, []]
  const joint = exercisedTogether(text, cue, tokens, source, firstTarget, pool)
  if (joint) type = 'COOPERATE'
  // "Chili roept de internationale gemeenschap op Peru te helpen": a call on the world at large has no addressee
  // among the actors; who is named in what is asked for is not asked.
  const toAll = type === 'REQUEST' && worldAddressed(tokens, cue)
  if (toAll) [firstTarget, targets] = [null, []]

  // "Rusland denkt dat de VS achter de aanval zitten", "Volgens Kyiv is Moskou verantwoordelijk voor de aanslag":
  // who is said to be behind an act is accused by who says so; told by no one, being behind it is no event.
  if (cue.cue.mode === BLAME) {
    const speaker = blamer(text, tokens, cue, all, source, attribution?.mention ?? null, args, tokenAt)
    if (!speaker) return null
    ;[source, firstTarget, targets] = [speaker, source, [source]]
  }
  // "De ministers vergaderen over het geweld in Bolivia", "Chili kijkt naar de aanval", "Peru sloot de grens na de
  // aanslag": an attack named with a definite article after a preposition of what the clause is about, looks into
  // or follows is an act told elsewhere; the clause's subject before it is not its doer.
  if (type === 'ASSAULT') {
    const prep = topicPreposition(tokens, cue)
    if (prep !== -1 && source.end <= tokens[prep]!.start) return null
  }
  // "Chili zegt dat de aanval op Bolivia een misdaad was": a deed named by a noun inside
  // what a subject says is told by the sayer, not done by it.
  if (toldBySayer(text, tokens, cue, source, tokenAt)) return null
  // "uit het klimaatakkoord van Parijs": a place after the deal's "van" names the deal, not a party to it. With no
  // party named the deal is left on no one known, not on the article's counterpart.
  if (left && firstTarget && dealName(tokens, tokenAt(firstTarget.start))) [firstTarget, targets] = [null, []]

  // "de NAVO-top", "de top van de G7", "de VN-Veiligheidsraad houdt een spoedzitting": a summit or session
  // names the organisation that meets, among its members; the states present are no counterparts. A summit of
  // no organisation of states is left to the verbs that tell who met whom.
  // A capital inside the sentence makes the noun part of a name ("de Algemene Vergadering"): a body, no meeting.
  if (cue.cue.mode === MULTILATERAL) {
    if (cue.tokens.some((k) => k > 0 && tokens[k]!.capital && !tokens[k]!.joined)) return null
    const body =
      meetingBody(tokens, cue, mentions, tokenAt) ?? (MEMBER_BODIES.has(source.code ?? '') ? source : null)
    // "Trump blies de top met Kim af": a summit called off by one side is the meeting of the two that did not
    // happen, like called-off talks.
    // (The other side is named in the clause of the summit: not "..., omdat de EU-landen de top boycotten".)
    // "de top tussen Chili en Peru": a summit of two sides named after it is their meeting.
    const after = cue.tokens[cue.tokens.length - 1]! + 1
    const ofTwo = between && firstTarget && tokens[after]?.norm === W.between
    if (!body && !ofTwo) {
      const clauseOf = clauses(text, tokens)
      const other = firstTarget && clauseOf[tokenAt(firstTarget.start)] === clauseOf[cue.tokens[0]!]
      if (!other || polarityOf(text, tokens, cue, source, tokenAt) !== 'negated') return null
    }
    // "De Peruaanse minister woonde gisteren de top van de G7 bij": who attends the body's summit, as the subject of its clause,
    // meets the body too.
    const guest =
      body && tokens.some((t) => ATTENDING.has(t.norm)) ? attendant(text, tokens, cue, pool, tokenAt) : null
    if (body && guest && guest.code !== body.code) attendee = [guest, body]
    if (body) [source, firstTarget, targets] = [body, null, []]
  }
  // "Hongarije en Polen weigeren": an actor listed with the source before the cue is its fellow subject, not its
  // target (unless they do it to each other, or are the two sides a relation noun names); with no one else named
  // the act is on no one known. A pair that ends a war or frees prisoners mostly does it to each other.
  if (
    firstTarget &&
    !between &&
    !MUTUAL_TYPES.has(type) &&
    firstTarget.start > source.start &&
    firstTarget.end <= cue.start &&
    type !== 'RETREAT' &&
    !reciprocal(tokens, cue) &&
    coordinated(text, source, pool, () => true).includes(firstTarget)
  )
    return null
  // "Het Witte Huis heeft de raketaanval op Odessa veroordeeld": the judge of an act named in its verdict's
  // clause is not its doer.
  if (!left && MATERIAL.has(cue.cue.type) && judgeOf(text, tokens, cue, cues, source, tokenAt)) return null
  return {
    cue,
    type,
    left,
    pool,
    likewise,
    source,
    firstTarget,
    targets,
    sameClause,
    between,
    adjective: assigned.adjective,
    attendee,
    joint,
    toAll,
  }
}

/**
 * The act aimed when its clause names no one to aim it at: at a denier, the author of a proposal, the doer of an
 * act told before, the article's counterpart; or kept at home, or on no one.
 */
function aimOf(reading: Reading, act: Act): Aim | null {
  const { text, sentence, tokens, tokenAt, cues, mentions, allMentions, domestic, prior, toldBefore } =
    reading
  const { cue, type, left, pool, source, sameClause, adjective, toAll } = act
  let { firstTarget, targets } = act
  // "De Italiaanse autoriteiten ontkenden dat de dienst een rol zou spelen": with no target of its own, a
  // denied act concerns the one who denies it.
  // "Belarus ontkent dat het een vliegtuig dwong te landen": an act its doer denies, on no one named, is on no
  // one rather than at home.
  // "de minister bracht een bezoek aan de Chileense mariniers in Peru", "bedankte de Belgische soldaten": a visit,
  // thanks or apology to the state's own troops abroad stays at home, not with the state where they are.
  const ownTroops = OWN_TROOPS_TYPES.has(type) && troopsOf(text, tokens, cue, source, mentions, tokenAt)
  if (ownTroops) [firstTarget, targets] = [null, []]

  let deniedByDoer = false
  if (!firstTarget) {
    const denier = denierOf(tokens, cue, mentions, tokenAt)
    if (denier && denier.code !== source.code) [firstTarget, targets] = [denier, [denier]]
    deniedByDoer = denier?.code === source.code
  }
  // "Kyiv heeft ingestemd met het voorstel": an answer to a proposal named before goes to its author.
  let proposer: string | null = null
  if (!firstTarget && ANSWERS.has(type) && answersProposal(tokens, cue)) {
    const request = [...prior].reverse().find((e) => e.type === 'REQUEST' && e.source !== source.code)
    proposer = request?.source ?? null
  }
  // An actor acting on itself needs to be the subject of the cue's own clause.
  // A word naming a wrongdoing ("fraude") accuses no one at home unless someone is said to say it.
  const reported = reportedClause(text, tokens, cue)
  const alone = cue.cue.kind === 'content' ? reported : sameClause || reported
  // "De Kamer stemde tegen de motie over Y", "het Lagerhuis stemde tegen de deal met Y": a vote against by a subject
  // before it, where the sentence names a parliament, a bill or a motion, is cast at home, whatever the vote is
  // about.
  const votedAtHome =
    type === 'REJECT' &&
    !proposer &&
    sameClause &&
    cue.tokens.some((k) => VOTES.has(tokens[k]!.norm)) &&
    source.end <= cue.start &&
    tokens.some((t) => HOME_REFUSALS.has(t.norm))
  if (votedAtHome) [firstTarget, targets] = [null, []]

  // "Het Peruaanse parlement verwerpt de wet", "de weigering van de president om af te treden": a refusal by a
  // parliament or a court, of a bill, a vote or an election result, or to step down, with no one else named in its
  // sentence, stays in the refuser's own state rather than answering the article's counterpart.
  const refusedAtHome =
    type === 'REJECT' &&
    !firstTarget &&
    !proposer &&
    sameClause &&
    (tokens.some((t) => HOME_REFUSALS.has(t.norm)) || cues.some((c) => c.cue.mode === RESIGN))
  // A refusal answers someone: with no one named in its sentence and no proposal to answer, it answers the
  // counterpart the article is about ("Servië ligt dwars").
  // So does anger or worry with no one named ("Peking is woedend"): it is aimed at the article's counterpart.
  if (
    !refusedAtHome &&
    !left &&
    !firstTarget &&
    !proposer &&
    (type === 'REJECT' || (type === 'ACCUSE' && cue.tokens.every((k) => GRIEVANCES.has(tokens[k]!.norm))))
  ) {
    const counterpart = mainCounterpart(allMentions, source.code)
    if (counterpart) [firstTarget, targets] = [counterpart, [counterpart]]
  }
  // "Japan veroordeelt de lancering": a verdict on an act the article told before is aimed at whoever did it.
  if (
    !firstTarget &&
    !proposer &&
    !left &&
    VERDICTS.has(type) &&
    cue.cue.kind !== 'noun' &&
    DEFINITES.has(tokens[cue.tokens[cue.tokens.length - 1]! + 1]?.norm ?? '')
  ) {
    const doer = doerBefore(reading, source, type)
    if (doer) [firstTarget, targets] = [doer, [doer]]
  }
  // "Chili noemt de sancties onaanvaardbaar": a name called, of an act whose doer the sentence does not name, is
  // aimed at whoever did the act told before, or else at the article's counterpart; never at the namer's own state.
  if (cue.cue.mode === NAMING && !firstTarget && !proposer) {
    const doer = doerBefore(reading, source, type) ?? mainCounterpart(allMentions, source.code)
    if (!doer) return null
    ;[firstTarget, targets] = [doer, [doer]]
  }
  // "Pakistan zegt dat de Indiase aanval ...": an adjective names who acts, not whom; the act is on the other
  // actor the sentence names, or on no one named, never on the adjective's own state.
  const adjectiveOnly = Boolean(adjective) && !firstTarget && !proposer
  if (adjectiveOnly) {
    const other = pool.find((m) => m.code !== source.code && m.kind !== 'place')
    // "De VN-raad komt bijeen om Peruaanse aanvallen": not on who talks about an attack, looks into it or acts after
    // it; with no one else named the attack is on no one known.
    if (other && !(type === 'ASSAULT' && topicPreposition(tokens, cue, true) !== -1))
      [firstTarget, targets] = [other, [other]]
  }
  if (type === 'REQUEST' && firstTarget && !proposer && sameClause)
    if (calledAtHome(text, tokens, cue, source, firstTarget, mentions, tokenAt))
      [firstTarget, targets] = [null, []]
  // "De rebellen en de regering van Colombia onderhandelen", "de oppositie eist ...": talks, a deal, a demand,
  // a refusal or praise between two parts of one state keep the state on both sides.
  const home = !firstTarget && (MUTUAL_TYPES.has(type) || HOME_TYPES.has(type)) && sameClause && domestic
  // "De NAVO-leiders komen dinsdag bijeen": an organisation of states meeting with no one else named meets
  // among its members.
  const members =
    !firstTarget &&
    !proposer &&
    type === 'CONSULT' &&
    MEMBER_BODIES.has(source.code ?? '') &&
    (cue.cue.mode === MULTILATERAL || cue.tokens.some((k) => ASSEMBLIES.has(tokens[k]!.norm)))
  // "de president riep de bevolking op te gaan stemmen", "hij vroeg zijn coalitiegenoten het plan te steunen": a request,
  // refusal, meeting or deal addressed to the acting state's own people or one of its bodies keeps the state on
  // both sides.
  const homeAddressed =
    !firstTarget &&
    !proposer &&
    HOME_ADDRESSED.has(type) &&
    sameClause &&
    homeAddressee(text, tokens, cue, tokenAt(source.start), tokenAt(source.end), mentions)
  // "de premier prijst zijn minister", "de oppositieleider belde met de president": a person's words or talks aimed at a compatriot keep the
  // state on both sides.
  const compatriotAddressed =
    !firstTarget &&
    !proposer &&
    sameClause &&
    COMPATRIOT_TYPES.has(type) &&
    compatriot(text, tokens, cue, source, mentions, pool, tokenAt)
  // "Het parlement wil dat de premier aftreedt", "de partij eist dat minister X de ambassadeur van Y ontbiedt": a
  // demand whose that-clause has a compatriot of the source as its subject is made of the source's own state,
  // whoever that compatriot is then to act on.
  const homeComplement =
    type === 'REQUEST' &&
    !proposer &&
    sameClause &&
    complementSubject(text, tokens, cue, mentions, tokenAt)?.code === source.code
  if (homeComplement) [firstTarget, targets] = [null, []]
  // "Khan heeft opgeroepen tot nieuwe verkiezingen": a call for something, in a sentence that names no one else,
  // stays at home.
  const calledFor =
    type === 'REQUEST' &&
    !firstTarget &&
    !proposer &&
    sameClause &&
    calledForAtHome(tokens, cue, source, mentions)

  // "Minister X bood zijn ontslag aan nadat Duitse media ...": who steps down leaves no one named outside the
  // cue's clause.
  if (cue.cue.mode === RESIGN && firstTarget) {
    const clauseOf = clauses(text, tokens)
    if (clauseOf[tokenAt(firstTarget.start)] !== clauseOf[cue.tokens[0]!]) [firstTarget, targets] = [null, []]
  }
  // "De Kamer debatteert over sancties tegen Peru": what a debate is about is no side of it; only one debated
  // "met" is.
  if (cue.cue.mode === DEBATE && firstTarget) {
    const at = tokenAt(firstTarget.start)
    if (tokens[pastArticle(tokens, at)]?.norm !== W.with) [firstTarget, targets] = [null, []]
  }
  // "debatteert met een Peruaanse delegatie", "bijpraten met de ambassadeur": a debate or briefing with someone
  // who is no actor of the state at home (an envoy is the state abroad) is not its bodies among themselves.
  const last = cue.tokens[cue.tokens.length - 1]!
  const withOther =
    cue.cue.mode === DEBATE &&
    [last + 1, last + 2].some(
      (w) =>
        tokens[w]?.norm === W.with &&
        !mentions.some((m) => {
          const at = tokenAt(m.start)
          return m.code === source.code && at > w && at <= w + 3 && !ENVOYS.has(tokens[at]?.norm ?? '')
        }),
    )
  // "De regering van Peru treedt af", "het aftreden van minister X": stepping down is done in one's own state,
  // unless it is only demanded ("moet aftreden", "eist het aftreden van X") or denied ("wilde niet aftreden").
  const resigned =
    !firstTarget &&
    !proposer &&
    (cue.cue.mode === RESIGN || cue.cue.mode === DEBATE) &&
    !withOther &&
    alone &&
    !cues.some((r) => r.cue.type === 'REQUEST' && r.tokens[0]! < cue.tokens[0]!) &&
    !tokens.slice(0, cue.tokens[0]!).some((t) => PROPOSALS.has(t.norm)) &&
    // "besluit op te stappen", "de weigering af te treden": an infinitive tells what is planned or refused.
    ![cue.tokens[0]! - 1, ...cue.tokens].some((k) => tokens[k]?.norm === W.to) &&
    !tokens.some((t) => DEMAND_MODALS.has(t.norm)) &&
    polarityOf(text, tokens, cue, source, tokenAt) === 'asserted'
  // Nothing else in the sentence aims the act or keeps it at home, so an act with no target named is open.
  const open =
    !proposer &&
    !home &&
    !resigned &&
    !members &&
    !homeAddressed &&
    !compatriotAddressed &&
    !homeComplement &&
    !calledFor &&
    !votedAtHome &&
    !refusedAtHome &&
    !left &&
    !ownTroops &&
    !toAll &&
    (!REFLEXIVE.has(type) || !alone)
  // "Chili sloot de grens voor Peru. Peru dreigt met tegenmaatregelen.": a reply with no one named to aim it at
  // answers the one who just acted on its doer.
  if (toldBefore && source.code && REPLY_TYPES.has(type) && !firstTarget && open) {
    const other = counterpartOf(source.code, sentence, allMentions, toldBefore, prior)
    if (other) [firstTarget, targets] = [other, [other]]
  }
  return {
    firstTarget,
    targets,
    proposer,
    members,
    adjectiveOnly,
    deniedByDoer,
    resigned,
    home,
    open,
  }
}

/**
 * The pairs of sides the act is coded for: the sources listed or likened with its subject on each target, a third
 * present at talks with each side, those who go along to a visit, three sides of a deal, each side of an exchange.
 */
function pairsOf({ text, tokens, tokenAt, exchanged }: Reading, act: Act, aim: Aim): Pairs {
  const { cue, type, pool, likewise, source, between, attendee } = act
  const { firstTarget, targets } = aim
  // "De VS en Israël vallen Iran aan": actors coordinated with the source act too, unless one of them is
  // the target ("Rusland en China werken samen").
  // A list's earlier members act too: in "Frankrijk, Duitsland en Italië veroordelen" the comma after
  // "Frankrijk" closes no clause. (A list that meets or agrees is the parties among themselves.)
  const sources = [
    ...(MUTUAL_TYPES.has(type) ? [] : listBefore(text, source, pool)),
    ...coordinated(text, source, pool, (m) => m.code !== source.code),
    ...likewise.filter((m) => m.code !== source.code),
  ].filter((m) => m === source || !targets.some((t) => t.code === m.code))
  // Talks between two sides with a third present ("onder leiding van Amerikaanse collega's", "samen met
  // Amerikanen"): the third consults each side.
  const pairs: (readonly [Mention, Mention | null])[] = []
  if (between && type === 'CONSULT' && firstTarget) {
    const sides = new Set([source.code, firstTarget.code])
    const thirds = pool.filter(
      (m, k) => !sides.has(m.code) && m.kind !== 'place' && pool.findIndex((x) => x.code === m.code) === k,
    )
    for (const third of thirds) pairs.push([third, source], [third, firstTarget])
  }
  const direct = sources.flatMap((s) => (targets.length > 0 ? targets : [null]).map((t) => [s, t] as const))
  if (attendee) direct.push(attendee)
  // "Boric gaat met de Peruaanse president naar Bolivia voor overleg", "Boric is met Boluarte op bezoek in
  // Bolivia": who goes along ("met") visits the place they go to, as the subject does; they do not meet each other.
  if (type === 'CONSULT' && firstTarget && !between) {
    const before = (m: Mention) => {
      let i = tokenAt(m.start) - 1
      while (ARTICLE_WORDS.has(tokens[i]?.norm ?? '')) i--
      return tokens[i]?.norm ?? ''
    }
    const dest = pool.find(
      (m) =>
        m.start > source.end &&
        m.kind !== 'person' &&
        (DESTINATIONS.has(before(m)) || (cue.cue.mode === 'visit' && before(m) === W.venue)),
    )
    const along = dest
      ? pool.filter(
          (m) =>
            m.start > source.end &&
            m.end <= dest.start &&
            before(m) === W.with &&
            m.code !== source.code &&
            m.code !== dest.code,
        )
      : []
    if (dest && along.length > 0) {
      const seen = new Set<string | null>()
      const goers = [source, ...along].filter((m) => !seen.has(m.code) && seen.add(m.code))
      direct.splice(0, direct.length, ...goers.map((m) => [m, dest] as const))
    }
  }
  // "Chili, Peru en Bolivia tekenden gisteren een handelsakkoord": three sides listed before a meeting or a
  // deal of their own each meet or agree with the other two.
  if (MUTUAL_TYPES.has(type) && firstTarget && !between) {
    const sides = [...listBefore(text, source, pool), ...coordinated(text, source, pool, () => true)]
    const codes = [...new Set(sides.map((m) => m.code))]
    if (
      codes.length === 3 &&
      sides.some((m) => m.code === firstTarget!.code) &&
      sides.every((m) => m.end <= cue.start) &&
      // the list is the subject, not what a preposition names ("de grens tussen X, Y en Z gesloten")
      subjectList(text, tokens, tokenAt(sides[0]!.start))
    ) {
      const one = codes.map((c) => sides.find((m) => m.code === c)!)
      direct.splice(0, direct.length, [one[0]!, one[1]!], [one[0]!, one[2]!], [one[1]!, one[2]!])
    }
  }
  // "Rusland en Oekraïne beschuldigen elkaar": each side does it to the other.
  // "Rusland en Oekraïne hebben gevangenen uitgewisseld", "X liet Y's burgers vrij in ruil voor ...": in an
  // exchange each side releases or gives back to the other.
  if (
    !MUTUAL_TYPES.has(type) &&
    (reciprocal(tokens, cue) ||
      (type === 'RETREAT' && (exchanged || truce(tokens, cue, firstTarget, between, tokenAt))))
  )
    for (const [s, t] of [...direct]) if (t && t.code !== s.code) direct.push([t, s] as const)
  return { direct, pairs }
}

/** The events of the act's pairs of sides, each with its modality, evidence and the actor it is aimed at. */
function pairEvents(reading: Reading, act: Act, aim: Aim, { direct, pairs }: Pairs): CodedEvent[] {
  const {
    text,
    sentence,
    tokens,
    tokenAt,
    mentions,
    attribution,
    context,
    carriedMention,
    carriedPronoun,
    untold,
  } = reading
  const { mapping, abroad } = reading.lexicon
  const { cue, type, left, joint, toAll } = act
  const { proposer, members, adjectiveOnly, deniedByDoer, resigned, home } = aim
  const out: CodedEvent[] = []
  const seen = new Set<string>()
  for (const pair of [...direct, ...pairs]) {
    const source = groupOf(reading, pair[0]) ?? pair[0]
    const target = pair[1] && (groupOf(reading, pair[1]) ?? pair[1])
    // (a pair that its organisation's home made the same as another is told once)
    const key = `${source.code}>${target?.code ?? ''}`
    if (seen.has(key) && (source !== pair[0] || target !== pair[1])) continue
    seen.add(key)
    const mode = pairs.includes(pair) ? 'third-party' : left || joint ? null : cue.cue.mode
    if (target && target.code === source.code) continue
    // "De VN praten over de Zuidlandse inval", "blij met de Noordlandse inmenging": the adjective on the noun of
    // another act names who does that act, not whom talks, a request, a deal or backing are with.
    if (target && NOT_ON_DOER.has(type) && adjectiveOfAct(reading, target, cue)) continue
    // "Na de Peruaanse inval op Bolivia besloot Chili ...", "Chili stuurt wapens vanwege de Peruaanse aanvallen": an
    // attack named in a phrase of its cause, time or topic takes its sides from that phrase alone; an actor of the
    // clause around it neither did it nor suffered it.
    if (type === 'ASSAULT' && !left) {
      // Whoever is punished for an act ("sancties tegen X vanwege de aanval") may have done it; whoever an act
      // befell may come before what happened after it ("X overlijdt na een aanslag"); a possessive in the
      // phrase names the clause's subject as the one aimed at ("na de aanval op zijn kampen, trekt X ...").
      const opener = backgroundOpener(tokens, cue)
      const word = tokens[opener]?.norm ?? ''
      const from = tokenAt(source.start)
      const at = target ? tokenAt(target.start) : -1
      const befell = (k: number) => AFTERMATHS.has(word) && k >= 0 && k < opener
      if (
        opener !== -1 &&
        ((!DOER_CAUSES.has(word) &&
          !(target === null && befell(from)) &&
          outsidePhrase(text, tokens, cue, opener, from)) ||
          (target !== null &&
            !befell(at) &&
            !possessivePhrase(text, tokens, cue) &&
            outsidePhrase(text, tokens, cue, opener, at)))
      )
        continue
    }
    // "België veroordeelt de aanval in de Palestijnse Gazastrook", "gesprekken in het Zwitserse Genève": the
    // state of the place where a word, a meeting or a deal happens is no party to it, and the rules do not know
    // who is; a material act done there (an attack, an arrest) may be done to that state.
    if (!AT_PLACE.has(cue.cue.type) && (placeOnly(reading, source) || (target && placeOnly(reading, target))))
      continue
    const modality = modalityOf(text, tokens, cue, tokenAt(source.start))
    const coded = modality === 'intended' && cue.cue.intended && !left ? cue.cue.intended : type
    const evStart = Math.min(cue.start, source.start < cue.start ? source.start : cue.start)
    const evEnd = Math.max(cue.end, target && target.start > cue.end ? target.end : cue.end)
    // An act on no named actor is done at home, unless the sentence places it abroad. An attack or
    // seizure lands where the sentence places it: "voerden aanvallen uit in de Gazastrook".
    const aimedAt = target
      ? target.code
      : toAll
        ? null
        : (proposer ??
          (members ? source.code : null) ??
          (LANDS.has(type) ? landing(mentions, source.code, (m) => isLocation(reading, m)) : null) ??
          (left || abroadIn(tokens, abroad) || adjectiveOnly || deniedByDoer ? null : source.code))
    // A subject carried over from the sentence before, with no one named to act on, acts on no one known here;
    // not at home ("Het protesteert daarmee", after a sentence about another state).
    if (
      source === carriedMention &&
      carriedPronoun &&
      !target &&
      aimedAt === source.code &&
      !resigned &&
      !home
    )
      continue
    // "Na de Peruaanse luchtaanvallen vielen doden", "het Boliviaanse offensief": an attack whose target is neither
    // named nor placed is aimed at no one known: like an aimed attack with no target, it is kept among the acts told,
    // not coded on no one. (One its doer denies stays, on no one: "Peru ontkent dat het de dorpen heeft aangevallen".)
    if (coded === 'ASSAULT' && aimedAt === null && !deniedByDoer) {
      if (source.code) untold.push({ source: source.code, type: coded, sentence })
      continue
    }
    const event = codedEvent(mapping, {
      type: coded,
      mode,
      source: source.code,
      target: aimedAt,
      polarity: polarityOf(text, tokens, cue, source, tokenAt),
      modality,
      attribution: attribution
        ? {
            text: attribution.mention.text,
            code: attribution.mention.code,
            span: { start: attribution.mention.start, end: attribution.mention.end },
          }
        : null,
      evidence: quoted(text, evStart, evEnd),
      sentence,
      cue: quoted(text, cue.start, cue.end),
      context,
    })
    if (toAll) TO_ALL.add(event)
    out.push(event)
  }
  return out
}

/** Acts that land on the place where they happen. */
const LANDS = new Set<EventType>(['ASSAULT', 'COERCE'])

/** The state of a place the sentence names as where something happens, other than the actor's own. */
function landing(
  mentions: Mention[],
  source: string | null,
  isLocation: (m: Mention) => boolean,
): string | null {
  return (
    mentions.find((m) => m.code && m.code !== source && (m.kind === 'place' || isLocation(m)))?.code ?? null
  )
}

/** Types that answer a proposal: accepting, refusing, giving in. */
const ANSWERS = new Set<EventType>(['AGREE', 'REJECT', 'CONCEDE'])
const DEFINITES = WORDS.get('definites')
const PROPOSALS = WORDS.get('proposals')
const TOPIC_PREPOSITIONS = WORDS.get('topic-prepositions')
const DEFINITE_ARTICLES = WORDS.get('definite-articles')

/**
 * The index of the preposition of what a clause is about before the cue's noun and its definite article, maybe
 * with inflected adjectives between ("over het aanhoudende geweld", "na de aanslag"), or -1. With `bare`, also
 * with no article ("over Peruaanse aanvallen").
 */
function topicPreposition(tokens: Token[], cue: CueMatch, bare = false): number {
  let d = cue.tokens[0]! - 1
  while (d > 0 && /^[a-zà-ÿ]+e$/.test(tokens[d]!.norm) && !ARTICLE_WORDS.has(tokens[d]!.norm)) d--
  if (!DEFINITE_ARTICLES.has(tokens[d]?.norm ?? ''))
    return bare && TOPIC_PREPOSITIONS.has(tokens[d]?.norm ?? '') ? d : -1
  return TOPIC_PREPOSITIONS.has(tokens[d - 1]?.norm ?? '') ? d - 1 : -1
}

const BACKGROUND_PREPOSITIONS = WORDS.get('background-prepositions')
const BACKGROUND_PHRASES = WORDS.get('background-phrases')
const PHRASE_PREPOSITIONS = WORDS.get('phrase-prepositions')
const DOER_CAUSES = WORDS.get('doer-causes')
const AFTERMATHS = WORDS.get('aftermaths')
const POSSESSIVES = WORDS.get('possessives')
const GROUP_HOMES = WORDS.get('group-homes')
const GROUP_NOUNS = WORDS.get('group-nouns')

/**
 * The index of the preposition that opens a phrase of cause, time or topic around the cue's noun, maybe with an
 * article and inflected adjectives between ("na de Peruaanse inval", "als reactie op de aanval", "vanwege geweld"),
 * or -1.
 */
function backgroundOpener(tokens: Token[], cue: CueMatch): number {
  let d = cue.tokens[0]! - 1
  while (d >= 0 && tokens[d + 1]!.joined) d--
  // (a capital only as a state's adjective, "Peruaanse", not a name such as "Oekraïne" before a verb's particle)
  while (
    d > 0 &&
    /^[a-zà-ÿ]+e$/.test(tokens[d]!.norm) &&
    (!tokens[d]!.capital || /s(ch)?e$/.test(tokens[d]!.norm)) &&
    !ARTICLE_WORDS.has(tokens[d]!.norm)
  )
    d--
  if (ARTICLE_WORDS.has(tokens[d]?.norm ?? '')) d--
  if (d < 0) return -1
  if (BACKGROUND_PREPOSITIONS.has(tokens[d]!.norm)) return d
  return d > 0 && BACKGROUND_PHRASES.has(`${tokens[d - 1]!.norm} ${tokens[d]!.norm}`) ? d - 1 : -1
}

/**
 * The actor at token `at` stands outside the phrase that `opener` opens around the cue's noun: before it, or after
 * the noun and not brought in by a preposition of the noun's own phrase ("de aanval op X", "aanvallen uit X").
 */
function outsidePhrase(text: string, tokens: Token[], cue: CueMatch, opener: number, at: number): boolean {
  if (at < 0) return false
  if (at < opener) return true
  const last = cue.tokens[cue.tokens.length - 1]!
  if (at <= last) return false
  if (/[,;:.!?()]/.test(text.slice(tokens[last]!.end, tokens[at]!.start))) return true
  let d = at - 1
  while (d > last && /^[a-zà-ÿ]+e$/.test(tokens[d]!.norm) && !ARTICLE_WORDS.has(tokens[d]!.norm)) d--
  if (ARTICLE_WORDS.has(tokens[d]?.norm ?? '')) d--
  return !(d > last && PHRASE_PREPOSITIONS.has(tokens[d]!.norm)) && d !== last
}

/** The cue's noun is followed, before any comma, by a preposition of its phrase and a possessive ("op zijn kampen"). */
function possessivePhrase(text: string, tokens: Token[], cue: CueMatch): boolean {
  for (let k = cue.tokens[cue.tokens.length - 1]! + 1; k + 1 < tokens.length; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false
    if (PHRASE_PREPOSITIONS.has(tokens[k]!.norm) && POSSESSIVES.has(tokens[k + 1]!.norm)) return true
  }
  return false
}

/** The cue's object is a proposal named before: "stemde in met het voorstel", "wijst dat verzoek af". */
function answersProposal(tokens: Token[], cue: CueMatch): boolean {
  const from = cue.tokens[0]!
  const to = Math.min(tokens.length - 1, cue.tokens[cue.tokens.length - 1]! + 4)
  for (let i = Math.max(0, from - 3); i <= to; i++) {
    if (PROPOSALS.has(tokens[i]!.norm) && DEFINITES.has(tokens[i - 1]?.norm ?? '')) return true
  }
  return false
}

/** The actor that denies the clause a cue stands in: the subject before "ontkent dat". */
function denierOf(
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): Mention | null {
  const first = cue.tokens[0]!
  let d = -1
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) {
    if (DENIALS.has(tokens[i]!.norm)) {
      d = i
      break
    }
  }
  if (d === -1) return null
  return [...mentions].reverse().find((m) => tokenAt(m.start) < d && d - tokenAt(m.start) <= 6) ?? null
}

/**
 * Who says that the cue's subject (`culprit`) is behind an act: the speaker of "volgens X", "zegt X", or the
 * actor nearest before the "dat" that opens the cue's clause ("Rusland denkt dat de VS achter de aanval zitten");
 * null when no one else says it, or when the words are part of another cue ("houdt X verantwoordelijk voor").
 */
function blamer(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  cues: CueMatch[],
  culprit: Mention,
  attribution: Mention | null,
  args: Mention[],
  tokenAt: (offset: number) => number,
): Mention | null {
  if (cues.some((c) => c !== cue && c.cue.type !== 'NONE' && c.tokens.some((k) => cue.tokens.includes(k))))
    return null
  if (attribution) return attribution.code !== culprit.code ? attribution : null
  if (!reportedClause(text, tokens, cue)) return null
  const clauseOf = clauses(text, tokens)
  const that = tokens.findIndex((_, i) => clauseOf[i] === clauseOf[cue.tokens[0]!])
  if (tokenAt(culprit.start) < that) return null
  const before = args.filter((m) => tokenAt(m.start) < that && m.code !== culprit.code)
  return before[before.length - 1] ?? null
}

const JUDGING = WORDS.get('judging')

/** Whether `source` stands before a verb of blame or rejection whose clause also names the act `cue`. */
function judgeOf(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  cues: CueMatch[],
  source: Mention,
  tokenAt: (o: number) => number,
): boolean {
  const clauseOf = clauses(text, tokens)
  const at = tokenAt(source.start)
  // Not the act's own adjective ("de Indiase aanval"); a verdict's verb right after the judge ("Chili bestempelt
  // geweld als ...") is no word of the act's own.
  const next = tokenAt(source.end)
  if (next >= cue.tokens[0]! - 1 && !cues.some((v) => v !== cue && v.tokens.includes(next))) return false
  const infinitive = cue.tokens.some((k) => tokens[k - 1]?.norm === W.to)
  // "Het tribunaal heeft X schuldig bevonden aan oorlogsmisdaden", "Y onderzoekt de moord op Z", "het rapport
  // over de gifgasaanvallen": who inquires into, judges or reports on an act in its own clause did not do it.
  const clause = clauseOf[cue.tokens[0]!]
  for (let i = at + 1; i < cue.tokens[0]!; i++)
    if (clauseOf[i] === clause && JUDGING.has(tokens[i]!.norm)) return true
  return cues.some(
    (v) =>
      v !== cue &&
      // A refusal of an act to do ("weigert wapens te leveren") is by its doer.
      (v.cue.type === 'ACCUSE' || (v.cue.type === 'REJECT' && !infinitive)) &&
      v.cue.kind !== 'noun' &&
      clauseOf[v.tokens[0]!] === clauseOf[cue.tokens[0]!] &&
      at < v.tokens[0]! &&
      at < cue.tokens[0]!,
  )
}

/** Deeds a sayer may tell of without doing them. */
const TOLD_DEEDS = new Set<CueType>([
  'ASSAULT',
  'COERCE',
  'AID',
  'MOBILIZE',
  'SANCTION',
  'PROTEST',
  'RETREAT',
])

/**
 * "Chili zegt dat de aanval op Bolivia een misdaad was", "Peru verklaarde dat de protesten ... waren": the cue, a
 * deed's noun, stands in a that-clause after a verb of saying (`sayings`) and its source
 * is the subject before that verb: the sayer tells of the deed, it does not do it.
 */
function toldBySayer(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  tokenAt: (offset: number) => number,
): boolean {
  if (!TOLD_DEEDS.has(cue.cue.type) || !isNounCue(tokens, cue)) return false
  const that = thatClauseStart(text, tokens, cue)
  if (that === -1 || tokenAt(source.start) >= that) return false
  if (!tokens.slice(Math.max(0, that - 4), that).some((t) => SAYINGS.has(t.norm))) return false
  // The noun opening the that-clause is its subject, and a pronoun opening it is the sayer ("zei dat het ..."): the
  // sayer may tell its own deed ("meldt dat de terugtrekking voltooid is"). Only a deed named further on, after a
  // subject of the clause's own or in a phrase ("dat buitenlandse machten de protesten aanstookten"), is told.
  const d = pastAdjectives(tokens, cue.tokens[0]! - 1, DEFINITES)
  return d > that + 1 && !SUBJECT_PRONOUNS.has(tokens[that + 1]?.norm ?? '')
}

/** The cue stands in a complement clause ("zei dat er gefraudeerd was"): the reporter's state is its scene. */
function reportedClause(text: string, tokens: Token[], cue: CueMatch): boolean {
  return thatClauseStart(text, tokens, cue) !== -1
}

/** The "dat" that opens the cue's clause, or -1 when its clause opens otherwise. */
function thatClauseStart(text: string, tokens: Token[], cue: CueMatch): number {
  const clauseOf = clauses(text, tokens)
  const start = tokens.findIndex((_, i) => clauseOf[i] === clauseOf[cue.tokens[0]!])
  return tokens[start]?.norm === W.that ? start : -1
}

/** How far after "dat" the subject of a that-clause may stand (past an article, a title and a first name). */
const COMPLEMENT_SUBJECT_REACH = 4

/**
 * The subject of the that-clause a verb cue opens ("wil dat", "eist dat", "vroeg ... dat"): the first actor (not a
 * place) within a few words after a "dat" that stands right after the cue, or null when there is none.
 */
function complementSubject(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): Mention | null {
  const last = cue.tokens[cue.tokens.length - 1]!
  const that = [last, last + 1].find((k) => tokens[k]?.norm === W.that)
  if (that === undefined) return null
  const first = mentions
    .filter((m) => m.kind !== 'place' && tokenAt(m.start) > that)
    .sort((a, b) => a.start - b.start)[0]
  if (!first || tokenAt(first.start) > that + COMPLEMENT_SUBJECT_REACH) return null
  // Nothing but small words before it, in the that-clause itself: no preposition ("dat er met Y gepraat wordt"),
  // no clause of its own ("dat wordt uitgezocht of zij ...").
  const clauseOf = clauses(text, tokens)
  const at = tokenAt(first.start)
  const between = tokens.slice(that + 1, at)
  return between.some((t) => PREPOSITIONS.has(t.norm)) || clauseOf[at] !== clauseOf[that + 1] ? null : first
}

/**
 * The cue is aimed at the source's own troops: within six words after it in its clause, a nationality adjective of
 * the source's state before a word of `troops` ("een bezoek aan de 270 Nederlandse militairen").
 */
function troopsOf(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): boolean {
  const clauseOf = clauses(text, tokens)
  const last = cue.tokens[cue.tokens.length - 1]!
  return mentions.some((m) => {
    const at = tokenAt(m.start)
    return (
      m.code === source.code &&
      m.rule === 'kb/adjective' &&
      at > last &&
      at <= last + 6 &&
      clauseOf[at] === clauseOf[last] &&
      TROOPS.has(tokens[tokenAt(m.end)]?.norm ?? '')
    )
  })
}

/** The PLOVER mode of stepping down ("treedt af", "stapt op"): done in one's own state, to no one else. */
const RESIGN = 'resign'

/** The PLOVER mode of a debate ("de Kamer debatteert"): the state's own bodies among themselves. */
const DEBATE = 'debate'

/** "moet aftreden": what one must do is demanded of them, not done. */
const DEMAND_MODALS = WORDS.get('demand-modals')

/** No preposition stands between the start of its clause and token `at`: a list there is no preposition's object. */
function subjectList(text: string, tokens: Token[], at: number): boolean {
  const clauseOf = clauses(text, tokens)
  for (let k = at - 1; k >= 0 && clauseOf[k] === clauseOf[at]; k--)
    if (PREPOSITIONS.has(tokens[k]!.norm)) return false
  return true
}

/**
 * Who takes part in a summit: the first actor before the cue in its clause that is no organisation of states
 * nor a place ("Zelensky neemt deel aan de NAVO-top", "hij woont de top van de G7 bij").
 */
function attendant(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  pool: Mention[],
  tokenAt: (offset: number) => number,
): Mention | null {
  const clauseOf = clauses(text, tokens)
  const clause = clauseOf[cue.tokens[0]!]
  const first = pool.find((m) => m.end <= cue.start && clauseOf[tokenAt(m.start)] === clause)
  return first && first.kind !== 'place' && !MEMBER_BODIES.has(first.code ?? '') ? first : null
}

// Acts that are not aimed at the doer of another act they are about (talks about an invasion, backing against
// interference); an accusation, a sanction or a refusal may be.
const NOT_ON_DOER = new Set<EventType>([
  'CONSULT',
  'AGREE',
  'REQUEST',
  'SUPPORT',
  'PROTEST',
  'COOPERATE',
  'AID',
])

/** Acts done at a place that may be done to that place's state or within it: "gedood in de Iraanse hoofdstad". */
const AT_PLACE = new Set<CueType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'AID', 'RETREAT', 'PROTEST'])
const EXERCISES = WORDS.get('exercises')

/**
 * "Zweden en Finland houden militaire oefeningen", "de oefeningen van Zweden en Finland": a military exercise whose
 * doer and counterpart are listed together is held jointly, which the guide codes as cooperation (COOPERATE), not as
 * a show of force by one on the other. One held near or against a third ("bij Rusland") stays a mobilisation.
 */
function exercisedTogether(
  text: string,
  cue: CueMatch,
  tokens: Token[],
  source: Mention,
  target: Mention | null,
  pool: Mention[],
): boolean {
  if (cue.cue.type !== 'MOBILIZE' || !target || target.code === source.code) return false
  if (!cue.tokens.some((k) => EXERCISES.has(tokens[k]!.norm))) return false
  return coordinated(text, source, pool, () => true).includes(target)
}

const ARTICLE_WORDS = WORDS.get('article-words')

/** The prepositions of where one goes: "naar Bolivia". */
const DESTINATIONS = WORDS.get('destinations')
const GOVERNMENTS = WORDS.get('governments')
const LOCATIVES = WORDS.get('locatives')

/** Nouns of a place within a state: "in de Iraanse hoofdstad", "in de Amerikaanse staat Florida". */
const PLACE_NOUNS = WORDS.get('place-nouns')

/** "elkaar" right after the cue or before it in its clause: "beschuldigen elkaar", "elkaar te bestoken". */
function reciprocal(tokens: Token[], cue: CueMatch): boolean {
  const first = cue.tokens[0]!
  const last = cue.tokens[cue.tokens.length - 1]!
  for (let k = Math.max(0, first - 3); k <= Math.min(tokens.length - 1, last + 2); k++)
    if (RECIPROCALS.has(tokens[k]!.norm)) return true
  return false
}

/**
 * "het staakt-het-vuren tussen Peru en Bolivia", "het bestand met Bolivia": a truce or a release that a noun tells
 * between two sides it names ("tussen", or its counterpart after "met") binds both, each towards the other.
 */
function truce(
  tokens: Token[],
  cue: CueMatch,
  target: Mention | null,
  between: boolean | undefined,
  tokenAt: (offset: number) => number,
): boolean {
  if (!target) return false
  if (between) return true
  const last = cue.tokens[cue.tokens.length - 1]!
  return (
    cue.cue.mode === 'ceasefire' && tokens[last + 1]?.norm === W.with && tokenAt(target.start) === last + 2
  )
}

/**
 * The organisation of states whose meeting a summit noun names: one joined to it ("de EU-top") or after its
 * "van" ("de top van de G7-landen").
 */
function meetingBody(
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): Mention | null {
  const first = cue.tokens[0]!
  const last = cue.tokens[cue.tokens.length - 1]!
  return (
    mentions.find((m) => {
      if (!MEMBER_BODIES.has(m.code ?? '')) return false
      const at = tokenAt(m.start)
      if (at === first - 1 && tokens[first]!.joined) return true
      return tokens[last + 1]?.norm === W.of && at > last + 1 && at <= last + 3
    }) ?? null
  )
}
