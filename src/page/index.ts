// The page stage: segment a page's text into articles (per feed item for feeds), attach the page's own
// date, and flag lines too long to be real text.

import type { Article, FeedItemMeta, Page } from '../core/doc.js'
import type { Message } from '../core/message.js'
import type { Stage } from '../core/pipeline.js'
import { lineColumn } from '../core/span.js'
import { segmentText } from './segment.js'
import { siteLines } from './site-lines.js'

export interface PageStageOptions {
  /** Lines longer than this get a warning (they are still read). */
  longLine?: number
  /**
   * Articles whose body is longer than this (characters) are not read, with a warning: no news article is
   * that long, and the later stages' time grows faster than the length of one article.
   */
  maxArticle?: number
  /**
   * Articles a page may have; the rest are not read, with a warning. A portal page has tens (a feed a few
   * hundred); tens of thousands of datelined items are a list or an attack, and each costs a story lookup.
   */
  maxArticles?: number
  /** Whether a name is a known place: lets a dateline shed a kicker glued before it ("VERKIEZINGEN VSWASHINGTON"). */
  isPlace?: (name: string) => boolean
  /**
   * Lines on this many earlier pages of the same site (by URL host) are boilerplate; 0 (the default) turns the
   * memory off. The memory lives as long as the stage, so a run over a site's pages learns its chrome as it
   * goes; it is off by default because a page must read the same whatever was read before it: a re-run after a
   * crash skips the pages already stored, and pages come in any order.
   */
  repeatedOnPages?: number
}

export function pageStage(options: PageStageOptions = {}): Stage {
  const longLine = options.longLine ?? 100_000
  if (!(longLine > 0)) throw new RangeError('pageStage: longLine must be positive')
  const maxArticle = options.maxArticle ?? 100_000
  if (!(maxArticle > 0)) throw new RangeError('pageStage: maxArticle must be positive')
  const maxArticles = options.maxArticles ?? 1000
  if (!(maxArticles > 0)) throw new RangeError('pageStage: maxArticles must be positive')
  const fits = (page: Page, a: Omit<Article, 'language'>): boolean => {
    if (page.articles.length >= maxArticles) {
      if (!page.messages.some((m) => m.ruleId === 'page/too-many-articles'))
        page.messages.push({
          ruleId: 'page/too-many-articles',
          severity: 'warning',
          text: `more than ${maxArticles} articles on one page: the rest, from this line on, are not read`,
          span: a.body,
          line: lineColumn(page.text, a.body.start).line,
        })
      return false
    }
    const length = a.body.end - a.body.start
    if (length <= maxArticle) return true
    page.messages.push({
      ruleId: 'page/long-article',
      severity: 'warning',
      text: `an article of ${length} characters (over ${maxArticle}) is not read: probably not a news article`,
      span: a.body,
      line: lineColumn(page.text, a.body.start).line,
    })
    return false
  }
  const repeated = options.repeatedOnPages ?? 0
  const memory = repeated > 0 ? siteLines({ pages: repeated }) : null
  return (page: Page) => {
    flagLongLines(page, longLine)
    const isRepeated = memory?.checker(page)
    try {
      read(page, isRepeated)
    } finally {
      memory?.record(page)
    }
  }

  function read(page: Page, isRepeated: ((line: string) => boolean) | undefined): void {
    if (page.meta.items) {
      for (const item of page.meta.items) {
        const got = readItem(page.text, item, page.observedAt, options.isPlace, isRepeated)
        page.messages.push(...got.messages)
        if (!got.article || !fits(page, got.article)) continue
        page.articles.push({ ...got.article, language: null })
      }
      if (page.articles.length === 0) noArticle(page)
      return
    }
    const seg = segmentText(page.text, {
      observedAt: page.observedAt,
      title: page.meta.headline ?? page.meta.title,
      isPlace: options.isPlace,
      isRepeated,
    })
    page.messages.push(...seg.messages)
    if (seg.published) page.meta.published ??= seg.published
    for (const a of seg.articles) {
      if (!fits(page, a)) continue
      // The container's own date (HTML meta, feed) is the most precise; a byline comes next.
      if (a.kind === 'main' && page.meta.published) a.published = page.meta.published
      page.articles.push({ ...a, language: null })
    }
    if (page.articles.length === 0) noArticle(page)
  }
}

function noArticle(page: Page): void {
  page.messages.push({ ruleId: 'page/no-article', severity: 'warning', text: 'no article found on the page' })
}

/**
 * One item of a feed or an HTML page (its article, a teaser card): one article. The item's title, printed
 * first, is the headline; the rest is segmented (datelines, chrome, timestamps) and joined back into one
 * body, so a liveblog's entries or a feed item's datelined parts stay one article.
 */
function readItem(
  text: string,
  item: FeedItemMeta,
  observedAt: string | null,
  isPlace: ((name: string) => boolean) | undefined,
  isRepeated: ((line: string) => boolean) | undefined,
): { article: Omit<Article, 'language'> | null; messages: Message[] } {
  let from = item.span.start
  const title = item.title && text.startsWith(item.title, from) ? item.title : null
  if (title) from += title.length
  const seg = segmentText(text.slice(from, item.span.end), {
    observedAt,
    isPlace,
    minWords: 1,
    bodyOnly: title !== null,
    isRepeated,
  })
  const messages = seg.messages.map((m) => (m.span ? { ...m, span: shiftSpan(m.span, from) } : m))
  // What follows a section title ("Lees ook", "Meer over ...") is a list of other articles, not this one.
  const parts = seg.articles
    .filter((a) => seg.sectionAt === null || a.body.start < seg.sectionAt)
    .map((a) => shiftArticle(a, from))
  const first = parts[0]
  if (!first) return { article: null, messages }
  const last = parts[parts.length - 1]!
  const article: Omit<Article, 'language'> = {
    ...first,
    kind: item.kind ?? 'main',
    body: { start: first.body.start, end: last.body.end },
    paragraphs: parts.flatMap((a) => a.paragraphs),
    age: parts.find((a) => a.age)?.age ?? null,
    published: item.published ?? first.published ?? seg.published,
  }
  if (title) {
    article.headline = title
    article.headlineSpan = { start: item.span.start, end: item.span.start + title.length }
  }
  return { article, messages }
}

function shiftSpan<T extends { start: number; end: number }>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by }
}

function shiftArticle(a: Omit<Article, 'language'>, by: number): Omit<Article, 'language'> {
  return {
    ...a,
    headlineSpan: a.headlineSpan && shiftSpan(a.headlineSpan, by),
    dateline: a.dateline && { ...a.dateline, span: shiftSpan(a.dateline.span, by) },
    body: shiftSpan(a.body, by),
    paragraphs: a.paragraphs.map((p) => shiftSpan(p, by)),
    age: a.age && { ...a.age, span: shiftSpan(a.age.span, by) },
  }
}

function flagLongLines(page: Page, limit: number): void {
  let start = 0
  const text = page.text
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (end - start > limit) {
      page.messages.push({
        ruleId: 'page/long-line',
        severity: 'warning',
        text: `line of ${end - start} characters (over ${limit}): probably not a news page`,
        span: { start, end },
        line: lineColumn(text, start).line,
      })
    }
    start = end + 1
  }
}
