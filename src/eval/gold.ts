// The gold format of ../shared/gold/README.md: reading answer files and writing the engine's output in it.

import type { Page } from '../core/doc.js'

export interface GoldEvent {
  source: string | null
  target: string | null
  type: string
  polarity: 'asserted' | 'negated'
  modality: 'actual' | 'intended' | 'hypothetical' | 'alleged'
  evidence: string
}

export interface GoldArticle {
  kind: 'main' | 'teaser'
  headline: string | null
  dateline: string[]
  agencies: string[]
  lead: string
  age: string | null
  actors: string[]
  people: { name: string; actor: string | null }[]
  events: GoldEvent[]
}

export interface GoldPage {
  page: string
  articles: GoldArticle[]
}

/** Later stages attach actors, people and events; until then these stay empty lists. */
export interface ArticleAnnotations {
  actors?: string[]
  people?: { name: string; actor: string | null }[]
  events?: GoldEvent[]
}

/** What the pipeline's stages found, in the gold format's terms. */
export function annotationsOf(page: Page): ArticleAnnotations[] {
  return page.articles.map((a) => ({
    actors: a.actors?.codes ?? [],
    people: a.actors?.people ?? [],
    events: (a.events ?? []).map((e) => ({
      source: e.source,
      target: e.target,
      type: e.type,
      polarity: e.polarity,
      modality: e.modality,
      evidence: e.evidence.text,
    })),
  }))
}

export function toGold(page: Page, annotations: ArticleAnnotations[] = annotationsOf(page)): GoldPage {
  return {
    page: page.source.name,
    articles: page.articles.map((a, i) => ({
      kind: a.kind,
      headline: a.headline,
      dateline: a.dateline?.places ?? [],
      agencies: a.dateline?.agencies ?? [],
      lead: a.lead,
      age: a.age?.text ?? null,
      actors: [...(annotations[i]?.actors ?? [])].sort(),
      people: annotations[i]?.people ?? [],
      events: annotations[i]?.events ?? [],
    })),
  }
}

export function parseGold(json: string, file: string): GoldPage {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`)
  }
  const d = data as GoldPage
  if (!d || typeof d.page !== 'string' || !Array.isArray(d.articles)) {
    throw new Error(`${file}: not a gold page (needs "page" and "articles")`)
  }
  for (const [i, a] of d.articles.entries()) {
    if (typeof a.lead !== 'string') throw new Error(`${file}: article ${i + 1} has no "lead"`)
    a.actors ??= []
    a.people ??= []
    a.events ??= []
    a.dateline ??= []
    a.agencies ??= []
  }
  return d
}
