// Calls and requests: who asks whom, and for what. The one who calls is the doer of the request and not of the
// act asked for ("roept Chili op de troepen terug te trekken"); "op verzoek van X" is X asking; a call made at
// home, or to a state's own people, stays at home.

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import type { Span } from '../core/span.js'
import { clauses } from './clauses.js'
import { codedEvent, quoted, type CodedEvent } from './coded.js'
import type { CueMatch, CueType, EventType } from './lexicon.js'
import { coordinated, isNounCue } from './phrases.js'
import type { loadMapping } from './scores.js'
import { W, WORDS } from './words.js'

const ADDRESSEE_DETERMINERS = WORDS.get('addressee-determiners')
const COMPLEMENT_ENDS = WORDS.get('complement-ends')
const DEFINITES = WORDS.get('definites')
const DOMESTIC_PARTIES = WORDS.get('domestic-parties')
const PREPOSITIONS = WORDS.get('prepositions')
const SUBJECT_PRONOUNS = WORDS.get('subject-pronouns')
const CHARGE = WORDS.get('charge-prepositions')

/** "dreigt met", "waarschuwt voor": what comes after is what the threat or warning is about. */
const THREATENED_WITH = new Set([W.with, WORDS.one('warning-preposition')])

const HOME_ADDRESSEES = WORDS.get('home-addressees')
const ADDRESSEE_PREPOSITIONS = WORDS.get('addressee-prepositions')

/**
 * The cue reads as a noun of asking: after an article or a preposition ("de recente resolutie", "op uitnodiging
 * van"). A verb split around its object ("roept ... op") never does ("De oppositie roept ... op").
 */
function askingNoun(tokens: Token[], cue: CueMatch): boolean {
  const first = cue.tokens[0]!
  if (cue.tokens[cue.tokens.length - 1]! - first !== cue.tokens.length - 1) return false
  return isNounCue(tokens, cue) || PREPOSITIONS.has(tokens[first - 1]?.norm ?? '')
}

/**
 * "Ze vragen Peru om de grens met Bolivia te openen", "Wereldleiders riepen Peru op Bolivia te helpen": the source
 * of a verb of asking found only past the cue, further on than a subject that follows its verb ("vraagt Chili ...",
 * "roept Chili ... op") can stand, is named in what is asked for; the caller is not named, and the call is no event of the rules'.
 * An agent after "door" ("werd gevraagd door X") is the caller all the same.
 */
export function complementCaller(
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  tokenAt: (offset: number) => number,
): boolean {
  // A noun of asking ("de resolutie van X", "op uitnodiging van X") names its asker after it.
  if (askingNoun(tokens, cue)) return false
  if (source.start < cue.end) return false
  const at = tokenAt(source.start)
  if (tokens[at - 1]?.norm === W.by || tokens[at - 2]?.norm === W.by) return false
  // A subject after its verb stands inside a cue of more than one word ("roept Chili ... op"), or right after one.
  return cue.tokens.length > 1 || at > cue.tokens[0]! + 2
}

/**
 * "Chili roept zijn landgenoten op Peru te verlaten", "de partij riep het kabinet op sancties tegen Peru te steunen":
 * a call whose addressee is the caller's own people or one of its bodies stays at home; an actor after the
 * addressee is named in what is asked for, not asked.
 */
export function calledAtHome(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  target: Mention,
  mentions: Mention[],
  tokenAt: (offset: number) => number,
): boolean {
  const at = homeAddresseeAt(text, tokens, cue, tokenAt(source.start), tokenAt(source.end), mentions)
  return at !== -1 && source.end <= tokens[at]!.start && tokenAt(target.start) > at
}

/**
 * "Vorige week riep Chili Peru op ...", "Daarom dringt Chili er bij Peru op aan ...": with no actor before a verb of
 * asking split around its object, the first of two actors inside it is the subject after its verb, the next one
 * the one asked.
 */
export function invertedAsker(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  pool: Mention[],
  tokenAt: (offset: number) => number,
): readonly [Mention, Mention] | null {
  if (cue.tokens.length < 2 || isNounCue(tokens, cue)) return null
  const clauseOf = clauses(text, tokens)
  const first = cue.tokens[0]!
  const inside = pool.filter((m) => m.start >= cue.start && m.end <= cue.end && m.kind !== 'place')
  const [subject, asked] = [inside[0], inside.find((m) => m.code !== inside[0]?.code)]
  if (!subject || !asked || tokenAt(subject.start) > first + 2) return null
  if (pool.some((m) => m.end <= cue.start && clauseOf[tokenAt(m.start)] === clauseOf[first])) return null
  return [subject, asked]
}

/** Plural nouns of people who call on others ("ministers", "hulporganisaties"), named as no actor. */
const CALLERS = WORDS.get('callers')

/**
 * "Meerdere ministers hebben Peru opgeroepen ...", "De ministers vroegen Peru ...": a caller named as no actor
 * (`callers`, or a domestic party) before the actor taken as the source of a verb of asking, not tied to it by "van"
 * ("ministers van Peru"), is the subject; that actor is the one asked.
 */
export function unnamedCaller(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  tokenAt: (offset: number) => number,
): boolean {
  if (askingNoun(tokens, cue)) return false
  const clauseOf = clauses(text, tokens)
  const at = tokenAt(source.start)
  const first = cue.tokens[0]!
  if (clauseOf[at] !== clauseOf[first]) return false
  for (let c = Math.min(at, first) - 1; c >= 0 && clauseOf[c] === clauseOf[first]; c--) {
    const w = tokens[c]!.norm
    if (!CALLERS.has(w) && !DOMESTIC_PARTIES.has(w)) continue
    return at > c + 1 && !tokens.slice(c + 1, at).some((t) => t.norm === W.of)
  }
  return false
}

/**
 * "De betogers willen dat de regering aftreedt", "Ze riep de bevolking op kalm te blijven": in a sentence that names
 * no actor, a request by a domestic party, or one addressed to the people or a body at home, is made at home, in
 * the state of the scene.
 */
export function homeRequests(text: string, tokens: Token[], cues: CueMatch[]): CueMatch[] {
  return cues.filter((cue) => {
    if (cue.cue.type !== 'REQUEST') return false
    const first = cue.tokens[0]!
    return (
      domesticCaller(text, tokens, cue) || homeAddresseeAt(text, tokens, cue, first - 1, first - 1, []) !== -1
    )
  })
}

/**
 * A domestic party ("de oppositie", "betogers") stands before the cue in its clause, as its subject; or the cue
 * holds its own subject, "they" ("Zij eisen dat ...": the crowd told of before).
 */
export function domesticCaller(text: string, tokens: Token[], cue: CueMatch): boolean {
  const clauseOf = clauses(text, tokens)
  const first = cue.tokens[0]!
  if (SUBJECT_PRONOUNS.has(tokens[first]!.norm)) return true
  return tokens.some((t, i) => i < first && clauseOf[i] === clauseOf[first] && DOMESTIC_PARTIES.has(t.norm))
}

/**
 * "X roept Y op om Z wapens te sturen", "X eist dat een bedrijf geen chips meer verkoopt aan Z": an act in what
 * a call, demand or request asks for is no deed of who asks (the training gold codes the REQUEST alone). Coded with the asker before the request as its doer, it is taken out, and so is
 * one coded with whoever stands before a request verb that codes no request of its own ("hebben X opgeroepen om
 * ... te stappen": the unnamed callers asked X). Done by another named in what is asked ("eist dat Y haar offensief
 * beëindigt", "wil dat Y ... bevriest") it stays, as does the act that answers a request noun ("Y gaat in op een
 * verzoek van X om hulp").
 */
export function askersOwn(text: string, tokens: Token[], cues: CueMatch[], out: CodedEvent[]): void {
  const at = (c: CueMatch) => (e: CodedEvent) => e.cue.start === c.start && e.cue.end === c.end
  for (const cue of cues) {
    if (cue.cue.type === 'REQUEST') continue
    const r = requester(text, tokens, cue, cues)
    if (!r) continue
    const askers = new Set(out.filter((e) => e.type === 'REQUEST' && at(r)(e)).map((e) => e.source))
    for (let i = out.length - 1; i >= 0; i--)
      if (
        at(cue)(out[i]!) &&
        out[i]!.evidence.start < r.start &&
        (askers.has(out[i]!.source) || (askers.size === 0 && !isNounCue(tokens, r)))
      )
        out.splice(i, 1)
  }
}

/** "op verzoek van", "op vraag van": the actor after it asked for the act the clause tells. */
const REQUEST_OF = [...WORDS.get('request-of')].map((p) => p.split(' '))

/** Acts that may well be done to who asked for them: "geeft op verzoek van X de beelden terug". */
const GIVEN_TO_ASKER = new Set<EventType>(['REQUEST', 'AID', 'RETREAT', 'CONCEDE'])

/**
 * "Y hield haar aan op verzoek van X", "de raad vergaderde op vraag van X en Z": who is named after the phrase
 * asked the doer of the sentence's acts, a REQUEST from each asker to each doer, and the acts keep their own doer. The request noun ("verzoek") tells no request of its own then; with no
 * act told by another, the noun's own reading stays.
 */
export function onRequestOf(
  text: string,
  sentence: Span,
  tokens: Token[],
  mentions: Mention[],
  out: CodedEvent[],
  mapping: ReturnType<typeof loadMapping>,
  tokenAt: (offset: number) => number,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const phrase = REQUEST_OF.find((p) => p.every((w, k) => tokens[i + k]?.norm === w))
    if (!phrase) continue
    const after = i + phrase.length
    const first = mentions
      .filter((m) => tokenAt(m.start) >= after && tokenAt(m.start) <= after + 3)
      .sort((a, b) => a.start - b.start)[0]
    if (!first || !first.code) continue
    const askers = coordinated(text, first, mentions, (m) => m.code !== null)
    const codes = new Set(askers.map((m) => m.code))
    const from = tokens[i]!.start
    const to = tokens[after - 1]!.end
    const doers = [
      ...new Set(
        out.filter((e) => e.type !== 'REQUEST' && e.source && !codes.has(e.source)).map((e) => e.source!),
      ),
    ]
    // The asker is not what the act is done to: "werd op verzoek van X door Y opgepakt" is no arrest of X's own
    // (but what is given or given back may go to the asker).
    for (let k = out.length - 1; k >= 0; k--) {
      const e = out[k]!
      if (!GIVEN_TO_ASKER.has(e.type) && e.target && codes.has(e.target) && e.source && !codes.has(e.source))
        out.splice(k, 1)
    }
    if (doers.length === 0) continue
    // The noun's own request, aimed by the noun rules, gives way to the asker's request of the doers.
    for (let k = out.length - 1; k >= 0; k--) {
      const e = out[k]!
      if (e.type === 'REQUEST' && e.cue.start >= from && e.cue.end <= to) out.splice(k, 1)
    }
    for (const asker of askers)
      for (const doer of doers) {
        if (asker.code === doer) continue
        if (out.some((e) => e.type === 'REQUEST' && e.source === asker.code && e.target === doer)) continue
        const end = Math.max(to, asker.end)
        out.push(
          codedEvent(mapping, {
            type: 'REQUEST',
            mode: null,
            source: asker.code,
            target: doer,
            polarity: 'asserted',
            modality: 'actual',
            attribution: null,
            evidence: quoted(text, from, end),
            sentence,
            cue: quoted(text, from, to),
            context: [],
          }),
        )
      }
  }
}

/** Talks and deals that a request proposes are what it asks for (PLOVER's REQUEST mode "meet"). */
const PROPOSED = new Set<CueType>(['CONSULT', 'AGREE', 'RETREAT'])

/** What a call is for: "een oproep tot een staakt-het-vuren", "roept op tot overleg". */
const CALL_FOR = WORDS.get('call-for')

/**
 * The talks or deal a request proposes are no event of their own: "wil dat er een vredesakkoord ligt",
 * "stelde voor om vredesbesprekingen te beginnen", "drong erop aan om te onderhandelen" tell one REQUEST.
 */
export function requested(text: string, tokens: Token[], cue: CueMatch, cues: CueMatch[]): boolean {
  return PROPOSED.has(cue.cue.type) && requester(text, tokens, cue, cues) !== undefined
}

/** The request cue whose complement ("om ... te", "dat ...", a bare infinitive) holds the cue. */
function requester(text: string, tokens: Token[], cue: CueMatch, cues: CueMatch[]): CueMatch | undefined {
  const first = cue.tokens[0]!
  return cues.find((r) => {
    if (r === cue || r.cue.type !== 'REQUEST') return false
    const from = r.tokens[0]!
    const last = r.tokens[r.tokens.length - 1]!
    if (last >= first || first - last > 12) return false
    const span = tokens.slice(from, first)
    // "om ... te", "dat ...", or a bare infinitive ("roept Y op de aanvallen te staken").
    const end = cue.tokens[cue.tokens.length - 1]!
    const infinitive =
      tokens[first - 1]?.norm === W.to ||
      cue.tokens.some((k) => tokens[k]!.norm === W.to) ||
      tokens[end + 1]?.norm === W.to ||
      // a cue split around words, its verb last ("de aanvallen op Y te staken")
      (cue.tokens.length > 1 && tokens[end - 1]?.norm === W.to)
    const callFor = CALL_FOR.has(tokens[last + 1]?.norm ?? '')
    if (!infinitive && !callFor && !span.some((t) => t.norm === W.purpose || t.norm === W.that)) return false
    for (let i = last + 1; i <= first; i++) {
      if (
        COMPLEMENT_ENDS.has(tokens[i]!.norm) ||
        /[,;:]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))
      )
        return false
    }
    return true
  })
}

/**
 * The cue names what another cue of `types` is about: that cue stands at most `reach` tokens before it, with
 * one of `links` between them.
 */
function complementOf(
  tokens: Token[],
  cue: CueMatch,
  cues: CueMatch[],
  types: readonly string[],
  reach: number,
  links: ReadonlySet<string>,
): boolean {
  const first = cue.tokens[0]!
  return cues.some((r) => {
    if (r === cue || !types.includes(r.cue.type)) return false
    const last = r.tokens[r.tokens.length - 1]!
    return (
      last < first && first - last <= reach && tokens.slice(last + 1, first).some((t) => links.has(t.norm))
    )
  })
}

/**
 * "dreigt met een aanval", "dreigde met sancties", "waarschuwt voor nieuwe sancties": the act threatened with or
 * warned about has not happened; the threat is the event.
 */
export function threatenedWith(tokens: Token[], cue: CueMatch, cues: CueMatch[]): boolean {
  if (cue.cue.type === 'THREATEN') return false
  if (complementOf(tokens, cue, cues, ['THREATEN'], 4, THREATENED_WITH)) return true
  // "dreigt met zware politieke en economische sancties": with "met" or "voor" right after the threat, what it
  // names may stand further on, after its adjectives and a listed act.
  const first = cue.tokens[0]!
  return cues.some((r) => {
    if (r.cue.type !== 'THREATEN') return false
    const last = r.tokens[r.tokens.length - 1]!
    return last < first && first - last <= 7 && THREATENED_WITH.has(tokens[last + 1]?.norm ?? '')
  })
}

/**
 * "beschuldigt de VS van inmenging", "waarschuwt X voor provocaties": the wrongdoing an accusation or a warning
 * names is what it is about, not a second accusation.
 */
export function chargedWith(tokens: Token[], cue: CueMatch, cues: CueMatch[]): boolean {
  return cue.cue.kind === 'content' && complementOf(tokens, cue, cues, ['ACCUSE', 'THREATEN'], 6, CHARGE)
}

/**
 * The cue, a verb, is addressed to the acting state's own people or one of its bodies: a word of
 * `home-addressees` after the subject in the cue's clause, at most four words after the cue ("riep de bevolking
 * op", "heeft zijn landgenoten opgeroepen", "vragen aan de bevolking"), not in a phrase of place or of another
 * preposition ("sprak in het parlement"), and not naming an actor of its own.
 */
export function homeAddressee(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  sourceAt: number,
  /** The token after the source: the noun an adjective source is of ("de Malinese regering") is no addressee. */
  sourceNext: number,
  mentions: Mention[],
): boolean {
  return homeAddresseeAt(text, tokens, cue, sourceAt, sourceNext, mentions) !== -1
}

/** Where the home addressee of `homeAddressee` stands (its token), or -1. */
function homeAddresseeAt(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  sourceAt: number,
  sourceNext: number,
  mentions: Mention[],
): number {
  const first = cue.tokens[0]!
  const last = cue.tokens[cue.tokens.length - 1]!
  // A noun reading of the cue ("zijn voorstel", "op verzoek van") addresses no one.
  const before = tokens[first - 1]?.norm ?? ''
  if (ADDRESSEE_DETERMINERS.has(before) || DEFINITES.has(before) || PREPOSITIONS.has(before)) return -1
  const clauseOf = clauses(text, tokens)
  for (let i = sourceNext + 1; i < tokens.length && i <= last + 4; i++) {
    const t = tokens[i]!
    if (clauseOf[i] !== clauseOf[first] || cue.tokens.includes(i) || !HOME_ADDRESSEES.has(t.norm)) continue
    if (mentions.some((m) => m.start <= t.start && t.end <= m.end)) continue
    let p = i - 1
    while (p > sourceAt && ADDRESSEE_DETERMINERS.has(tokens[p]!.norm)) p--
    const preposition = tokens[p]?.norm ?? ''
    if (PREPOSITIONS.has(preposition) && !ADDRESSEE_PREPOSITIONS.has(preposition)) continue
    return i
  }
  return -1
}

/**
 * "De partij heeft opgeroepen tot nieuwe verkiezingen", "Ze riep op tot eenheid": a call for something (`call-for`
 * right after a verb of asking) in a sentence that names no actor but the caller is made to the caller's own
 * people, at home.
 */
export function calledForAtHome(
  tokens: Token[],
  cue: CueMatch,
  source: Mention,
  mentions: Mention[],
): boolean {
  if (cue.cue.type !== 'REQUEST' || isNounCue(tokens, cue)) return false
  const last = cue.tokens[cue.tokens.length - 1]!
  return CALL_FOR.has(tokens[last + 1]?.norm ?? '') && mentions.every((m) => m.code === source.code)
}
