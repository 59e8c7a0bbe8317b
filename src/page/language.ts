// Language of each article and of the page (eld, an n-gram detector in plain JavaScript).

import { eld } from 'eld/small'
import type { Page } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'

const SAMPLE = 2000

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE)
  if (sample.replace(/[^\p{L}]/gu, '').length < 12) return null
  const r = eld.detect(sample)
  return r.language ? r.language : null
}

export function languageStage(): Stage {
  return (page: Page) => {
    const parts: string[] = []
    for (const a of page.articles) {
      const body = a.paragraphs.map((p) => page.text.slice(p.start, p.end)).join('\n')
      parts.push(body)
      a.language = detectLanguage(body)
    }
    page.language = detectLanguage(parts.join('\n')) ?? detectLanguage(page.text)
    // Short teasers can be too short to tell: they take the page's language.
    for (const a of page.articles) a.language ??= page.language
  }
}
