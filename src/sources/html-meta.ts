// An HTML page's own metadata: headline, dates, author and section, from schema.org JSON-LD (NewsArticle and
// its kin), then OpenGraph/Twitter/article meta tags, then the <h1>, in that order of trust.

import type { Message } from '../core/message.js'

export interface HtmlMeta {
  headline?: string
  published?: string
  modified?: string
  author?: string
  section?: string
  /** The page's <title> (or og:title), as the container names it. */
  title?: string
  url?: string
  /** The page says it is an article (JSON-LD article type, og:type article). */
  isArticle: boolean
  /** The article's text when the JSON-LD carries it. */
  articleBody?: string
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
])

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const clean = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : undefined
}

function text(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return clean(v)
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(', ') || undefined
  if (v && typeof v === 'object') return text(v.name)
  return undefined
}

function typesOf(o: { [k: string]: Json }): string[] {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** The first object of an article type in a JSON-LD value (arrays and @graph included), breadth first. */
function findArticle(root: Json): { [k: string]: Json } | null {
  const queue: Json[] = [root]
  for (let i = 0; i < queue.length && i < 500; i++) {
    const v = queue[i]!
    if (Array.isArray(v)) queue.push(...v)
    else if (v && typeof v === 'object') {
      if (typesOf(v).some((t) => ARTICLE_TYPES.has(t))) return v
      if (v['@graph']) queue.push(v['@graph'])
      if (v.mainEntity) queue.push(v.mainEntity)
    }
  }
  return null
}

/** JSON-LD article fields from the raw HTML (before scripts are stripped). */
export function jsonLdArticle(html: string, messages: Message[]): Partial<HtmlMeta> | null {
  LD_SCRIPT.lastIndex = 0
  for (let m = LD_SCRIPT.exec(html); m; m = LD_SCRIPT.exec(html)) {
    let value: Json
    try {
      value = JSON.parse(m[1]!.trim().replace(/^<!--|-->$/g, '')) as Json
    } catch (e) {
      messages.push({
        ruleId: 'html/bad-json-ld',
        severity: 'info',
        text: `a JSON-LD block is not valid JSON (${(e as Error).message}); skipped`,
      })
      continue
    }
    const a = findArticle(value)
    if (!a) continue
    return {
      headline: text(a.headline) ?? text(a.name),
      published: text(a.datePublished),
      modified: text(a.dateModified),
      author: text(a.author),
      section: text(a.articleSection),
      url: text(a.url),
      articleBody: typeof a.articleBody === 'string' ? a.articleBody : undefined,
      isArticle: true,
    }
  }
  return null
}

/** The <meta> tags by property, name or itemprop (first wins), and the few elements the metadata needs. */
interface MetaSource {
  metas: El[]
  h1: El | null
  time: El | null
  title: El | null
  canonical: El | null
}

interface El {
  textContent: string | null
  getAttribute?(name: string): string | null
}

/** Everything the page says about itself; `ld` is what jsonLdArticle found. */
export function htmlMeta(dom: MetaSource, ld: Partial<HtmlMeta> | null): HtmlMeta {
  const tags = new Map<string, string>()
  for (const m of dom.metas) {
    const content = clean(m.getAttribute?.('content') ?? undefined)
    if (!content) continue
    for (const a of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute?.(a)?.trim().toLowerCase()
      if (key && !tags.has(`${a}:${key}`)) tags.set(`${a}:${key}`, content)
    }
  }
  const tag = (...keys: string[]) => keys.map((k) => tags.get(k)).find(Boolean)
  const og = tag('property:og:title', 'name:twitter:title', 'property:twitter:title')
  const h1 = clean(dom.h1?.textContent ?? undefined)
  const published = tag(
    'property:article:published_time',
    'name:article:published_time',
    'itemprop:datepublished',
    'name:pubdate',
    'name:date',
    'name:dcterms.date',
  )
  const modified = tag('property:article:modified_time', 'property:og:updated_time', 'itemprop:datemodified')
  const timeEl = clean(dom.time?.getAttribute?.('datetime') ?? undefined)
  return {
    headline: ld?.headline ?? og ?? h1,
    published: ld?.published ?? published ?? (h1 ? timeEl : undefined),
    modified: ld?.modified ?? modified,
    author: ld?.author ?? tag('property:article:author', 'name:author'),
    section: ld?.section ?? tag('property:article:section'),
    title: og ?? clean(dom.title?.textContent ?? undefined),
    url: dom.canonical?.getAttribute?.('href') ?? tag('property:og:url') ?? ld?.url,
    isArticle: Boolean(ld?.isArticle) || tag('property:og:type') === 'article',
    articleBody: ld?.articleBody,
  }
}
