import { describe, expect, it } from 'vitest'
import { readText } from '../sources/text.js'
import { pageStage } from './index.js'
import { undatedArticles, undatedLine } from './undated.js'

const stage = pageStage()
const text = (s: string, observedAt?: string) => {
  const p = readText(Buffer.from(s), { input: 'x.txt', name: 'x.txt' }, { observedAt })
  stage(p)
  return p
}
const body = 'De regering van Peru heeft een akkoord met Chili gesloten over de gedeelde grens in het zuiden.'

describe('undated articles', () => {
  it('counts articles with neither a stated date nor a crawl time', () => {
    expect(undatedArticles(text(`Peru en Chili sluiten akkoord\n\n${body}`))).toBe(1)
    expect(undatedArticles(text(`Peru en Chili sluiten akkoord\n\n${body}`, '2025-01-01T00:00:00Z'))).toBe(0)
    expect(undatedArticles(text(`date 2025-02 Peru en Chili sluiten akkoord\n\n${body}`))).toBe(0)
  })

  it('ends a run with one line saying how many and how to give a date', () => {
    expect(undatedLine(0, 10)).toBeNull()
    const line = undatedLine(23, 25)!
    expect(line).toMatch(/^23 of 25 articles \(92%\) have no date/)
    for (const how of ['--observed-at ISO-TIME', '--observed-at mtime', '--fields date=FIELD'])
      expect(line).toContain(how)
  })
})
