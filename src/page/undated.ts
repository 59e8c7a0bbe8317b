// Articles without a date: neither the page states one nor the crawl gives a time, so their events fall
// outside every timeline. A run counts them and ends with one line telling how to give a date.

import type { Page } from '../core/doc.js'

/** Articles of the page with no date of their own and no crawl time to fall back on. */
export function undatedArticles(page: Page): number {
  if (page.observedAt) return 0
  return page.articles.filter((a) => !a.published).length
}

/** The end-of-run line, or null when every article has a date. */
export function undatedLine(undated: number, articles: number): string | null {
  if (undated === 0) return null
  const share = articles > 0 ? ` (${Math.round((100 * undated) / articles)}%)` : ''
  return (
    `${undated} of ${articles} articles${share} have no date: their pages state none and no crawl time was given, ` +
    'so their events stay out of every timeline. Give one with --observed-at ISO-TIME (one time for all), ' +
    "--observed-at mtime (each file's modification time), or a date field in a dataset (--fields date=FIELD)."
  )
}
