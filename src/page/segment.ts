// Split a page's text into its main article and teasers, following the page's structure:
// datelines open articles, the title-like line before a dateline is its headline, relative
// timestamps close the item before them, section titles ("Meer uit ...") open a teaser list.

import type { Article, Age, Dateline } from '../core/doc.js'
import type { Message } from '../core/message.js'
import type { Span } from '../core/span.js'
import {
  BODY_CREDIT,
  BODY_LABEL,
  BODY_STAMP,
  BYLINE_PREFIX,
  CLAUSE_OPENERS,
  LINE_STAMP,
  PLACE_PREPOSITIONS,
  READ_MORE,
  SENTENCE_OPENERS,
  SPACED_KICKER,
  BYLINES,
  CHROME_LINES,
  DATE_PREFIX,
  HEADLINE_CREDIT,
  HEADLINE_STAMP,
  SECTION_TITLES,
} from '../locales/nl/page-words.js'
import { ageInterval, isTruncatedAge, matchAgeAtStart } from './age.js'
import {
  matchAgenciesOnly,
  matchDateline,
  matchNamedDateline,
  readsOn,
  type DatelineMatch,
} from './dateline.js'
import { splitLines, type Line } from './lines.js'
import { parseWrittenDate } from './written-date.js'

type ItemKind = 'age' | 'dateline' | 'section' | 'chrome' | 'byline' | 'text'

interface Item {
  kind: ItemKind
  line: Line
  /** Span of the item's (trimmed) content in the page text. */
  start: number
  end: number
  text: string
  age?: Omit<Age, 'interval' | 'span'>
  dateline?: DatelineMatch
  chrome?: { id: string; where: 'anywhere' | 'outside' }
  /** A byline's written date. */
  date?: string | null
}

export interface SegmentOptions {
  observedAt: string | null
  /** A title the container gave (HTML <title>, feed item title), used to recognise a headline line. */
  title?: string
  /** Whether a name is a known place (a gazetteer), to split a kicker glued before a dateline. */
  isPlace?: (name: string) => boolean
  /** Words the text before the first dateline needs to be an article (default 15; 1 when the text is one item). */
  minWords?: number
  /** The headline is known and not in this text (a feed item's or HTML page's body): no head to look for. */
  bodyOnly?: boolean
  /** Whether a line is boilerplate of the page's site (printed on many of its pages). */
  isRepeated?: (line: string) => boolean
}

export interface Segmentation {
  articles: Omit<Article, 'language'>[]
  /** The page's own date from a metadata prefix ("date 2024-06"). */
  published: string | null
  messages: Message[]
  /** Where the first section title ("Meer uit ...", "Lees ook") starts, or null. */
  sectionAt: number | null
}

const MAX_CHROME_LINE = 300

export function chromeOf(t: string): Item['chrome'] | undefined {
  if (t.length > MAX_CHROME_LINE) return undefined
  for (const c of CHROME_LINES)
    if ((!c.needs || c.needs.test(t)) && c.pattern.test(t)) return { id: c.id, where: c.where }
  return undefined
}

function bylineOf(t: string): { date: string | null } | undefined {
  if (t.length > 160) return undefined
  for (const re of BYLINES) {
    const m = re.exec(t)
    if (m) return { date: m[1] ? parseWrittenDate(m[1]) : null }
  }
  return undefined
}

function isSection(t: string): boolean {
  return t.length <= 60 && SECTION_TITLES.some((re) => re.test(t))
}

/** A line that can be a headline: short, one phrase, not a sentence that ends a paragraph. */
export function isTitleLike(t: string): boolean {
  if (t.length < 3 || t.length > 200) return false
  if (!/\p{L}/u.test(t)) return false
  if (!/^[\p{Lu}\p{N}"'‘’“„«(]/u.test(t)) return false
  if (/[.;,]$|\.["'”’]$/u.test(t)) return false
  // Two capitalised words and nothing else is a byline's name ("Jan Jansen"), not a title.
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(t)) return false
  return t.split(/\s+/).length <= 30
}

/** Classify the remainder of a line starting at `offset`: glued ages one by one, then what follows them. */
function classifyRest(
  line: Line,
  offset: number,
  out: Item[],
  isLastLine: boolean,
  isPlace?: (s: string) => boolean,
): void {
  // A loop, not recursion: a line of thousands of glued timestamps must not overflow the stack.
  for (;;) {
    const raw = line.text.slice(offset - line.start)
    const lead = raw.length - raw.trimStart().length
    const t = raw.trim()
    if (t === '') return
    const start = offset + lead
    const age = matchAgeAtStart(t)
    // A timestamp stands alone or is glued to what follows; "3 uur geleden werd ..." is a sentence.
    const afterAge = age ? t.slice(age.length) : ''
    if (age && (afterAge.trim() === '' || !/^\s/.test(afterAge) || matchDateline(afterAge.trimStart()))) {
      out.push({ line, start, end: start + age.length, text: age.text, kind: 'age', age })
      offset = start + age.length
      continue
    }
    const prefix = leadingPrefix(t, isPlace)
    if (prefix?.places) {
      const dateline: DatelineMatch = { places: prefix.places, agencies: [], length: prefix.length }
      out.push({ line, start, end: start + t.length, text: t, kind: 'dateline', dateline })
      return
    }
    if (prefix) {
      const text = t.slice(0, prefix.length).trimEnd()
      const chrome = { id: 'chrome/line-prefix', where: 'anywhere' } as const
      out.push({ line, start, end: start + text.length, text, kind: 'chrome', chrome })
      offset = start + prefix.length
      continue
    }
    classifyLine(line, start, t, out, isLastLine, isPlace)
    return
  }
}

/** A list item's dash before a sentence ("- De regering ..."). */
const LIST_DASH = /^[-–•][ \u00a0]+(?=\p{Lu}\p{Ll})/u

/** A label glued to the word after it: "Oorlog in ZuidlandDe regering", "OORLOG ZUIDLANDDe", "lima/quitoHet". */
const GLUED =
  /^([\p{L}\p{M}][\p{L}\p{M}/ ]{1,39}?)(?:(?<=\p{Ll})|(?<=\p{Lu}\p{Lu}))(?=(\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*))/u

/**
 * What stands before the first sentence of a line and is not part of it: a clock stamp ("16:52 "), a credit
 * ("Bron: Belga 0 "), a writer's name ("door Anna de Vries "), or a short label glued to the sentence's first word
 * ("Oorlog in ZuidlandDe regering ..."). A glued label is a kicker when the word after it opens a sentence or
 * names a place, or when it is written in small letters; small-letter places ("lima/quitoHet ...") are a dateline.
 */
function leadingPrefix(
  t: string,
  isPlace?: (s: string) => boolean,
): { length: number; places?: string[] } | null {
  const stamp = LINE_STAMP.exec(t) ?? BODY_CREDIT.exec(t) ?? BYLINE_PREFIX.exec(t) ?? LIST_DASH.exec(t)
  if (stamp) return { length: stamp[0].length }
  const spaced = SPACED_KICKER.exec(t)
  if (spaced && SENTENCE_OPENERS.has(spaced[2]!)) return { length: spaced[0].length }
  const label = BODY_LABEL.exec(t)
  if (
    label &&
    (label[1] === undefined || SENTENCE_OPENERS.has(label[1])) &&
    readsOn(t.slice(label[0].length))
  )
    return { length: label[0].length }
  const m = GLUED.exec(t)
  if (!m) return null
  const [, kicker, word] = m as unknown as [string, string, string]
  const words = kicker.trim().split(/\s+/)
  if (words.length > 4 || kicker.replace(/[^\p{L}]/gu, '').length < 3) return null
  // The rest reads as a body: a sentence of some length, not a name in camel case ("GroenLinks wil ...").
  if (!readsOn(t.slice(kicker.length))) return null
  const small = /^\p{Ll}/u.test(kicker)
  // "Oorlog in ZuidlandMinisters ...": a label of two words or more that ends in a known place.
  const placeLabel = words.length >= 2 && isPlace?.(words[words.length - 1]!)
  if (!small && !SENTENCE_OPENERS.has(word) && !isPlace?.(word) && !placeLabel) return null
  const parts = kicker.split('/').map((p) => p.trim())
  if (small && isPlace && parts.every((p) => p !== '' && isPlace(p)))
    return { length: kicker.length, places: parts }
  return { length: kicker.length }
}

/** Classify the trimmed text `t` of a line (no glued age before it) starting at `start`. */
function classifyLine(
  line: Line,
  start: number,
  t: string,
  out: Item[],
  isLastLine: boolean,
  isPlace?: (s: string) => boolean,
): void {
  const base = { line, start, end: start + t.length, text: t }
  const found = matchDateline(t) ?? (isPlace ? matchNamedDateline(t, isPlace) : null) ?? matchAgenciesOnly(t)
  if (found) {
    const dateline = shedKicker(found, isPlace)
    out.push({ ...base, kind: 'dateline', dateline })
    return
  }
  if (isSection(t)) {
    out.push({ ...base, kind: 'section' })
    return
  }
  const byline = bylineOf(t)
  if (byline) {
    out.push({ ...base, kind: 'byline', date: byline.date })
    return
  }
  if (isLastLine && isTruncatedAge(t)) {
    out.push({ ...base, kind: 'chrome', chrome: { id: 'chrome/truncated-age', where: 'anywhere' } })
    return
  }
  const chrome = chromeOf(t)
  out.push(chrome ? { ...base, kind: 'chrome', chrome } : { ...base, kind: 'text' })
}

/**
 * "VERKIEZINGEN VSWASHINGTON (ANP) - ": a topic kicker glued to the dateline. When the first place is not
 * known but a tail of it is, the tail is the place and the rest is chrome.
 */
function shedKicker(d: DatelineMatch, isPlace: ((s: string) => boolean) | undefined): DatelineMatch {
  const first = d.places[0]
  if (first === undefined || !isPlace || isPlace(first)) return d
  for (let k = 1; k <= first.length - 3; k++) {
    const tail = first.slice(k)
    // The kicker is words of its own ("VERKIEZINGEN VS"): never split inside one word or at a hyphen.
    if (!/ /.test(first.slice(0, k)) || first[k - 1] === '-') continue
    if (/^[\p{Lu}]/u.test(tail) && isPlace(tail))
      return { ...d, places: [tail, ...d.places.slice(1)], kicker: first.slice(0, k) }
  }
  return d
}

function classify(
  text: string,
  isPlace?: (s: string) => boolean,
): { items: Item[]; published: string | null } {
  const lines = splitLines(text)
  let lastNonBlank = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.text.trim() !== '') {
      lastNonBlank = i
      break
    }
  }
  const items: Item[] = []
  let published: string | null = null
  let seenContent = false
  for (const line of lines) {
    let offset = line.start
    if (!seenContent && line.text.trim() !== '') {
      seenContent = true
      const m = DATE_PREFIX.exec(line.text)
      if (m) {
        published = m[1]!
        offset += m[0].length
      }
      const rest = line.text.slice(offset - line.start)
      // A clock stamp before the headline is no part of it ("17:22 Kleine republiek ...").
      const stamp = LINE_STAMP.exec(rest.trimStart())
      const head = runOnHead(rest, stamp ? rest.length - rest.trimStart().length + stamp[0].length : 0)
      if (head) {
        const start = offset + head.start
        const text = line.text.slice(start - line.start, start - line.start + head.length)
        items.push({ line, start, end: start + text.length, text, kind: 'text' })
        offset += head.body
      }
    }
    classifyRest(line, offset, items, line.index === lastNonBlank, isPlace)
  }
  return { items, published }
}

/**
 * A headline run on into its body on the page's first line, with no mark between them ("Kleine republiek vreest
 * de buren De regering van het land zegt ..."), as text flattened from a page's title and first paragraph reads:
 * the headline's span and where the body starts, or null. The body opens with a sentence opener that starts no
 * name (or one followed by a word in small letters) after a word that ends without a mark, within the first 25
 * words and before any sentence ends, and reads on; the headline keeps three words or more.
 */
function runOnHead(t: string, from = 0): { start: number; length: number; body: number } | null {
  const space = /\s*/uy
  space.lastIndex = from
  space.exec(t)
  const start = space.lastIndex
  // The first 35 words are enough, however long the line (a page may be one line of megabytes).
  const words: RegExpExecArray[] = []
  const word = /\S+/gu
  word.lastIndex = start
  for (let m; words.length < 35 && (m = word.exec(t)) !== null;) words.push(m)
  for (let i = 3; i < Math.min(words.length - 8, 26); i++) {
    const prev = words[i - 1]![0]
    // A sentence ended before: the line is a body from its start.
    if (/[.!?]["'”’»)]*$/u.test(prev)) return null
    const w = words[i]![0]
    // The headline's last word ends in a small letter, or is an abbreviation in capitals ("... in de EU De ...").
    if (!SENTENCE_OPENERS.has(w) || !/\p{Ll}$|^\p{Lu}{2,}$/u.test(prev)) continue
    if (!CLAUSE_OPENERS.has(w) && !/^\p{Ll}/u.test(words[i + 1]![0])) continue
    return { start, length: words[i - 1]!.index + prev.length - start, body: words[i]!.index }
  }
  return null
}

/** Items that may stand between a headline and its dateline, or a body and its timestamp. */
function isSkippable(item: Item): boolean {
  return item.kind === 'byline' || (item.kind === 'chrome' && item.chrome!.where === 'anywhere')
}

interface Start {
  /** Index of the first body item (the dateline item, or the first text item). */
  at: number
  headline: number | null
}

export function segmentText(text: string, options: SegmentOptions): Segmentation {
  const { items, published: pagePublished } = classify(text, options.isPlace)
  if (options.isRepeated)
    for (const it of items)
      if (it.kind === 'text' && options.isRepeated(it.text))
        Object.assign(it, { kind: 'chrome', chrome: { id: 'chrome/repeated', where: 'anywhere' } })
  if (options.isPlace && !options.bodyOnly) smallPlaceDateline(text, items, options.isPlace)
  captionCopies(items)
  captionTwice(items)
  const messages: Message[] = []
  const claimed = new Set<number>()

  // 1. Every dateline opens an article; the title-like line before it is its headline.
  const starts: Start[] = []
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.kind !== 'dateline') continue
    let p = i - 1
    while (p >= 0 && isSkippable(items[p]!)) p--
    let headline: number | null = null
    const prev = items[p]
    if (
      prev &&
      prev.kind === 'text' &&
      !claimed.has(p) &&
      isTitleLike(prev.text) &&
      (!items[i]!.dateline!.named || isHeadTitle(prev.text)) &&
      prev.line !== items[i]!.line
    ) {
      headline = p
      claimed.add(p)
      // The same headline printed twice: the earlier copy is chrome.
      let q = p - 1
      while (q >= 0 && isSkippable(items[q]!)) q--
      const before = items[q]
      if (before && before.kind === 'text' && before.text === prev.text) {
        claimed.add(q)
        messages.push({
          ruleId: 'chrome/repeated-headline',
          severity: 'info',
          text: 'headline printed twice',
          span: { start: before.start, end: before.end },
          line: before.line.index + 1,
        })
      }
    }
    // The first article's title may stand above chrome (a byline, a stamp, a caption): the longest
    // title-shaped line of the short lines heading the page.
    if (headline === null && starts.length === 0 && !options.bodyOnly) headline = headAbove(items, i)
    if (headline !== null) claimed.add(headline)
    starts.push({ at: i, headline })
  }

  // 2. Text before the first dateline article and before any section title is a main article without dateline.
  const firstStart = starts[0] ? (starts[0].headline ?? starts[0].at) : items.length
  const firstSection = items.findIndex((it) => it.kind === 'section')
  const preludeEnd = firstSection === -1 ? firstStart : Math.min(firstStart, firstSection)
  const prelude: number[] = []
  for (let i = 0; i < preludeEnd; i++) {
    const it = items[i]!
    if (it.kind === 'text' && !claimed.has(i)) prelude.push(i)
  }
  const preludeWords = prelude.reduce((n, i) => n + items[i]!.text.split(/\s+/).length, 0)
  if (preludeWords >= (options.minWords ?? 15)) {
    let at = prelude[0]!
    let headline: number | null = null
    const first = items[at]!
    const second = items[prelude[1] ?? -1]
    const titled =
      isTitleLike(first.text) &&
      second !== undefined &&
      (second.text === first.text || (options.title !== undefined && sameTitle(options.title, first.text)))
    if (titled) {
      headline = at
      claimed.add(at)
      if (second!.text === first.text) claimed.add(prelude[1]!)
      // Page furniture between the title and the body ("Posted By", "/", "Comment0"): the body holds words.
      at =
        prelude.find((i) => !claimed.has(i) && letterWords(items[i]!.text) >= 3) ??
        prelude.find((i) => !claimed.has(i)) ??
        at
    } else if (!options.bodyOnly) {
      const head = headBlock(prelude.map((i) => items[i]!.text))
      if (head) {
        at = prelude[head.body]!
        if (head.headline !== null) {
          headline = prelude[head.headline]!
          claimed.add(headline)
        }
      }
    }
    starts.unshift({ at, headline })
  }

  // 3. Each article's body runs to the next article, timestamp or section title.
  const headlineAt = new Set(starts.map((s) => s.headline).filter((h): h is number => h !== null))
  const startAt = new Set(starts.map((s) => s.at))
  const articles: Segmentation['articles'] = []
  let sectionSeen = -1
  // Items up to here are scanned for section titles: each item once, however many articles the page has.
  let sectionScanned = 0
  for (let s = 0; s < starts.length; s++) {
    const { at, headline } = starts[s]!
    const first = items[at]!
    let bodyStart = first.start
    if (first.kind === 'text') bodyStart += stampLength(first.text)
    let dateline: Dateline | null = null
    if (first.kind === 'dateline') {
      const d = first.dateline!
      bodyStart = first.start + d.length
      // "DAKAR – UPDATE 19.46 uur – ...": a stamp after the dateline is no part of the body.
      bodyStart += LINE_STAMP.exec(text.slice(bodyStart, first.end))?.[0].length ?? 0
      const kicker = d.kicker?.length ?? 0
      dateline = {
        places: d.places,
        agencies: d.agencies,
        span: { start: first.start + kicker, end: bodyStart },
      }
    }
    const paragraphs: Span[] = []
    if (first.end > bodyStart) paragraphs.push({ start: bodyStart, end: first.end })
    let age: Age | null = null
    let published: string | null = null
    if (headline !== null) {
      // A byline between headline and dateline dates the article.
      for (let k = headline + 1; k < at; k++)
        if (items[k]!.kind === 'byline' && items[k]!.date) published = items[k]!.date!
    }
    let k = at + 1
    for (; k < items.length; k++) {
      const it = items[k]!
      if (startAt.has(k) || headlineAt.has(k) || it.kind === 'section' || it.kind === 'dateline') break
      if (it.kind === 'age') {
        age = {
          text: it.text,
          span: { start: it.start, end: it.end },
          amount: it.age!.amount,
          unit: it.age!.unit,
          interval: ageInterval(it.age!.amount, it.age!.unit, options.observedAt),
        }
        break
      }
      if (it.kind === 'byline') {
        if (it.date && !published) published = it.date
        continue
      }
      if (it.kind === 'chrome' && it.chrome!.where === 'anywhere') continue
      if (claimed.has(k)) continue
      paragraphs.push({ start: it.start, end: it.end })
    }
    for (; sectionScanned < at; sectionScanned++)
      if (items[sectionScanned]!.kind === 'section') sectionSeen = sectionScanned
    if (paragraphs.length === 0) {
      messages.push({
        ruleId: 'page/empty-article',
        severity: 'info',
        text: 'an item cut off before any body text is no article',
        span: { start: first.start, end: first.end },
        line: first.line.index + 1,
      })
      continue
    }
    const h = headline !== null ? items[headline]! : null
    const hs = h ? headlineSpanOf(h.text) : null
    const headlineText = h ? h.text.slice(hs!.start, hs!.end) : null
    const body = { start: paragraphs[0]!.start, end: paragraphs[paragraphs.length - 1]!.end }
    const afterSection = sectionSeen !== -1 && sectionSeen < at
    articles.push({
      kind: articles.length === 0 && !afterSection && !age ? 'main' : 'teaser',
      headline: headlineText,
      headlineSpan: h ? { start: h.start + hs!.start, end: h.start + hs!.end } : null,
      dateline,
      body,
      paragraphs,
      age,
      published: published ?? (articles.length === 0 && !afterSection ? pagePublished : null),
      lead: leadOf(text, paragraphs),
    })
  }
  const sectionAt = firstSection === -1 ? null : items[firstSection]!.start
  return { articles, published: pagePublished, messages, sectionAt }
}

/**
 * A photo caption printed twice, once alone and once with its credit ("Ministers bij de top." and "Ministers bij de
 * top. © AFP"): the copy without the credit is chrome too.
 */
function captionCopies(items: Item[]): void {
  const captions = new Set<string>()
  for (const it of items) {
    if (it.kind !== 'chrome' || it.chrome!.id !== 'chrome/photo-credit') continue
    const sign = it.text.search(/\s[©Ⓒ]/u)
    if (sign >= 20) captions.add(it.text.slice(0, sign))
  }
  if (captions.size === 0) return
  for (const it of items)
    if (it.kind === 'text' && captions.has(it.text))
      Object.assign(it, { kind: 'chrome', chrome: { id: 'chrome/photo-caption', where: 'anywhere' } })
}

/**
 * A caption printed twice in a row before the body ("De ministers na de ondertekening." twice): a sentence a page
 * repeats at once, with more body after it, is no part of the body; both copies are chrome.
 */
function captionTwice(items: Item[]): void {
  const text = items.filter((it) => it.kind === 'text')
  for (let k = 0; k + 2 < text.length; k++) {
    const it = text[k]!
    if (!isBodyLine(it.text)) continue
    if (text[k + 1]!.text === it.text && isBodyLine(text[k + 2]!.text) && text[k + 2]!.text !== it.text)
      for (const c of [it, text[k + 1]!])
        Object.assign(c, { kind: 'chrome', chrome: { id: 'chrome/photo-caption', where: 'anywhere' } })
    // Only the page's head: the first body line that is not a caption ends the search.
    else return
  }
}

/**
 * "Malbork - Nederlandse militairen zijn ...": a place written as a name that the gazetteer does not know (a small
 * town, a region), as the dateline of a page's first body line when the page has no other dateline. The page must
 * show it is a place: it writes it after a preposition of place elsewhere ("in Malbork"), or the name ends in a
 * known place ("Provincie Utrecht"). "Jansen - De regering ..." stays a sentence.
 */
function smallPlaceDateline(text: string, items: Item[], isPlace: (s: string) => boolean): void {
  if (items.some((it) => it.kind === 'dateline')) return
  const first = items.find((it) => it.kind === 'text' && isBodyLine(it.text))
  if (!first) return
  const dateline = matchNamedDateline(first.text, () => true)
  if (!dateline) return
  const rest = text.slice(0, first.start) + text.slice(first.start + dateline.length)
  const shown = (place: string) => {
    const words = place.split(' ')
    if (words.length > 1 && isPlace(words[words.length - 1]!)) return true
    const name = place.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    return new RegExp(
      String.raw`(?:^|\s)(?:${PLACE_PREPOSITIONS.join('|')})\s+${name}(?![\p{L}\p{N}])`,
      'u',
    ).test(rest)
  }
  if (dateline.places.every(shown)) Object.assign(first, { kind: 'dateline', dateline })
}

/** The title among the short lines above item `at`, when no line there reads as body. */
function headAbove(items: Item[], at: number): number | null {
  let best: number | null = null
  for (let k = at - 1; k >= 0; k--) {
    const it = items[k]!
    if (it.kind !== 'text') continue
    if (isBodyLine(it.text)) return null
    if (isHeadTitle(it.text) && (best === null || it.text.length > items[best]!.text.length)) best = k
  }
  return best
}

/** A line that reads as body text: a sentence that ends (and is not a short stamp), or a long line. */
export function isBodyLine(t: string): boolean {
  const words = t.split(/\s+/).length
  if (t.length >= 200 || words > 30) return true
  // A title may end in "?" or "!"; a short line is body only when it ends in a full stop (glued to its word: a
  // title may be typed with a stray " ." after it).
  if (words >= 6 && /\S[.…]["'”’»)]*$/u.test(t) && /\p{Ll}/u.test(t)) return true
  // A teaser cut off with a link to the whole article.
  if (words >= 12 && READ_MORE.test(t)) return true
  // Sentences that end in a question: body when a full stop ends a sentence before them.
  return words >= 12 && /[?!]["'”’»)]*$/u.test(t) && /\p{Ll}\.["'”’»)]*\s+\p{Lu}/u.test(t)
}

/**
 * A date or time stamp glued before the first sentence of a body ("4 mei De regering ...", "16:22 Het
 * leger ..."): its length with the space after it, or 0.
 */
export function stampLength(t: string): number {
  const m = BODY_STAMP.exec(t)
  return m ? m[0].length : 0
}

/** Words of a line that hold at least two letters (a time or date stamp has few). */
function letterWords(t: string): number {
  return t.split(/\s+/).filter((w) => /\p{L}.*\p{L}/u.test(w)).length
}

/**
 * A title in a plain-text head: a phrase without a final full stop, of three words or more (a one- or
 * two-word line before the body is a section label or a name), not a numbered list item (breadcrumbs).
 */
function isHeadTitle(t: string): boolean {
  if (t.length < 10 || t.length > 200 || t.split(/\s+/).length > 30) return false
  if (/[.;,:]$/u.test(t) && !/\.{3}$/u.test(t)) return false
  if (/^\d+[.)]\s/u.test(t)) return false
  return letterWords(t) >= 3
}

/**
 * The head of a plain-text page: short lines before the first body line (chrome, then a title). Returns the
 * position of the first body line and of the headline among `lines`, or null when no line reads as body.
 */
export function headBlock(lines: string[]): { body: number; headline: number | null } | null {
  const body = lines.findIndex(isBodyLine)
  if (body === -1) return null
  let headline: number | null = null
  for (let i = 0; i < body; i++) {
    if (!isHeadTitle(lines[i]!)) continue
    // The longest title-shaped line is the title; the others are kickers, stamps and bylines.
    if (headline === null || lines[i]!.length > lines[headline]!.length) headline = i
  }
  return { body, headline }
}

/**
 * The headline within its line: without a credit before it ("ANP ..."), the trail of a breadcrumb
 * ("Home » Nieuws » ..."), a date or time stamp after it, or a second copy glued to the first.
 */
export function headlineSpanOf(t: string): Span {
  let start = HEADLINE_CREDIT.exec(t)?.[0].length ?? 0
  let end = t.length
  const crumbs = [...t.matchAll(/ [»›>] /gu)]
  if (crumbs.length >= 2) start = crumbs[crumbs.length - 1]!.index + 3
  const stamp = HEADLINE_STAMP.exec(t)
  if (stamp && stamp.index > start) end = stamp.index
  const half = (end - start) / 2
  if (Number.isInteger(half) && half >= 10 && t.slice(start, start + half) === t.slice(start + half, end))
    end = start + half
  return { start, end }
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  const x = norm(a)
  const y = norm(b)
  return x === y || x.startsWith(y) || y.startsWith(x)
}

/** The first 8 whitespace-separated words of the body, as written. */
export function leadOf(text: string, paragraphs: Span[]): string {
  const words: string[] = []
  for (const p of paragraphs) {
    // The words `split(/\s+/)` gives, read one at a time: only eight are wanted, not the whole body split.
    const para = text.slice(p.start, p.end)
    NON_SPACE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = NON_SPACE.exec(para)) !== null) {
      words.push(m[0])
      if (words.length === 8) return words.join(' ')
    }
  }
  return words.join(' ')
}
const NON_SPACE = /\S+/g
