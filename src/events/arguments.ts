// Who does a cue's act and on whom, read from its clause: the subject before the cue, the object or
// prepositional phrase after it, the agent of a passive with "door", and the special readings of a summons, an
// arrest held somewhere, a passive victim and what is received from someone.

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import { clauseEnd, clauses } from './clauses.js'
import type { CueMatch, CueType, EventType } from './lexicon.js'
import { coordinated, isNounCue } from './phrases.js'
import { mainCounterpart } from './discourse.js'
import { MUTUAL_TYPES } from './types.js'
import { W, WORDS } from './words.js'

const ARTICLE_WORDS = WORDS.get('article-words')
const DEFINITES = WORDS.get('definites')
const PREPOSITIONS = WORDS.get('prepositions')
const SUBJECT_PRONOUNS = WORDS.get('subject-pronouns')
const ENVOYS = WORDS.get('envoys')
const SUBJECT_CONTROL = WORDS.get('subject-control')
const FRONTED = WORDS.get('fronted-prepositions')
const ON_TARGET = WORDS.get('target-prepositions')
const PASSIVE_AUX = WORDS.get('passive-aux')

/** The auxiliaries of a passive alone ("werd", "worden"), not of a perfect ("is", "zijn"). */
const PASSIVE_VERBS = WORDS.get('passive-verbs')

/** The forms of "hebben": a participle after them is a perfect, not a passive ("heeft ... teruggeroepen"). */
const HAVE_AUX = WORDS.get('have-aux')

/** Acts done to someone, whose passive subject is acted on: "werd gearresteerd", "is vrijgelaten", "zijn aangeklaagd". */
const VICTIM_TYPES = new Set<EventType>(['ASSAULT', 'COERCE', 'RETREAT', 'ACCUSE', 'SANCTION'])

/** Participles of acts that take no object ("er wordt gevochten"): their passive has no subject acted on. */
const INTRANSITIVE = WORDS.get('intransitive-participles')

/** Acts whose agentless passive names no doer: an attack is rarely done by the state of whom it befalls. */
const PASSIVE_TYPES = new Set<string>(['ASSAULT'])
const RECEIVING = WORDS.get('receiving')

/** How a participle starts: "ge-", or a separable particle before it ("afgewezen", "opgepakte"). */
export const PARTICIPLE_STARTS = [...WORDS.get('participle-starts')]

/** The unstressed prefixes of verbs whose participle takes no "ge-": "veroordeeld", "berecht", "ontvoerd". */
const UNSTRESSED = [...WORDS.get('unstressed-prefixes')]

/** The preposition of where a passive act is launched from, which names its doer: "aangevallen vanuit Peru". */
const LAUNCH = WORDS.get('launch-from')

/** Names that take the article "het": after them "het" is no pronoun. */
const ARTICLE_NAMES = WORDS.get('article-names')

/** Types that pass a verdict on an act: condemning, rejecting, praising it. */
export const VERDICTS = new Set<EventType>(['ACCUSE', 'REJECT', 'SUPPORT'])

/** The verb of getting before a one-word cue in its clause ("kreeg", "ontving"), or -1. */
export function receivingVerb(text: string, tokens: Token[], cue: CueMatch): number {
  if (cue.tokens.length !== 1) return -1
  const clauseOf = clauses(text, tokens)
  const first = cue.tokens[0]!
  for (let i = first - 1; i >= 0 && clauseOf[i] === clauseOf[first]; i--)
    if (RECEIVING.has(tokens[i]!.norm)) return i
  return -1
}

/**
 * "Peru kreeg steun van Chili", "X ontving kritiek van Y": an act the subject gets from someone named after "van"
 * is that one's, aimed at the subject. Null when no verb of getting stands before the cue, no actor follows "van"
 * right after it, or no actor stands before the verb in its clause.
 */
export function receivedFrom(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): Arguments | null {
  const verb = receivingVerb(text, tokens, cue)
  const last = cue.tokens[cue.tokens.length - 1]!
  if (verb === -1 || tokens[last + 1]?.norm !== W.of) return null
  const clauseOf = clauses(text, tokens)
  const giver = mentions.find((m) => m.code && pastArticle(tokens, tokenAt(m.start)) === last + 1)
  const subject = mentions.find(
    (m) =>
      m.code &&
      m.kind !== 'place' &&
      m.end <= tokens[verb]!.start &&
      clauseOf[tokenAt(m.start)] === clauseOf[verb],
  )
  if (!giver || !subject || giver.code === subject.code) return null
  return { source: giver, target: subject, targets: [subject], sameClause: true }
}

/**
 * "Canada heeft de Chinese ambassadeur ontboden", "de ambassadeurs van Duitsland en Frankrijk zijn ontboden", "de
 * Britse ambassadeur in Moskou werd op het matje geroepen": the envoys summoned are the target; the one who
 * summons is the state they are posted in, else another actor of the sentence, else the actor the article names
 * most. Null when the sentence names no envoy's state.
 */
export function summoned(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  pool: Mention[],
  allMentions: Mention[],
  tokenAt: (offset: number) => number,
): Arguments | null {
  const envoyOf = (m: Mention) => {
    const at = tokenAt(m.start)
    const after = tokenAt(m.end)
    return (
      (m.rule === 'kb/adjective' && ENVOYS.has(tokens[after]?.norm ?? '')) ||
      (tokens[at - 1]?.norm === W.of && ENVOYS.has(tokens[at - 2]?.norm ?? ''))
    )
  }
  const first = pool.find(envoyOf)
  if (!first) return null
  const envoys = [first, ...coordinated(text, first, pool, (m) => m.code !== first.code).slice(1)]
  const sent = new Set(envoys.map((m) => m.code))
  // "ambassadeur in Moskou": the state of the post (a capital is a place after "in", so taken from all mentions).
  const posted = mentions.find((m) => {
    const at = tokenAt(m.start)
    return (
      m.code &&
      !sent.has(m.code) &&
      tokens[at - 1]?.norm === W.venue &&
      ENVOYS.has(tokens[at - 2]?.norm ?? '')
    )
  })
  const source =
    posted ??
    pool.find((m) => m.code && !sent.has(m.code) && m.kind !== 'place') ??
    mainCounterpart(
      allMentions.filter((m) => !sent.has(m.code ?? '')),
      null,
    )
  if (!source) return null
  return { source, target: first, targets: envoys, sameClause: true }
}

/**
 * "De Nederlandse columniste is in Turkije opgepakt", "In Den Haag zijn twee Russische spionnen aangehouden": people
 * of one state held, in the passive, in another state or one of its places, are held by that other state.
 */
export function heldIn(
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  pool: Mention[],
  tokenAt: (offset: number) => number,
): Arguments | null {
  const first = cue.tokens[0]!
  if (!tokens.slice(0, first).some((t) => PASSIVE_AUX.has(t.norm))) return null
  const where = mentions.find((m) => m.code && tokens[tokenAt(m.start) - 1]?.norm === W.venue)
  if (!where) return null
  const held = pool.find((m) => m.code && m.code !== where.code && m.rule === 'kb/adjective')
  if (!held) return null
  return { source: where, target: held, targets: [held], sameClause: true }
}

/**
 * "Twee Peruaanse agenten werden in Bolivia vrijgelaten", "Een Chileense spion is geëxecuteerd, meldt een Boliviaanse
 * bron": people of one state, the subject of a passive with no "door" (and no "hebben": not a perfect), are acted on,
 * not the doer. The doer is the other state the sentence names as the place (after "in") or bare (after no
 * preposition: not where it passes, "boven Y"). Null when the cue is no participle of a passive of an act on someone,
 * or the sentence names no such people and other state, or the act is aimed at someone after it ("afgevuurd op Y").
 */
export function passiveVictim(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  pool: Mention[],
  tokenAt: (offset: number) => number,
): Arguments | null {
  if (!VICTIM_TYPES.has(cue.cue.type as EventType) || isNounCue(tokens, cue)) return null
  const participle = cue.tokens.some((k) => {
    const w = tokens[k]!.norm
    return PARTICIPLE_STARTS.some((p) => w.startsWith(p)) && !INTRANSITIVE.has(w)
  })
  if (!participle) return null
  const clauseOf = clauses(text, tokens)
  const clause = clauseOf[cue.tokens[0]!]
  const inClause = (i: number) => clauseOf[i] === clause
  if (tokens.some((t, i) => inClause(i) && (t.norm === W.by || HAVE_AUX.has(t.norm)))) return null
  // The auxiliary the people stand next to: right after their phrase ("Twee Peruaanse agenten werden gedood"), or
  // right before it ("Maandag werd er een Peruaanse agent gedood").
  const aux = tokens.findIndex((t, i) => inClause(i) && i < cue.tokens[0]! && PASSIVE_AUX.has(t.norm))
  if (aux === -1) return null
  const plain = (t: Token) => !PREPOSITIONS.has(t.norm)
  const acted = pool.find((m) => {
    const at = tokenAt(m.start)
    if (m.rule !== 'kb/adjective' || m.end > cue.start || !inClause(at)) return false
    if (!plain(tokens[pastArticle(tokens, at)] ?? tokens[0]!)) return false
    const gap = at > aux ? tokens.slice(aux + 1, at) : tokens.slice(tokenAt(m.end), aux)
    const [from, to] = at > aux ? [tokens[aux]!.end, m.start] : [m.end, tokens[aux]!.start]
    return gap.length <= 4 && gap.every(plain) && !/[,;:]/.test(text.slice(from, to))
  })
  if (!acted) return null
  // "raketten afgevuurd op Y": the act is aimed at who comes after it.
  const last = cue.tokens[cue.tokens.length - 1]!
  if (
    mentions.some(
      (m) =>
        ON_TARGET.has(tokens[pastArticle(tokens, tokenAt(m.start))]?.norm ?? '') && tokenAt(m.start) > last,
    )
  )
    return null
  const targets = [acted, ...coordinated(text, acted, pool, (m) => m.code !== acted.code).slice(1)]
  const hit = new Set(targets.map((m) => m.code))
  const other = (m: Mention) => Boolean(m.code) && !hit.has(m.code)
  const source =
    mentions.find((m) => other(m) && tokens[pastArticle(tokens, tokenAt(m.start))]?.norm === W.venue) ??
    pool.find((m) => {
      const prev = tokens[pastArticle(tokens, tokenAt(m.start))]
      return other(m) && m.kind !== 'place' && !inClause(tokenAt(m.start)) && (!prev || plain(prev))
    })
  return source ? { source, target: acted, targets, sameClause: true } : null
}

/** Who acts and on whom, as the argument rules find them. */
export type Arguments = ReturnType<typeof assignArguments>

/**
 * "Peru, dat al lang dreigde, heeft Chili aangevallen": a clause that opens with its verb right after a relative
 * clause on the sentence's opening actor goes on with that actor as its subject; the actors it names after the
 * verb are acted on. Returns that actor, or undefined when the clause is no such one.
 */
function resumedSubject(
  text: string,
  tokens: Token[],
  clauseOf: readonly number[],
  clauseStart: number,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): Mention | undefined {
  const c = clauseOf[clauseStart]!
  if (c < 2) return undefined
  const opener = tokens[clauseStart]
  // the clause opens with its verb: no capital, article, pronoun or preposition first
  if (
    !opener ||
    opener.capital ||
    ARTICLE_WORDS.has(opener.norm) ||
    SUBJECT_PRONOUNS.has(opener.norm) ||
    PREPOSITIONS.has(opener.norm) ||
    RELATIVES.has(opener.norm) ||
    CLAUSE_OPENERS.has(opener.norm)
  )
    return undefined
  // the clause before is a relative clause ("dat al lang dreigde") right after the actor
  const relStart = clauseOf.indexOf(c - 1)
  if (!RELATIVE_PRONOUNS.has(tokens[relStart]?.norm ?? '')) return undefined
  // set off by a comma ("Peru, dat ..."), and the clause after it active: "..., is neergehaald" has a patient
  if (relStart < 1 || !text.slice(tokens[relStart - 1]!.end, tokens[relStart]!.start).includes(','))
    return undefined
  if (PASSIVE_AUX.has(opener.norm)) return undefined
  // (or the noun an adjective actor is of: "De Peruaanse regering, die ...")
  const subject = mentions.find((m) => {
    if (!m.code || m.kind === 'place') return false
    const end = tokenAt(m.end)
    if (end === relStart) return true
    return (
      m.rule === 'kb/adjective' &&
      end === relStart - 1 &&
      !tokens[end]!.capital &&
      !PREPOSITIONS.has(tokens[end]!.norm)
    )
  })
  if (!subject || clauseOf[tokenAt(subject.start)] !== c - 2) return undefined
  // and that actor opens the sentence
  const first = clauseOf.indexOf(c - 2)
  return tokenAt(subject.start) - first <= 3 && !PREPOSITIONS.has(tokens[first]!.norm) ? subject : undefined
}

export function assignArguments(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
  /** The tokens of every cue in the sentence that tells an act of its own. */
  cueTokens: Set<number>,
  /** The type of the cue each cue token of the sentence belongs to. */
  cueTypes: Map<number, CueType> = new Map(),
): {
  source: Mention | null
  target: Mention | null
  targets: Mention[]
  sameClause: boolean
  between?: boolean
  /** The source is a nationality adjective on the cue's noun ("de Indiase aanval"). */
  adjective?: boolean
} {
  const clauseOf = clauses(text, tokens)
  const firstCue = cue.tokens[0]!
  const lastCue = cue.tokens[cue.tokens.length - 1]!
  const clause = clauseOf[firstCue]!
  const inClause = (m: Mention) => clauseOf[tokenAt(m.start)] === clause
  // Passive: "door X" names the actor (the index of its "door", -1 when none).
  const doorOf = (m: Mention) => {
    const i = tokenAt(m.start)
    return tokens[i - 1]?.norm === W.by
      ? i - 1
      : ARTICLE_WORDS.has(tokens[i - 1]?.norm ?? '') && tokens[i - 2]?.norm === W.by
        ? i - 2
        : -1
  }
  const doers = mentions.filter((m) => {
    const door = doorOf(m)
    return door !== -1 && Math.abs(door - firstCue) <= 12
  })
  // "Chili veroordeelt de aanval op Bolivia door Peru", "Chili veroordeelt de door Peru geplande inval", "de
  // erkenning door Peru wordt door Chili veroordeeld": a "door" after the object of a verdict's verb, or before it
  // with the verdict's own "door" nearer, names the doer of the act the verdict judges, not the verdict's own.
  const judged = (door: number) => {
    // (a verb: no article before it, nor an adjective of small letters after one: "de felle kritiek")
    const prev = tokens[firstCue - 1]
    const noun =
      cue.cue.kind === 'noun' ||
      ARTICLE_WORDS.has(prev?.norm ?? '') ||
      DEFINITES.has(prev?.norm ?? '') ||
      (prev !== undefined && !prev.capital && isNounCue(tokens, cue))
    if (!VERDICTS.has(cue.cue.type as EventType) || noun) return false
    if (door > lastCue) return door > lastCue + 1 && door - firstCue <= 12 && clauseOf[door] === clause
    return doers.some((m) => doorOf(m) > door && doorOf(m) < firstCue)
  }
  const agent = doers.find((m) => !judged(doorOf(m)))
  const judgedDoer = mentions.find((m) => doorOf(m) !== -1 && judged(doorOf(m)))
  const isPlace = (m: Mention) => m.kind === 'place'
  // A place is an actor only as what is acted on: "een aanval op Rafah".
  const placeTarget = (m: Mention) => PLACE_TARGET.has(tokens[tokenAt(m.start) - 1]?.norm ?? '')
  mentions = mentions.filter((m) => !isPlace(m) || placeTarget(m))
  const before = mentions.filter((m) => m.end <= cue.start && !isPlace(m))
  const inside = mentions.filter((m) => m.start >= cue.start && m.end <= cue.end)
  const after = mentions.filter((m) => m.start >= cue.end)
  const clauseStart = tokens.findIndex((_, i) => clauseOf[i] === clause)
  // "Sinds de aanval op Israël steunt Iran Hezbollah": after a fronted phrase the verb comes second and its
  // subject right after it; the actors of the fronted phrase are not the subject.
  const inverted =
    FRONTED.has(tokens[clauseStart]?.norm ?? '') && cue.tokens.length === 1
      ? mentions.find((m) => inClause(m) && tokenAt(m.start) === firstCue + 1 && m.kind !== 'place')
      : undefined
  const subject =
    inverted ??
    resumedSubject(text, tokens, clauseOf, clauseStart, mentions, tokenAt) ??
    before.find(inClause)
  // "Japan zegt dat het Noord-Korea veroordeelt": in a that-clause whose subject is a pronoun, the one before
  // "dat" acts, on the actors the clause names.
  const speaker =
    !agent &&
    clauseStart > 0 &&
    tokens[clauseStart]!.norm === W.that &&
    SUBJECT_PRONOUNS.has(tokens[clauseStart + 1]?.norm ?? '') &&
    // "het" before a capital is the article of a name ("dat het Chinese leger", "dat het Verenigd Koninkrijk"),
    // but the pronoun before a state's name that takes no article ("dat het Noord-Korea veroordeelt").
    !(
      tokens[clauseStart + 1]!.norm === W.it &&
      tokens[clauseStart + 2]?.capital &&
      !mentions.some(
        (m) =>
          m.start === tokens[clauseStart + 2]!.start &&
          m.kind === 'state' &&
          m.rule === 'kb/name' &&
          !ARTICLE_NAMES.has(m.text.toLowerCase()),
      )
    ) &&
    firstCue > clauseStart + 1
      ? before.find((m) => tokenAt(m.start) < clauseStart)
      : undefined
  if (speaker) {
    const acted = [...inside, ...mentions.filter((m) => inClause(m) && !isPlace(m))].find(
      (m) => m.code !== speaker.code,
    )
    if (acted)
      return {
        source: speaker,
        target: acted,
        targets: coordinated(text, acted, mentions, (m) => m.code !== speaker.code),
        sameClause: true,
      }
  }
  // "gesprekken tussen X en Y": a relation noun's two sides are its actors, whoever reports on it.
  // "de militaire samenwerking tussen X en Y": inflected adjectives of small letters may stand between the article
  // and the noun.
  let d = firstCue - 1
  while (
    d > firstCue - 3 &&
    /^[a-zà-ÿ]+e$/.test(tokens[d]?.norm ?? '') &&
    !tokens[d]!.capital &&
    !ARTICLE_WORDS.has(tokens[d]!.norm)
  )
    d--
  const nounCue = !subject || ARTICLE_WORDS.has(tokens[d]?.norm ?? '') || tokens[firstCue - 1]?.norm === W.of
  if (nounCue && !agent && tokens[lastCue + 1]?.norm === W.between) {
    const distinct = after.filter((m, k) => after.findIndex((x) => x.code === m.code) === k)
    if (distinct.length >= 2)
      return {
        source: distinct[0]!,
        target: distinct[1]!,
        targets: [distinct[1]!],
        sameClause: true,
        between: true,
      }
  }
  // "bestand Oekraïne en Rusland": a relation noun followed directly by a pair names its two sides.
  const next = after[0]
  if (cue.cue.kind === 'noun' && !agent && next && tokenAt(next.start) === lastCue + 1) {
    const pair = coordinated(text, next, after, (m) => m.code !== next.code)
    if (pair.length >= 2) {
      return { source: pair[0]!, target: pair[1]!, targets: [pair[1]!], sameClause: true, between: true }
    }
  }
  // A nominalisation names its own actor: "Amerikaans verzoek", "oproepen van Amerikaanse functionarissen".
  const ofPhrase =
    tokens[lastCue + 1]?.norm === W.of
      ? after.find((m) => tokenAt(m.start) <= lastCue + 3 && inClause(m))
      : undefined
  // "bij het verwelkomen van X", "het neerschieten van een Amerikaanse drone": the "van" of an infinitive used as a
  // noun names whom it is done to.
  const infinitiveNoun =
    cue.tokens.length === 1 && tokens[firstCue - 1]?.norm === W.it && tokens[firstCue]!.norm.endsWith('en')
  const patient = infinitiveNoun ? ofPhrase : undefined
  const possessor =
    before.find((m) => tokenAt(m.start) === firstCue - 1 && m.rule === 'kb/adjective') ??
    (infinitiveNoun ? undefined : ofPhrase)
  // "de bezetting van Koeweit door Irak", "de invasie van Cuba, die door de VS werd begonnen" (or "gesteund"): an
  // act with an agent of its own right after it, or in a relative clause on it that tells no act of its own but
  // at most backs it, was done to what its "van" names. A request or a claim "van X" stays X's ("op verzoek van
  // X door Y").
  if (
    possessor &&
    (possessor.rule !== 'kb/adjective' || tokenAt(possessor.start) > lastCue) &&
    MATERIAL.has(cue.cue.type)
  ) {
    // An adjective in the "van" phrase stands before the noun it is of: "van twee Chileense diplomaten door".
    const end = tokenAt(possessor.end) + (possessor.rule === 'kb/adjective' ? 1 : 0)
    const doer = nounAgent(tokens, clauseOf, end, mentions, tokenAt, cueTokens)
    if (doer && doer.code !== possessor.code)
      return {
        source: doer,
        target: possessor,
        targets: coordinated(text, possessor, mentions, (m) => m.code !== doer.code),
        sameClause: true,
      }
    // "de arrestatie van een Amerikaanse journalist in Rusland": with no agent, people of one state held in
    // another are held by that other state.
    const held =
      !doer && cue.cue.type === 'COERCE' && possessor.rule === 'kb/adjective'
        ? after.find(
            (m) =>
              inClause(m) &&
              m.code !== possessor.code &&
              m.kind === 'state' &&
              tokens[tokenAt(m.start) - 1]?.norm === W.venue,
          )
        : undefined
    if (held) return { source: held, target: possessor, targets: [possessor], sameClause: true }
  }
  // "De EU noemt de inmenging van Rusland onaanvaardbaar": the one a wrongdoing is of is accused, by whoever
  // speaks of it.
  if (cue.cue.kind === 'content' && possessor && subject && subject.code !== possessor.code && !agent)
    return {
      source: subject,
      target: possessor,
      targets: coordinated(text, possessor, mentions, (m) => m.code !== subject.code),
      sameClause: true,
    }
  // "X waarschuwt Y geen wapens te leveren": in an infinitive complement the matrix object acts.
  const distinctBefore = before.filter((m, k) => before.findIndex((x) => x.code === m.code) === k)
  // But "om X te steunen" is a purpose: the matrix subject acts on X.
  const purpose = tokens.slice(0, firstCue).some((t) => t.norm === W.purpose)
  // Not an actor in a phrase of the complement: "weigert wapens aan Syrië te leveren".
  // Nor after a verb whose subject does what follows: "Turkije dreigt Zweden het lidmaatschap te blokkeren".
  const subjectControl = tokens.slice(0, firstCue).some((t) => SUBJECT_CONTROL.has(t.norm))
  // A separable verb split by "te" ("Y Z aan te vallen") has its own object before it: the one asked stands
  // before that object.
  const split = tokens[firstCue - 1]?.norm !== W.to && cue.tokens.some((k) => tokens[k]!.norm === W.to)
  const controller =
    (tokens[firstCue - 1]?.norm === W.to || split) &&
    distinctBefore.length >= (split ? 3 : 2) &&
    !purpose &&
    !subjectControl &&
    !PREPOSITIONS.has(tokens[tokenAt(distinctBefore[1]!.start) - 1]?.norm ?? '')
      ? distinctBefore[1]
      : undefined
  // A relative clause (", dat de invasie ... heeft zien vastlopen") acts through the actor before its comma.
  const relative = RELATIVES.has(tokens[clauseStart]?.norm ?? '')
    ? before.filter((m) => tokenAt(m.start) < clauseStart).pop()
    : undefined
  // "De aanval op Israël": what an act is "op" or "tegen" right after its noun is acted on, never its doer.
  const objectOfCue = (m: Mention) => {
    const at = tokenAt(m.start)
    const p = pastArticle(tokens, at)
    return p > lastCue && p <= lastCue + 2 && ON_TARGET.has(tokens[p]?.norm ?? '')
  }
  // "Chili reageerde op de aanval die Peru vorige week uitvoerde": the actor that opens a relative clause right
  // after an act's noun did the act, when the relative clause tells no act of another type ("het akkoord dat Peru
  // verwerpt" is Peru's refusal, not its deal). It acts on an actor the relative clause names after it ("de
  // sancties die Peru Bolivia oplegde"), else on the subject of the clause the noun stands in, else on an actor
  // later in the sentence.
  const doer =
    possessor || agent ? undefined : relativeDoer(tokens, cue, mentions, tokenAt, clauseOf, cueTypes)
  if (doer) {
    const end = clauseEnd(clauseOf, tokenAt(doer.start))
    const group = new Set(coordinated(text, doer, mentions, () => true).map((m) => m.code))
    const onIt = (m: Mention) => !group.has(m.code) && (!isPlace(m) || placeTarget(m))
    // Not what it is done with: "die Peru uitvoerde met Boliviaanse raketten".
    const tool = (m: Mention) => tokens[tokenAt(m.start) - 1]?.norm === W.with
    const later = after.filter((m) => m.start > doer.start && onIt(m))
    const object =
      later.find((m) => tokenAt(m.start) <= end && !tool(m)) ??
      (MUTUAL_TYPES.has(cue.cue.type)
        ? coordinated(text, doer, mentions, (m) => m.code !== doer.code)[1]
        : undefined) ??
      (subject && onIt(subject) ? subject : undefined) ??
      later.find((m) => tokenAt(m.start) > end)
    return {
      source: doer,
      target: object ?? null,
      targets: object ? coordinated(text, object, mentions, (m) => m.code !== doer.code) : [],
      sameClause: false,
    }
  }
  // "Doelen van Peru worden aangevallen", "De Peruaanse hoofdstad werd gebombardeerd": the subject of a passive
  // with no "door" is what is acted on; the clause names no doer, so it tells no event of the rules'.
  const passive =
    !agent &&
    !possessor &&
    PASSIVE_TYPES.has(cue.cue.type) &&
    !isNounCue(tokens, cue) &&
    // "In het noorden van Peru wordt zwaar gevochten": fighting has no one it is done to; the scene stays.
    !cue.tokens.some((k) => INTRANSITIVE.has(tokens[k]!.norm)) &&
    // not a noun after an inflected adjective: "werd opgeschrikt door zware gevechten"
    !/^[a-zà-ÿ]+e$/.test(tokens[firstCue - 1]?.norm ?? '') &&
    tokens.some((t, i) => clauseOf[i] === clause && PASSIVE_VERBS.has(t.norm))
  // A lone actor's own state is the scene of what befell it, as at home ("Vier Peruaanse agenten werden gedood"):
  // that is left to the rules of scenes; with another actor named, the passive's subject is no doer of anything.
  const codes = new Set(mentions.filter((m) => !isPlace(m)).map((m) => m.code))
  // "Chili werd aangevallen vanuit Peru", "Vanuit Peru zijn raketten afgevuurd op Chili": the place a passive act
  // is launched from names its doer, acting on the other actor the clause names.
  const launch = passive
    ? mentions.find(
        (m) => inClause(m) && LAUNCH.has(tokens[pastArticle(tokens, tokenAt(m.start))]?.norm ?? ''),
      )
    : undefined
  const launched = launch && mentions.find((m) => inClause(m) && m.code !== launch.code)
  if (launch && launched)
    return {
      source: launch,
      target: launched,
      targets: coordinated(text, launched, mentions, (m) => m.code !== launch.code),
      sameClause: true,
    }
  if (passive && codes.size > 1) return { source: null, target: null, targets: [], sameClause: false }
  // A nominalisation's own actor ("De Amerikaanse resolutie ... is niet aangenomen door de Veiligheidsraad")
  // beats a passive agent of the clause, which may then be its target.
  const source =
    possessor ??
    agent ??
    controller ??
    subject ??
    relative ??
    before[0] ??
    after.find((m) => inClause(m) && !objectOfCue(m) && m !== patient) ??
    null
  if (!source) return { source: null, target: null, targets: [], sameClause: false }
  // Actors coordinated with the source ("verzoek van Nederland, België en Luxemburg") are co-sources, not targets.
  const group = new Set(coordinated(text, source, mentions, () => true).map((m) => m.code))
  const actor = (m: Mention) => m !== possessor && (m !== agent || source === possessor)
  const outside = (m: Mention) => !group.has(m.code) && actor(m) && (!isPlace(m) || placeTarget(m))
  const differs = (m: Mention) => m.code !== source.code && actor(m) && (!isPlace(m) || placeTarget(m))
  // The object inside a split verb ("wijst X af"), after the cue in its clause, between subject and a
  // clause-final verb (Dutch word order), else the first actor after the cue in the sentence.
  // "Chili heeft Peru gewaarschuwd voor sancties van Bolivia": a bare object between the subject and a
  // clause-final verb beats an actor in a phrase of circumstance after the verb ("voor", "van", "in"; not "aan" or
  // "met" right after it, which bring in a counterpart: "teruggegeven aan X"). Not the name an adjective subject is
  // of ("de Peruaanse militie X").
  const before1 = (m: Mention) => {
    const at = tokenAt(m.start)
    return tokens[pastArticle(tokens, at)]?.norm ?? ''
  }
  const bare = (m: Mention) => !PREPOSITIONS.has(before1(m)) && !RELATIVES.has(before1(m))
  // No preposition between the subject and the object: "heeft samen met premier X ..." names no object.
  const direct = (m: Mention) =>
    tokens
      .slice(tokenAt(source.end), tokenAt(m.start))
      .every((t) => !PREPOSITIONS.has(t.norm) && !RELATIVES.has(t.norm))
  const apposed = (m: Mention) =>
    source.rule === 'kb/adjective' && tokenAt(m.start) - tokenAt(source.end) <= 2
  const pickInClause = (other: (m: Mention) => boolean) => {
    const between = before.filter(
      (m) => inClause(m) && m !== source && (m.start >= source.start || source === agent),
    )
    const later = after.filter(inClause).find(other)
    const object =
      later &&
      !bare(later) &&
      (CIRCUMSTANCES.has(before1(later)) || tokenAt(later.start) - lastCue > 3) &&
      !isNounCue(tokens, cue) &&
      source !== agent
        ? between.find((m) => other(m) && m.start > source.end && direct(m) && !apposed(m))
        : undefined
    return inside.find(other) ?? object ?? later ?? between.find(other) ?? null
  }
  // In the clause first; with no actor outside the source's own group, the group's other member is the
  // partner ("Rusland en China werken samen"); only then an actor later in the sentence.
  const target =
    (judgedDoer && judgedDoer.code !== source.code ? judgedDoer : null) ??
    pickInClause(outside) ??
    pickInClause(differs) ??
    after.find(outside) ??
    // "Beide partijen, vertegenwoordigd door ..., waren niet tot overeenstemming gekomen": the pair itself.
    coordinated(text, source, mentions, differs)[1] ??
    null
  const other = target && group.has(target.code) ? differs : outside
  // "De Chileense journalist is in Peru vrijgelaten": the subject of a passive is acted on by the state it is held,
  // charged or freed in.
  if (
    target &&
    !agent &&
    source === subject &&
    !group.has(target.code) &&
    bare(source) &&
    inClause(target) &&
    HELD_IN.has(before1(target)) &&
    passiveOn(tokens, cue, clauseOf, tokenAt(source.start))
  )
    return {
      source: target,
      target: source,
      targets: coordinated(text, source, mentions, (m) => m.code !== target.code),
      sameClause: inClause(target),
    }
  return {
    source,
    target,
    targets: target ? coordinated(text, target, mentions, other) : [],
    sameClause: inClause(source),
    adjective: source === possessor && possessor.rule === 'kb/adjective',
  }
}

const HELD_IN = WORDS.get('held-in')

/**
 * A past participle: "gegeven", "opgepakt", "vrijgelaten", or of a verb with an unstressed prefix, which takes no
 * "ge-" ("veroordeeld", "verhoord"; not a noun in "-ing").
 */
function participle(t: Token | undefined): boolean {
  if (!t || t.capital || !/[dtn]$/.test(t.norm)) return false
  const w = t.norm
  return (
    PARTICIPLE_STARTS.some((p) => w.startsWith(p)) ||
    (UNSTRESSED.some((p) => w.startsWith(p)) && !/ing(en)?$/.test(w))
  )
}

/**
 * Acts of custody and justice, done by the state where they take place: holding, arresting, charging, sentencing
 * (and, below, releasing). A passive of them with no "door" is done by the state it is done in.
 */
const PASSIVE_ON = new Set<CueType>(['COERCE', 'ACCUSE'])

/** Of withdrawing, only releasing: "de troepen zijn uit X teruggetrokken" they did themselves. */
const RELEASE = 'release'

/**
 * The cue is the participle of a passive whose subject stands at token `subjectAt`: an auxiliary of the passive
 * between them, no perfect auxiliary of an active clause ("heeft ... opgepakt"), for the types whose doer a passive
 * leaves out (not "de troepen zijn teruggetrokken", which they did themselves).
 */
function passiveOn(tokens: Token[], cue: CueMatch, clauseOf: readonly number[], subjectAt: number): boolean {
  const type = cue.cue.type
  if (!PASSIVE_ON.has(type) && !(type === 'RETREAT' && cue.cue.mode === RELEASE)) return false
  const last = cue.tokens[cue.tokens.length - 1]!
  if (isNounCue(tokens, cue) || !participle(tokens[last])) return false
  const clause = clauseOf[last]
  if (clauseOf[subjectAt] !== clause) return false
  let aux = false
  for (let i = subjectAt + 1; i < last; i++) {
    if (PASSIVE_AUX.has(tokens[i]!.norm)) aux = true
    if (HAVE_AUX.has(tokens[i]!.norm)) return false
  }
  return aux
}

/** The token before token `at`, past an article right before it: "op" in "op de aanval". */
export function pastArticle(tokens: Token[], at: number): number {
  return ARTICLE_WORDS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1
}

/**
 * "de aanval die Peru uitvoerde", "de sancties die drie westerse landen Bolivia oplegden": the actor that opens a
 * relative clause ("die", "dat", maybe with an article or a number and adjective before it) right after the
 * cue's noun, when no word of the relative clause is a cue of another type.
 */
function relativeDoer(
  tokens: Token[],
  cue: CueMatch,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
  clauseOf: readonly number[],
  cueTypes: Map<number, CueType>,
): Mention | null {
  if (!isNounCue(tokens, cue)) return null
  const r = cue.tokens[cue.tokens.length - 1]! + 1
  if (!RELATIVE_PRONOUNS.has(tokens[r]?.norm ?? '')) return null
  const doer = mentions.find((m) => {
    const at = tokenAt(m.start)
    return (
      at > r &&
      at <= r + 3 &&
      m.kind !== 'place' &&
      tokens.slice(r + 1, at).every((t) => !t.capital && !PREPOSITIONS.has(t.norm))
    )
  })
  if (!doer) return null
  const end = clauseEnd(clauseOf, tokenAt(doer.start))
  for (let k = r + 1; k <= end; k++) {
    const type = cueTypes.get(k)
    if (type && type !== cue.cue.type) return null
  }
  return doer
}

/** Types of material acts, whose noun takes its object with "van" when an agent is named. */
export const MATERIAL = new Set<CueType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'AID', 'RETREAT'])

/**
 * The agent of a noun phrase ending before token `j`: "door X" right after it, or in a relative clause on it
 * whose words hold no cue of their own ("dat gesteund wordt door X" tells another act).
 */
function nounAgent(
  tokens: Token[],
  clauseOf: readonly number[],
  j: number,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
  cueTokens: Set<number>,
): Mention | null {
  let door = -1
  if (tokens[j]?.norm === W.by) door = j
  else if (RELATIVES.has(tokens[j]?.norm ?? '')) {
    for (let k = j + 1; k < tokens.length && clauseOf[k] === clauseOf[j]; k++) {
      if (cueTokens.has(k)) return null
      if (tokens[k]!.norm === W.by && door === -1 && k <= j + 6) door = k
    }
  }
  if (door === -1) return null
  const at = ARTICLE_WORDS.has(tokens[door + 1]?.norm ?? '') ? door + 2 : door + 1
  return mentions.find((m) => tokenAt(m.start) === at) ?? null
}

const PLACE_TARGET = WORDS.get('place-target')
const RELATIVES = WORDS.get('relatives')

/** Prepositions of a phrase of circumstance, that brings in no counterpart: "voor", "van", "in". */
const CIRCUMSTANCES = WORDS.get('circumstance-prepositions')

/** The pronouns that open a relative clause on a noun: "de aanval die ...", "het akkoord dat ...". */
const RELATIVE_PRONOUNS = WORDS.get('relative-pronouns')
const CLAUSE_OPENERS = WORDS.get('clause-words')
