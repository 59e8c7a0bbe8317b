// Rules that read past the cue's own clause: a denial of a deed told before, a clash at home in a sentence that
// names no actor, talks that failed between the parties told before, and the counterpart an article is about.

import type { Mention } from '../actors/index.js'
import { tokenIndex, tokenize, type Token } from '../actors/normalize.js'
import type { Span } from '../core/span.js'
import { clauses } from './clauses.js'
import { codedEvent, contextsOf, quoted, type CodedEvent, type EventLexicon } from './coded.js'
import { matchCues, type CueMatch } from './lexicon.js'
import { aimedAttack, listBefore, within } from './phrases.js'
import { modalityOf, polarityOf } from './polarity.js'
import { MAPPING_VERSION, type TypeFacts } from './scores.js'
import { DEEDS, MUTUAL_TYPES, REFLEXIVE, type EventType } from './types.js'
import { W, WORDS } from './words.js'

const ARTICLE_WORDS = WORDS.get('article-words')
const DEFINITES = WORDS.get('definites')
const PREPOSITIONS = WORDS.get('prepositions')
const DENIALS = WORDS.get('denials')
/** Verbs of denial split from their particle, as "verb particle": "spreekt ... tegen". */
const SPLIT_DENIALS = WORDS.get('split-denials')
/** The verbs of the split denials ("spreekt" of "spreekt tegen"): only these look further for a particle. */
const SPLIT_DENIAL_VERBS = new Set([...SPLIT_DENIALS].map((w) => w.split(' ')[0]!))

/** How far back (characters between sentence starts) a denial reaches for the act it denies. */
const DENIAL_REACH = 600

/**
 * "Rusland wordt beschuldigd van de aanval op de dam. Moskou ontkent.": a denial with nothing of its own to
 * deny (no cue after it, or only an act it names with an article, "ontkent de inval") denies the deed the
 * article told just before. The denied deed is coded again, negated: by the one who denies it when they are
 * neither side of it ("Iran, dat elke betrokkenheid ontkent" after an attack by its ally), else as told.
 */
export function deniedActs(
  text: string,
  sentence: Span,
  tokens: Token[],
  cues: CueMatch[],
  allMentions: Mention[],
  prior: CodedEvent[],
  /** The events its own sentence told. */
  here: CodedEvent[],
  lexicon: EventLexicon,
): { events: CodedEvent[]; cues: CueMatch[] } {
  const none = { events: [], cues: [] }
  const clauseOf = clauses(text, tokens)
  // "ontkent", or a split verb of denial with its particle later in its clause: "spreekt dit tegen".
  const d = tokens.findIndex(
    (t, i) =>
      DENIALS.has(t.norm) ||
      (SPLIT_DENIAL_VERBS.has(t.norm) &&
        tokens.some(
          (p, j) => j > i && clauseOf[j] === clauseOf[i] && SPLIT_DENIALS.has(`${t.norm} ${p.norm}`),
        )),
  )
  if (d === -1) return none
  const own = cues.filter((c) => c.tokens[0]! > d)
  // What it denies is named with an article ("ontkent de inval"), a word that may also be read as a verb.
  if (own.some((c) => !DEFINITES.has(tokens[c.tokens[0]! - 1]?.norm ?? ''))) return none
  const charges = { events: [], cues: own.filter((c) => c.cue.type === 'ACCUSE') }
  const mentions = allMentions.filter((m) => within(m, sentence) && m.code && m.kind !== 'place')
  const at = (m: Mention) => tokenIndex(tokens, m.start)
  // "al wordt dat door Kyiv ontkend": the agent of a passive denial; else who stands shortly before it.
  const denier =
    mentions.find((m) => at(m) < d && tokens[at(m) - 1]?.norm === W.by && d - at(m) <= 4) ??
    [...mentions].reverse().find((m) => at(m) < d && d - at(m) <= 10)
  if (!denier) return charges
  // "ontkent de beschuldigingen": the charge names no type of its own; the deed it is about is denied.
  const types = new Set<string>(own.map((c) => c.cue.type).filter((t) => t !== 'ACCUSE'))
  // The deed told last before the denial: in its own sentence, else in the sentences before.
  const before = [
    ...prior.filter(
      (e) => e.sentence.start < sentence.start && sentence.start - e.sentence.start <= DENIAL_REACH,
    ),
    ...here.filter((e) => e.cue.end <= tokens[d]!.start),
  ]
  before.reverse()
  const deed = before.find(
    (e) => DEEDS.has(e.type) && e.polarity === 'asserted' && (types.size === 0 || types.has(e.type)),
  )
  // "Peru beschuldigt Chili van een aanval op Lima. Chili ontkent dat.": when the denier was charged after the
  // deed told last, what it denies is the deed its charge names, when it names one.
  const charge = before.find(
    (e) => e.type === 'ACCUSE' && e.target === denier.code && e.polarity === 'asserted',
  )
  const act =
    charge && (!deed || before.indexOf(charge) < before.indexOf(deed))
      ? (chargedDeed(text, charge, allMentions, lexicon, types) ?? deed)
      : deed
  if (!act) return charges
  const facts = lexicon.mapping.get(act.type)!
  const cue = tokens[d]!
  // "De VS en Oekraïne ontkennen": every member of a list of deniers denies.
  const deniers = [...listBefore(text, denier, mentions), denier]
  const events = deniers.map((denier): CodedEvent => {
    const party = act.source === denier.code || act.target === denier.code
    const source = party ? act.source : denier.code
    const target = act.target === source ? (party ? act.target : null) : act.target
    const start = Math.min(denier.start, cue.start)
    const end = Math.max(denier.end, cue.end)
    return {
      ...act,
      source,
      target,
      polarity: 'negated',
      modality: 'actual',
      attribution: null,
      evidence: quoted(text, start, end),
      sentence,
      cue: quoted(text, cue.start, cue.end),
      context: contextsOf(tokens, lexicon.contexts),
      quad: facts.quad,
    }
  })
  return { cues: own, events }
}

/**
 * The deed an accusation charges its target with, read from the accusation's sentence after its cue: "beschuldigt
 * Chili van een aanval op Lima" is Chili's attack on Peru; on the first state named after the charge's cue other
 * than the one charged, else on no one.
 */
function chargedDeed(
  text: string,
  charge: CodedEvent,
  allMentions: Mention[],
  lexicon: EventLexicon,
  types: Set<string>,
): CodedEvent | null {
  const tokens = tokenize(text, charge.sentence.start, charge.sentence.end)
  const cue = matchCues(lexicon.index, tokens).find(
    (c) =>
      DEEDS.has(c.cue.type as EventType) &&
      c.start >= charge.cue.end &&
      (types.size === 0 || types.has(c.cue.type)),
  )
  if (!cue) return null
  const target = allMentions.find(
    (m) => within(m, charge.sentence) && m.start >= charge.cue.end && m.code && m.code !== charge.target,
  )
  return {
    ...charge,
    type: cue.cue.type as EventType,
    mode: cue.cue.mode,
    source: charge.target,
    target: target?.code ?? null,
  }
}

/** The actor other than `source` that the article names most (the first named among equals); places do not count. */
export function mainCounterpart(mentions: Mention[], source: string | null): Mention | null {
  const counts = new Map<string, { first: Mention; n: number }>()
  for (const m of mentions) {
    if (!m.code || m.code === source || m.kind === 'place') continue
    const c = counts.get(m.code)
    if (c) c.n++
    else counts.set(m.code, { first: m, n: 1 })
  }
  let best: { first: Mention; n: number } | null = null
  for (const c of counts.values()) if (!best || c.n > best.n) best = c
  return best?.first ?? null
}

/**
 * A sentence with no actor of its own that tells of a clash at home ("Ze gooiden stenen naar de politie, die
 * hen met traangas uiteendreef"): the state of the scene the sentence before set is on both sides.
 */
export function sceneEvents(
  text: string,
  sentence: Span,
  tokens: Token[],
  cues: CueMatch[],
  allMentions: Mention[],
  mapping: Map<EventType, TypeFacts>,
  contexts: Map<string, string[]>,
  /** Cues of other types that tell an act at home all the same (`homeRequests`). */
  atHome: CueMatch[] = [],
): CodedEvent[] {
  const before = [...allMentions].reverse().filter((m) => m.end <= sentence.start && m.code)
  // The state or place named last, close before the sentence.
  const here = (m: Mention) => m.kind === 'state' || m.kind === 'place'
  // An article about one state alone tells its scenes there.
  const states = new Set(allMentions.filter(here).map((m) => m.code))
  const code =
    before.find((m) => sentence.start - m.end < 500 && here(m))?.code ??
    (states.size === 1 ? [...states][0]! : null)
  if (!code) return []
  const scene = { code }
  const out: CodedEvent[] = []
  for (const cue of cues) {
    const type = cue.cue.type as EventType
    if (!REFLEXIVE.has(type) && !atHome.includes(cue)) continue
    // "Er werden raketten afgevuurd": an attack is aimed at someone, not a clash at home.
    if (aimedAttack(tokens, cue)) continue
    // A bare noun tells of no act by itself ("op de vlucht voor geweld", "verdacht van spionage"): only a verb
    // does, or a noun phrase with no article or preposition before it.
    const prev = tokens[cue.tokens[0]! - 1]?.norm ?? ''
    if (cue.cue.kind === 'noun' || ARTICLE_WORDS.has(prev) || DEFINITES.has(prev) || PREPOSITIONS.has(prev))
      continue
    out.push(
      codedEvent(mapping, {
        type,
        mode: cue.cue.mode,
        source: scene.code,
        target: scene.code,
        polarity: polarityOf(text, tokens, cue, null, () => cue.tokens[0]!),
        modality: modalityOf(text, tokens, cue, cue.tokens[0]!),
        attribution: null,
        evidence: quoted(text, cue.start, cue.end),
        sentence,
        cue: quoted(text, cue.start, cue.end),
        context: contextsOf(tokens, contexts),
      }),
    )
  }
  return out
}

/** How far back (characters between sentence starts) a failed or called-off meeting reaches for its parties. */
const TALKS_REACH = 600
/** Words of agreeing among parties ("overeenstemming", "eens") and of reaching it ("bereikt", "geworden"). */
const AGREEMENT_AMONG = WORDS.get('agreement-among')
const AGREEMENT_REACHED = WORDS.get('agreement-reached')

/**
 * "Er is nog geen overeenstemming bereikt", "De top werd afgeblazen": talks, a deal or joint work that did not
 * happen, told with no actor of its own (or with only one party and no counterpart), are between the parties of
 * the meeting, deal or joint work the article told just before.
 */
export function failedTalks(
  text: string,
  sentence: Span,
  tokens: Token[],
  cues: CueMatch[],
  prior: CodedEvent[],
  lexicon: EventLexicon,
  /** The one the sentence names as a party, when it names one: the talks before must be theirs. */
  party: string | null = null,
): CodedEvent[] {
  const out: CodedEvent[] = []
  for (const cue of cues) {
    const type = cue.cue.type as EventType
    if (!MUTUAL_TYPES.has(type)) continue
    if (polarityOf(text, tokens, cue, null, () => cue.tokens[0]!) !== 'negated') continue
    const before = [...prior]
      .reverse()
      .find(
        (e) =>
          MUTUAL_TYPES.has(e.type) &&
          e.source &&
          e.target &&
          e.source !== e.target &&
          (!party || e.source === party || e.target === party) &&
          e.sentence.start < sentence.start &&
          sentence.start - e.sentence.start <= TALKS_REACH,
      )
    // "De Veiligheidsraad heeft geen overeenstemming kunnen bereiken": a failed agreement of one party with no
    // talks of theirs told before is among its own members.
    // Only agreeing told as reached among parties ("overeenstemming bereikt", "het eens geworden") is.
    const among =
      !before &&
      party &&
      type === 'AGREE' &&
      AGREEMENT_AMONG.has(tokens[cue.tokens[0]!]!.norm) &&
      tokens.some((t) => AGREEMENT_REACHED.has(t.norm))
    // The event is laid over its sides, whose keys lead: the meeting told before, or the one party among its own
    // members with a place and the mapping version next (as they always came), so the output keeps its key order.
    const sides =
      before ??
      (among ? { source: party, target: party, place: null, mappingVersion: MAPPING_VERSION } : null)
    if (!sides) continue
    const event = codedEvent(lexicon.mapping, {
      type,
      mode: cue.cue.mode,
      source: sides.source,
      target: sides.target,
      polarity: 'negated',
      modality: modalityOf(text, tokens, cue, cue.tokens[0]!),
      attribution: null,
      evidence: quoted(text, cue.start, cue.end),
      sentence,
      cue: quoted(text, cue.start, cue.end),
      context: contextsOf(tokens, lexicon.contexts),
    })
    out.push({ ...sides, ...event })
  }
  return out
}
