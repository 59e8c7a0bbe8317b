// The rules' reading of an article: its sentences in order (codedSentences), each read once for all its cues
// (codeSentence), with the subject carried over from the sentence before, what the article told so far and the
// rules that read a whole sentence (scenes, failed talks, denials, the unharmed, a stay abroad). A cue's own act is
// coded in acts.ts. The rule-only stage and the model (decide.ts) both read an article through here.

import type { Article } from '../core/doc.js'
import type { Span } from '../core/span.js'
import type { Mention } from '../actors/index.js'
import { sentenceTokens, tokenIndex, tokenize, type Token } from '../actors/normalize.js'
import { BLAME, matchCues, type CueMatch, type CueType, type EventType } from './lexicon.js'
import { headlineClauses, headlineText, sentenceSpans } from './sentences.js'
import { DEEDS } from './types.js'
import { deniedActs, failedTalks, sceneEvents } from './discourse.js'
import { codeCue, isClock, isLeaning, isLocation, type Reading } from './acts.js'
import { carriedSubject, openingSubject, type Topic } from './carry.js'
import type { Told } from './counterpart.js'
import { WORDS } from './words.js'
import { codedEvent, contextsOf, quoted, type CodedEvent, type EventLexicon, type ToldAct } from './coded.js'
import { ONLY_NEGATED } from './polarity.js'
import { coordinated, within } from './phrases.js'
import { askersOwn, homeRequests, onRequestOf } from './requests.js'
import { unharmed } from './unharmed.js'
import { stayAbroad } from './visits.js'

const ARTICLE_WORDS = WORDS.get('article-words')
const SPEAKER_WORDS = WORDS.get('speaker-words')
const DOMESTIC_PARTIES = WORDS.get('domestic-parties')
const LIKE_WORDS = WORDS.get('likening')

/** Words of an exchange ("gevangenenruil", "uitgewisseld", "in ruil voor"): what is given back goes both ways. */
const EXCHANGES = WORDS.get('exchanges')
const SAY_AFTER = WORDS.get('say-after')
const SAY_BEFORE = WORDS.get('say-before')

/**
 * A headline clause's act aimed at no one, or at its doer, that answers the clause before: aimed at the one doer of
 * that clause ("Peru beschiet grensposten, Chili veroordeelt aanval": Chile condemns Peru), or, when that clause
 * tells no act, at the one other actor it names.
 */
function answeredDoer(e: CodedEvent, doers: Set<string | null>): CodedEvent {
  if (e.target !== null && e.target !== e.source) return e
  const others = [...doers].filter((d) => d !== null && d !== e.source)
  return others.length === 1 ? { ...e, target: others[0]! } : e
}

/** A clause's act with no target, or aimed at its doer, takes the target the whole headline gives the same act. */
function sharedTarget(e: CodedEvent, whole: CodedEvent[]): CodedEvent {
  if (e.target !== null && e.target !== e.source) return e
  const w = whole.find(
    (o) => o.source === e.source && o.type === e.type && o.target !== null && o.target !== o.source,
  )
  return w ? { ...e, target: w.target } : e
}

/** What the article told before this sentence: its events so far. */
export interface ArticleContext {
  prior: CodedEvent[]
  /** Acts read but coded as no event (an attack aimed at no one named), in the order told; filled in as read. */
  untold?: ToldAct[]
  /** The subject of the sentence read before, which a sentence naming no subject of its own goes on with. */
  topic?: Topic
  /** The sentences read so far, this one last, with the paragraph of each. */
  told?: Told
}

/** A fresh context for reading an article's sentences in order, with `prior` as the events coded so far. */
export function readingContext(prior: CodedEvent[]): Required<ArticleContext> {
  return { prior, untold: [], topic: { subject: null }, told: { sentences: [] } }
}

/** A sentence of an article with its tokens, its cue matches and the events the rules code in it. */
export interface CodedSentence {
  sentence: Span
  headline: boolean
  tokens: Token[]
  matches: CueMatch[]
  coded: CodedEvent[]
}

/**
 * An article's sentences in reading order, each with the events the rules code in it, for the rules alone and for
 * the model alike. The body comes first (when the headline repeats an event, the body's fuller wording is the one
 * kept) and the headline last, read clause by clause. The subject carried over is forgotten at the start of a
 * paragraph, and every sentence joins those told. The caller adds what it keeps to `context.prior` before it asks
 * for the next sentence.
 */
export function* codedSentences(
  text: string,
  article: Article,
  mentions: Mention[],
  lexicon: EventLexicon,
  context: Required<ArticleContext>,
): Generator<CodedSentence> {
  const spans = [
    ...article.paragraphs.map((span) => ({ span, headline: false })),
    ...(article.headlineSpan ? [{ span: article.headlineSpan, headline: true }] : []),
  ]
  const read = (sentence: Span, within: Required<ArticleContext>) => {
    const tokens = sentenceTokens(article, text, sentence.start, sentence.end)
    const matches = matchCues(lexicon.index, tokens)
    return {
      tokens,
      matches,
      coded: codeSentence(text, sentence, mentions, lexicon, within, { tokens, matches }),
    }
  }
  for (const [paragraph, { span, headline }] of spans.entries()) {
    context.topic.subject = null
    if (!headline) {
      for (const sentence of sentenceSpans(text, span)) {
        context.told.sentences.push({ span: sentence, paragraph })
        yield { sentence, headline, ...read(sentence, context) }
      }
      continue
    }
    // A headline's clauses share its actors: an act its own clause aims at no one, or at its doer, takes the one
    // the whole headline, read as one sentence on a copy of what the article told so far, aims it at ("Gaza in
    // brand - Israël begint offensief").
    const whole = headlineText(text, span)
    const { coded: wholly } = read(whole, {
      prior: [...context.prior],
      untold: [...context.untold],
      topic: { ...context.topic },
      told: { sentences: [...context.told.sentences, { span: whole, paragraph }] },
    })
    let doers = new Set<string | null>()
    for (const sentence of headlineClauses(text, span)) {
      context.told.sentences.push({ span: sentence, paragraph })
      const clause = read(sentence, context)
      const coded = clause.coded.map((e) => answeredDoer(sharedTarget(e, wholly), doers))
      // The doers of this clause's acts, which the next clause may answer ("..., Chili veroordeelt aanval"); a
      // clause that tells no act is answered by what it names ("Nijldam in Peru wekt stroom op, Chili veroordeelt
      // ingebruikname").
      doers = new Set([
        ...coded.map((e) => e.source),
        ...context.untold.filter((a) => a.sentence.start === sentence.start).map((a) => a.source),
      ])
      if (doers.size === 0)
        doers = new Set(
          mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.code),
        )
      yield { sentence, headline, ...clause, coded }
    }
  }
}

export function codeSentence(
  text: string,
  sentence: Span,
  articleMentions: Mention[],
  lexicon: EventLexicon,
  article: ArticleContext = { prior: [] },
  /** The sentence's tokens and every cue match in them, when the caller has read them already. */
  read?: { tokens: Token[]; matches: CueMatch[] },
): CodedEvent[] {
  const { index, mapping, contexts } = lexicon
  const { prior, untold = [], topic, told: toldBefore } = article
  const tokens = read?.tokens ?? tokenize(text, sentence.start, sentence.end)
  const all = read?.matches ?? matchCues(index, tokens)
  // "Peru ontbood de ambassadeur. Daarna eiste het excuses van Chili.": a subject left unnamed is the one before.
  let allMentions = articleMentions
  let carriedMention: Mention | null = null
  let carriedPronoun = false
  if (topic) {
    const inside = articleMentions.filter((m) => within(m, sentence)).sort((a, b) => a.start - b.start)
    const actVerb = (k: number) =>
      all.some((c) => c.cue.type !== 'NONE' && c.cue.kind !== 'noun' && c.tokens[0] === k)
    const carried = carriedSubject(text, tokens, inside, topic.subject, actVerb)
    const listed = (m: Mention) => coordinated(text, m, inside, (x) => x.code !== m.code).length > 1
    topic.subject = openingSubject(tokens, inside, listed) ?? carried?.mention ?? null
    if (carried) {
      carriedMention = carried.mention
      carriedPronoun = carried.kind === 'it'
      allMentions = [...articleMentions, carried.mention].sort((a, b) => a.start - b.start)
    }
  }
  const blocks = all.filter((c) => c.cue.type === 'NONE')
  // Being behind an act ("zit achter") is read apart: it is no act of its own for the other cues' rules.
  const blames = all.filter((c) => c.cue.mode === BLAME)
  const cues = all.filter((c) => c.cue.type !== 'NONE' && c.cue.mode !== BLAME)
  const deny = (here: CodedEvent[]) =>
    deniedActs(text, sentence, tokens, cues, allMentions, prior, here, lexicon)
  const mentions = allMentions.filter((m) => within(m, sentence))
  // The first token at or after an offset (-1 when none).
  const tokenAt = (offset: number) => {
    const i = tokenIndex(tokens, offset)
    return i < tokens.length ? i : -1
  }
  // A stay abroad is told with no cue: "De Chileense president is vandaag in Peru".
  const stay = stayAbroad(text, tokens, cues, mentions, tokenAt)
  if (cues.length === 0 && blames.length === 0 && !stay) return deny([]).events
  // "Het overleg leverde geen doorbraak op" is a deal that failed; "de doorbraak" told as done codes nothing.
  const onlyNegated = cues.filter((c) => ONLY_NEGATED.has(c.cue.source))
  const told = (events: CodedEvent[]) =>
    events.filter(
      (e) =>
        e.polarity === 'negated' || !onlyNegated.some((c) => c.start === e.cue.start && c.end === e.cue.end),
    )
  if (mentions.length === 0)
    return told([
      ...sceneEvents(
        text,
        sentence,
        tokens,
        cues,
        allMentions,
        mapping,
        contexts,
        homeRequests(text, tokens, cues),
      ),
      ...failedTalks(text, sentence, tokens, cues, prior, lexicon),
    ])
  const attribution = findAttribution(text, tokens, mentions)
  const context = contextsOf(tokens, contexts)
  const speakers = attribution ? speakerPhrase(text, attribution.mention, mentions) : []
  const words = { tokens, tokenAt }
  const args = mentions.filter(
    (m) => !speakers.includes(m) && !isLocation(words, m) && !isClock(words, m) && !isLeaning(words, m),
  )
  const reading: Reading = {
    text,
    sentence,
    tokens,
    tokenAt,
    all,
    cues,
    blocks,
    mentions,
    allMentions,
    args,
    attribution,
    context,
    cueTokens: new Set(cues.filter((c) => c.cue.type !== 'SUPPORT').flatMap((c) => c.tokens)),
    cueTypes: new Map<number, CueType>(cues.flatMap((c) => c.tokens.map((k) => [k, c.cue.type] as const))),
    liked: new Set(mentions.filter((m) => likened(tokens, tokenAt(m.start)))),
    exchanged: exchange(tokens),
    domestic: tokens.some((t) => DOMESTIC_PARTIES.has(t.norm)),
    carriedMention,
    carriedPronoun,
    prior,
    untold,
    toldBefore,
    lexicon,
  }
  const out: CodedEvent[] = []
  // "Volgens de VN zijn honderden mensen opgepakt": who reports a deed is not its doer. With no actor left in the
  // sentence but the one it is attributed to, a deed is told of the scene, as in a sentence that names no actor.
  const reportedDeeds =
    args.length === 0 && attribution ? cues.filter((c) => DEEDS.has(c.cue.type as EventType)) : []
  if (reportedDeeds.length > 0)
    out.push(
      ...sceneEvents(
        text,
        sentence,
        tokens,
        reportedDeeds,
        allMentions.filter((m) => m !== attribution!.mention),
        mapping,
        contexts,
      ),
    )
  for (const cue of [...cues, ...blames]) {
    if (reportedDeeds.includes(cue)) continue
    out.push(...codeCue(reading, cue))
  }
  askersOwn(text, tokens, cues, out)
  // "Bij de Chileense raketaanval zijn geen Peruanen omgekomen": the attack on the unharmed did not happen.
  const safe = unharmed(text, tokens, cues, mentions)
  if (safe) {
    const { victim, attack } = safe
    const own = (e: CodedEvent) => e.type === 'ASSAULT' && e.cue.start === attack.start
    // Those unharmed are not the attack's doer ("Peruanen zijn niet getroffen door een raketaanval").
    for (let i = out.length - 1; i >= 0; i--)
      if (own(out[i]!) && out[i]!.source === victim.code) out.splice(i, 1)
    const doer = out.find(own)?.source ?? null
    out.push(
      codedEvent(mapping, {
        type: 'ASSAULT',
        mode: attack.cue.mode,
        source: doer,
        target: victim.code,
        polarity: 'negated',
        modality: 'actual',
        attribution: null,
        evidence: quoted(text, Math.min(attack.start, victim.start), Math.max(attack.end, victim.end)),
        sentence,
        cue: quoted(text, attack.start, attack.end),
        context,
      }),
    )
  }
  onRequestOf(text, sentence, tokens, mentions, out, mapping, tokenAt)
  // "De Chileense president is vandaag in Peru": a person of one state told to be in another visits it.
  if (stay) {
    const done = new Set<string>()
    for (const visitor of stay.visitors) {
      const key = `${visitor.code}>${stay.host.code}`
      if (done.has(key)) continue
      done.add(key)
      const start = visitor.start
      const end = stay.host.end
      out.push(
        codedEvent(mapping, {
          type: 'CONSULT',
          mode: 'visit',
          source: visitor.code,
          target: stay.host.code,
          polarity: stay.negated ? 'negated' : 'asserted',
          modality: 'actual',
          attribution: null,
          evidence: quoted(text, start, end),
          sentence,
          cue: quoted(text, stay.host.start, stay.host.end),
          context,
        }),
      )
    }
  }
  // A denial may deny a deed its own sentence told before it: "Iran zegt Y te hebben aangevallen, maar Y spreekt
  // dit tegen".
  const { events: denied, cues: named } = deny(out)
  // "De VS ontkennen de aanval", "Iran ontkent de beschuldigingen": the act or charge the denial names is the
  // denied deed, coded from where it was told, not a new act.
  // A charge it denies is never the denier's own accusation, deed or not ("Rusland ontkent de beschuldigingen").
  const kept = out.filter(
    (e) => !named.some((c) => c.start === e.cue.start && (denied.length > 0 || c.cue.type === 'ACCUSE')),
  )
  return told([...kept, ...denied])
}

/**
 * "volgens de Boliviaanse president Evo Morales", "volgens de Britse omroep BBC": the speaker a "volgens" names, with the mentions of the same actor that go on its phrase (a name after its adjective and one or two
 * words with no punctuation between). All of it reports; none of it acts.
 */
function speakerPhrase(text: string, speaker: Mention, mentions: Mention[]): Mention[] {
  const out = [speaker]
  // Only after "volgens": "zegt EU-chef X" at a clause's end was tried too and only turned one wrong event into
  // another on the training sets.
  const lead = /[^.,;:!?]*$/.exec(text.slice(Math.max(0, speaker.start - 60), speaker.start))![0]
  if (!lead.split(/\s+/).some((w) => SAY_BEFORE.has(w.toLowerCase()))) return out
  for (const m of mentions.filter((x) => x.start >= speaker.end).sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1]!
    const gap = text.slice(last.end, m.start)
    if (
      m.code !== speaker.code ||
      /[.,;:!?()"„“”]/.test(gap) ||
      gap.trim().split(/\s+/).filter(Boolean).length > 2
    )
      break
    out.push(m)
  }
  return out
}

/** "zei Lavrov", "aldus Lavrov", "volgens TASS": the mention that reports, not acts. */
function findAttribution(text: string, tokens: Token[], mentions: Mention[]): { mention: Mention } | null {
  // "Stoltenberg: Rusland en China werken samen": a speaker before a colon at the start.
  const lead = mentions.find((m) => tokens[0] && m.start === tokens[0].start)
  if (lead && /^\s*:/.test(text.slice(lead.end, lead.end + 3))) return { mention: lead }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const after = SAY_AFTER.has(t.norm)
    if (!after && !SAY_BEFORE.has(t.norm)) continue
    // The speaker follows within a few words ("zei de Russische minister Lavrov"), with no punctuation between.
    const m = mentions.find(
      (x) => x.start >= t.end && x.start - t.end <= 60 && !/[.;:,]/.test(text.slice(t.end, x.start)),
    )
    if (!m) continue
    const between = tokens.filter((k) => k.start >= t.end && k.end <= m.start)
    if (between.some((k) => !k.capital && !SPEAKER_WORDS.has(k.norm))) continue
    // "zei X" closes its clause: at most a few words ("maandag") before the next punctuation.
    if (after) {
      const rest = /^[^.,;:!?"”]*/.exec(text.slice(m.end))![0]
      if (rest.trim().split(/\s+/).filter(Boolean).length > 3) continue
    }
    return { mention: m }
  }
  return null
}

/** The sentence tells of an exchange (of prisoners, hostages): a word of `exchanges`. */
function exchange(tokens: Token[]): boolean {
  return tokens.some((t) => EXCHANGES.has(t.norm))
}

/** "net als X", "evenals X", "zoals ook X": the words before token `i` liken X to another actor. */
function likened(tokens: Token[], i: number): boolean {
  const a = tokens[i - 2]?.norm ?? ''
  const b = tokens[i - 1]?.norm ?? ''
  const c = tokens[i - 3]?.norm ?? ''
  const article = ARTICLE_WORDS.has(b)
  const [x, y] = article ? [c, a] : [a, b]
  return LIKE_WORDS.has(`${x} ${y}`) || LIKE_WORDS.has(y)
}
