// The page stage: segment a page's text into articles (per feed item for feeds), attach the page's own
// date, and flag lines too long to be real text.

import type { Article, Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import { lineColumn } from '../core/span.js'
import { segmentText } from './segment.js'

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
  return (page: Page) => {
    flagLongLines(page, longLine)
    if (page.meta.items) {
      for (const item of page.meta.items) {
        const slice = page.text.slice(item.span.start, item.span.end)
        const seg = segmentText(slice, {
          observedAt: page.observedAt,
          title: item.title ?? undefined,
          isPlace: options.isPlace,
        })
        for (const a of seg.articles) {
          const shifted = shiftArticle(a, item.span.start)
          if (!fits(page, shifted)) continue
          shifted.kind = 'main'
          shifted.published ??= item.published
          page.articles.push({ ...shifted, language: null })
        }
        page.messages.push(
          ...seg.messages.map((m) => (m.span ? { ...m, span: shiftSpan(m.span, item.span.start) } : m)),
        )
      }
      return
    }
    const seg = segmentText(page.text, {
      observedAt: page.observedAt,
      title: page.meta.title,
      isPlace: options.isPlace,
    })
    page.messages.push(...seg.messages)
    if (seg.published) page.meta.published ??= seg.published
    for (const a of seg.articles) {
      if (!fits(page, a)) continue
      // The container's own date (HTML meta, feed) is the most precise; a byline comes next.
      if (a.kind === 'main' && page.meta.published) a.published = page.meta.published
      page.articles.push({ ...a, language: null })
    }
    if (page.articles.length === 0) {
      page.messages.push({
        ruleId: 'page/no-article',
        severity: 'warning',
        text: 'no article found on the page',
      })
    }
  }
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
