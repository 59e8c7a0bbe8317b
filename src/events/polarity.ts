// The polarity and modality of a coded act: the words that negate it ("niet", "geen", a denial, a refusal, calling
// it off) and those that make it intended, hypothetical or alleged ("wil", "als", "volgens"), read in its clause.

import type { Mention } from '../actors/index.js'
import type { Token } from '../actors/normalize.js'
import { clauseEnd, clauses } from './clauses.js'
import type { CueMatch } from './lexicon.js'
import { W, WORDS } from './words.js'

export type Polarity = 'asserted' | 'negated'
export type Modality = 'actual' | 'intended' | 'hypothetical' | 'alleged'

const PERFECT_AUX = WORDS.get('perfect-aux')
const DENIALS = WORDS.get('denials')
const ARTICLE_WORDS = WORDS.get('article-words')
const COMPLEMENT_ENDS = WORDS.get('complement-ends')
const NEGATIONS = WORDS.get('negations')
const NO_LONGER = WORDS.get('no-longer')
const REFUSALS = WORDS.get('refusals')
const COUNTERPART_PREPOSITIONS = WORDS.get('counterpart-prepositions')
const SPEECH_ACT_INTENT = WORDS.get('speech-act-intent')
const GIVE_UP = WORDS.get('give-up')
const CANCELLATIONS = WORDS.get('cancellations')

/** Verbs of calling off split from their particle ("zegde ... af"), verb to particles. */
const SPLIT_CANCELLATIONS = new Map<string, Set<string>>()
for (const pair of WORDS.get('split-cancellations')) {
  const [verb, particle] = pair.split(' ') as [string, string]
  SPLIT_CANCELLATIONS.set(verb, new Set([...(SPLIT_CANCELLATIONS.get(verb) ?? []), particle]))
}

/** What is said of an act that is not happening: "geen sprake", "niet aan de orde", as word sequences. */
const NOT_HAPPENING = [...WORDS.get('not-happening')].map((p) => p.split(' '))

/** What "niet" before them makes displeasure, not a negation: "niet blij", "niet te spreken", as word sequences. */
const DISPLEASED = [...WORDS.get('displeased-after-not')].map((p) => p.split(' '))

/** After "zou", what was to happen and did not: "zou eigenlijk". */
const SUPPOSED = WORDS.get('supposed')

/** A clause that opens by taking the act before it up again: "maar dat", "maar die". */
const RESUMPTIONS = WORDS.get('resumptions')
const GOING = WORDS.get('going')

/** Types of act that can be called off before it happens (suspending ties or a truce is an act of its own). */
const CANCELLABLE = new Set<string>([
  'CONSULT',
  'AGREE',
  'COOPERATE',
  'AID',
  'MOBILIZE',
  'ASSAULT',
  'PROTEST',
])

const INTENT = WORDS.get('intent')
const CONDITION = WORDS.get('condition')
const HEARSAY = WORDS.get('hearsay')
const ALLEGE_AUX = WORDS.get('allege-aux')

export function polarityOf(
  text: string,
  tokens: Token[],
  cue: CueMatch,
  source: Mention | null,
  tokenAt: (o: number) => number,
): Polarity {
  const from = Math.max(
    0,
    Math.min(source ? tokenAt(source.start) : cue.tokens[0]!, cue.tokens[0]!) - 1,
    cue.tokens[0]! - 8,
  )
  const to = cue.tokens[cue.tokens.length - 1]!
  // A wording that tells an act only when negated is negated by its own "niet": "gaat niet naar Peru".
  if (ONLY_NEGATED.has(cue.cue.source) && cue.tokens.some((k) => NEGATIONS.has(tokens[k]!.norm)))
    return 'negated'
  // A denial governs its whole complement: "ontkent dat Iran ... heeft aangevallen"; so does a negated
  // matrix clause: "het is niet zo dat het land de buren te hulp schiet".
  // A refusal negates the act it refuses: "weigert wapens te leveren", "weigert aan te vallen".
  // "weigert met Peru in gesprek te gaan": the "te" may follow the act's noun.
  const infinitive =
    tokens[cue.tokens[0]! - 1]?.norm === W.to ||
    cue.tokens.some((k) => tokens[k]!.norm === W.to) ||
    tokens[to + 1]?.norm === W.to
  for (let i = 0; infinitive && i < cue.tokens[0]!; i++) if (REFUSALS.has(tokens[i]!.norm)) return 'negated'
  const clauseOf = clauses(text, tokens)
  // The last token of the clause the cue ends in.
  const end = clauseEnd(clauseOf, to)
  // The complement ends where a clause opens with "en", "maar" ...: "Maduro ontkent dat ... en weigert hulp",
  // "Kyiv ontkent betrokkenheid, maar voorspelt meer aanvallen".
  let scope = cue.tokens[0]!
  while (scope > 0 && !(clauseOf[scope] !== clauseOf[scope - 1] && COMPLEMENT_ENDS.has(tokens[scope]!.norm)))
    scope--
  for (let i = scope; i < from; i++) {
    if (DENIALS.has(tokens[i]!.norm)) return 'negated'
    if (tokens[i]!.norm === W.not && tokens[i + 1]?.norm === W.that) return 'negated'
    // "er bestaat geen hoop dat ...", "er is geen sprake van dat ...".
    if (tokens[i]!.norm === W.no && tokens.slice(i + 1, i + 5).some((t) => t.norm === W.that))
      return 'negated'
  }
  // "zag af van een gesprek": giving up on the act is its negation.
  const first = cue.tokens[0]!
  for (let i = Math.max(1, first - 4); i < first; i++) {
    if (
      tokens[i]!.norm === W.of &&
      tokens[i - 1]!.norm === W.off &&
      tokens.slice(Math.max(0, i - 8), i).some((t) => GIVE_UP.has(t.norm))
    ) {
      return 'negated'
    }
  }
  // "No longer" stops what a subject does by the verb right after it, wherever a main clause puts the
  // negation after the verb and its object: "X steunt Y niet meer", "X levert Y geen wapens meer". Not when it
  // opens what is asked ("roept Z op niet meer te vliegen"); and a bare "niet" after the verb is too often
  // someone else's ("sluit niet uit", "vroeg of X zich niet wilde bemoeien").
  // A called-off or postponed meeting, deal, aid or attack did not happen: "zegde het bezoek af", "de top
  // werd afgeblazen". (A failed attempt did happen: "de mislukte staatsgreep".)
  // "Het bezoek gaat niet door": a going verb with "niet door" calls it off too.
  if (CANCELLABLE.has(cue.cue.type)) {
    // The clause after the act's own counts when it takes the act up again: "..., maar dat werd uitgesteld".
    const takenUp = RESUMPTIONS.has(`${tokens[end + 1]?.norm} ${tokens[end + 2]?.norm}`)
    const inScope = (i: number) =>
      clauseOf[i] === clauseOf[first] || (takenUp && i > end && clauseOf[i] === clauseOf[end + 2])
    let reach = Math.min(tokens.length - 1, to + 8)
    while (takenUp && reach + 1 < tokens.length && inScope(reach + 1)) reach++
    // "X zou eigenlijk Y bezoeken": what was to happen, and did not (back to a punctuation mark, "en" and "om"
    // clauses included: "zou eigenlijk aankomen om ... een bezoek te brengen").
    for (
      let i = first - 1;
      i >= Math.max(0, first - 12) && !/[,;:]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
      i--
    )
      if (ALLEGE_AUX.has(tokens[i]!.norm) && tokens.slice(i + 1, i + 3).some((t) => SUPPOSED.has(t.norm)))
        return 'negated'
    for (let i = Math.max(0, first - 6); i <= reach; i++) {
      if (!inScope(i) || cue.tokens.includes(i)) continue
      if (CANCELLATIONS.has(tokens[i]!.norm)) return 'negated'
      if (GOING.has(tokens[i]!.norm) && tokens[i + 1]?.norm === W.not && tokens[i + 2]?.norm === W.through)
        return 'negated'
      // A split verb of calling off, its particle after the act: "zegde het bezoek af", "blies de top af".
      const particles = SPLIT_CANCELLATIONS.get(tokens[i]!.norm)
      for (let j = Math.max(i, to) + 1; particles && j < tokens.length && inScope(j); j++)
        if (particles.has(tokens[j]!.norm)) return 'negated'
    }
  }
  // A denial after the act in its own clause denies it: "X heeft de aanval op Y ontkend". So does saying of the
  // act after it, in its clause, that it is not happening: "Van een bestand is geen sprake", "Een akkoord is nog
  // ver weg".
  for (let i = to + 1; i <= end; i++)
    if (
      DENIALS.has(tokens[i]!.norm) ||
      NOT_HAPPENING.some((p) => p.every((w, k) => tokens[i + k]?.norm === w))
    )
      return 'negated'
  const subjectVerb = source !== null && first - tokenAt(source.end) <= 1 && tokenAt(source.start) < first
  const complement = tokens.slice(to + 1, end + 1).some((t) => t.norm === W.to)
  // A main clause that ends in "niet" negates its verb: "X steunt die claim niet." (not "sluit niet uit").
  if (
    subjectVerb &&
    !complement &&
    end > to &&
    tokens[end]!.norm === W.not &&
    /^\s*(?:[.,;:!?)"”’]|$)/.test(text.slice(tokens[end]!.end, tokens[end]!.end + 3))
  )
    return 'negated'
  for (let i = to + 1; subjectVerb && !complement && i <= end; i++) {
    const w = tokens[i]!.norm
    if ((w === W.not || w === W.no) && tokens.slice(i + 1, i + 4).some((t) => NO_LONGER.has(t.norm)))
      return 'negated'
  }
  // "X reist niet naar Y", "X praat niet met Y": "niet" shortly after the subject's verb, right before the
  // preposition that brings in the counterpart.
  for (let i = to + 1; subjectVerb && i <= Math.min(end, to + 3); i++)
    if (
      tokens[i]!.norm === W.not &&
      COUNTERPART_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') &&
      // a phrase follows ("niet naar Peru", "niet met de regering"), not a split verb ("niet aan te vallen")
      (tokens[i + 2]?.capital || ARTICLE_WORDS.has(tokens[i + 2]?.norm ?? ''))
    )
      return 'negated'
  for (let i = Math.max(from, scope); i <= to; i++) {
    const t = tokens[i]!
    if (!NEGATIONS.has(t.norm) || cue.tokens.includes(i)) continue
    // "niet alleen ... maar ook" does not negate.
    if (t.norm === W.not && tokens[i + 1]?.norm === W.only) continue
    // A negation parted from the act by a comma or a cause belongs to another verb: "kan niet reizen vanwege de
    // sancties", "geen wapens, wel steun".
    if (negationElsewhere(text, tokens, i, cue.tokens[0]!)) continue
    // "zonder" leaves out what its own phrase names ("zonder overleg", "zonder dat er een akkoord is"), not the
    // act further on ("Chili en Peru zonder hun drie adviseurs in overleg").
    if (t.norm === W.without && tokens[i + 1]?.norm !== W.that && cue.tokens[0]! - i > 3) continue
    // Not being glad is displeasure, not a negated act: "niet blij met de inmenging", "niet te spreken over".
    // (Gladness itself, "blij" as the cue, is negated by it.)
    if (
      t.norm === W.not &&
      !cue.tokens.includes(i + 1) &&
      DISPLEASED.some((p) => p.every((w, k) => tokens[i + 1 + k]?.norm === w))
    )
      continue
    return 'negated'
  }
  return 'asserted'
}

/** The prepositions of a cause or a witness of it: "vanwege de sancties", "getuige de sancties". */
const CAUSES = WORDS.get('cause-prepositions')

/** A negation that a punctuation mark or a cause's phrase parts from the act's cue at `first`. */
function negationElsewhere(text: string, tokens: Token[], at: number, first: number): boolean {
  if (/[,;:]/.test(text.slice(tokens[at]!.end, tokens[first]!.start))) return true
  return tokens.slice(at + 1, first).some((t) => CAUSES.has(t.norm))
}

const CONDITION_SUBJECTS = WORDS.get('condition-subjects')

export function modalityOf(text: string, tokens: Token[], cue: CueMatch, sourceAt: number): Modality {
  const words = tokens.map((t) => t.norm)
  const clauseOf = clauses(text, tokens)
  const cueAt = cue.tokens[0]!
  const lastCue = cue.tokens[cue.tokens.length - 1]!
  // The claim's own clauses: from the subject's clause to the end of the cue's clause.
  const from = tokens.findIndex((_, i) => clauseOf[i] === clauseOf[Math.min(Math.max(sourceAt, 0), cueAt)])
  const to = clauseEnd(clauseOf, lastCue)
  const scope = words.slice(from, to + 1)
  const zou = scope.findIndex((w) => ALLEGE_AUX.has(w))
  if (scope.some((w) => HEARSAY.has(w)) || (zou !== -1 && scope.slice(zou).some((w) => PERFECT_AUX.has(w)))) {
    return 'alleged'
  }
  // "als" is "if" before a clause subject ("als daar noodzaak toe is"), not "as" ("als doelwit").
  for (let i = 0; i < words.length; i++) {
    if (CONDITION.has(words[i]!) && (words[i] !== W.if || CONDITION_SUBJECTS.has(words[i + 1] ?? '')))
      return 'hypothetical'
  }
  for (let i = Math.max(0, Math.min(sourceAt, cueAt) - 2); i <= cueAt && i < words.length; i++) {
    // "dreigt"/"belooft" make what follows intended, not the threat or promise itself.
    if (INTENT.has(words[i]!) && !(cue.tokens.includes(i) && SPEECH_ACT_INTENT.has(words[i]!)))
      return 'intended'
  }
  // Or in the cue's own clause after it: "dat de invasie ... wil voortzetten".
  for (let i = cueAt + 1; i <= to; i++) if (INTENT.has(words[i]!)) return 'intended'
  return 'actual'
}

/**
 * Cue patterns (as written in the cue file) that tell an act only when it is negated: "geen doorbraak" is a
 * deal that did not come, but a breakthrough told as done is mostly no deal between two sides ("de doorbraak
 * in het onderzoek").
 */
export const ONLY_NEGATED = WORDS.get('only-negated')
