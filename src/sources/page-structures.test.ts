// Eight common page structures (test/fixtures/page-structures.ts), each read end to end from a file: the
// exact headline, date and body of its article, and its teasers.

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PAGE_STRUCTURES } from '../../test/fixtures/page-structures.js'
import type { Article, Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { pageStage } from '../page/index.js'
import { readInputs } from './input.js'

const dir = mkdtempSync(join(tmpdir(), 'entente-structures-'))
const stage = pageStage({ isPlace: (s) => ['OTTAWA', 'DEN HAAG', 'Den Haag'].includes(s) })

async function read(file: string, content: string): Promise<Page> {
  const path = join(dir, file)
  writeFileSync(path, content)
  for await (const item of readInputs([path])) {
    if (item instanceof InputError) throw item
    stage(item)
    return item
  }
  throw new Error('no page')
}

const bodyOf = (page: Page, a: Article) => a.paragraphs.map((p) => page.text.slice(p.start, p.end))

describe('page structures: headline, date and body', () => {
  for (const s of PAGE_STRUCTURES) {
    it(s.name, async () => {
      const page = await read(s.file, s.content)
      const [first, ...rest] = page.articles
      expect(first, JSON.stringify(page.messages)).toBeDefined()
      expect(first!.headline).toBe(s.headline)
      expect(page.text.slice(first!.headlineSpan!.start, first!.headlineSpan!.end)).toBe(s.headline)
      expect(first!.published).toBe(s.published)
      expect(bodyOf(page, first!)).toEqual(s.body)
      expect(first!.kind).toBe(s.teasers ? 'teaser' : 'main')
      expect(
        rest.map((a) => ({ headline: a.headline, published: a.published, body: bodyOf(page, a) })),
      ).toEqual(s.teasers ?? [])
    })
  }

  it('reads author and section from the page metadata', async () => {
    const wp = PAGE_STRUCTURES[0]!
    const page = await read(wp.file, wp.content)
    expect(page.meta).toMatchObject({ author: 'Joana Silva', section: 'Buitenland' })
    expect(page.meta.modified).toBe('2025-03-04T11:02:10+00:00')
  })
})
