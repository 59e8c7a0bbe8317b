// Lines printed on many pages of the same site (menus, slogans, subscription pleas, a desk's sign-off) are
// boilerplate whatever words they hold: a memory of short lines per host, bounded, filled as pages are read.

import type { Page } from '../core/doc.js'
import { splitLines } from './lines.js'

export interface SiteLinesOptions {
  /** Earlier pages of the site a line must be on to count as boilerplate. */
  pages?: number
  /** Lines longer than this are never counted: article sentences are not repeated verbatim. */
  maxLine?: number
  /** Distinct lines remembered per site, and sites remembered (oldest forgotten first). */
  maxLinesPerSite?: number
  maxSites?: number
}

export interface SiteLines {
  /** Whether `line` is boilerplate on the site of `page` (null when the page's site is unknown). */
  checker(page: Page): ((line: string) => boolean) | undefined
  /** Count the page's short lines for its site. */
  record(page: Page): void
}

function hostOf(page: Page): string | null {
  const url = page.source.url
  if (!url) return null
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return null
  }
}

export function siteLines(options: SiteLinesOptions = {}): SiteLines {
  const need = options.pages ?? 3
  const maxLine = options.maxLine ?? 120
  const maxLines = options.maxLinesPerSite ?? 20_000
  const maxSites = options.maxSites ?? 1_000
  const sites = new Map<string, Map<string, number>>()
  return {
    checker(page) {
      const host = hostOf(page)
      const seen = host ? sites.get(host) : undefined
      if (!seen) return undefined
      return (line) => line.length <= maxLine && (seen.get(line) ?? 0) >= need
    },
    record(page) {
      const host = hostOf(page)
      if (!host) return
      let seen = sites.get(host)
      if (!seen) {
        if (sites.size >= maxSites) sites.delete(sites.keys().next().value!)
        seen = new Map()
        sites.set(host, seen)
      }
      const lines = new Set<string>()
      for (const l of splitLines(page.text)) {
        const t = l.text.trim()
        if (t && t.length <= maxLine) lines.add(t)
      }
      for (const t of lines) {
        const n = seen.get(t)
        if (n !== undefined) seen.set(t, n + 1)
        else if (seen.size < maxLines) seen.set(t, 1)
      }
    },
  }
}
