// The progress display: a bar with an ETA on a terminal, plain lines now and then otherwise, a summary line.

import { describe, expect, it } from 'vitest'
import { Progress, formatDuration } from './progress.js'

function sink(isTTY: boolean) {
  const out = { isTTY, text: '', write: (s: string) => (out.text += s) }
  return out
}

describe('progress', () => {
  it('draws a bar with pages, articles/s and an ETA from the bytes read on a terminal', () => {
    let now = 0
    const out = sink(true)
    const p = new Progress(out, { totalBytes: 1000, now: () => now })
    now = 10_000
    p.read(250)
    p.tick(40)
    expect(out.text).toBe('\r\x1b[K[#####---------------]  25% 1 pages, 40 articles, 4 articles/s, ETA 30s')
    p.done(0, '; 1 new')
    expect(out.text.endsWith('\r\x1b[Kentente: 1 pages, 40 articles, 4 articles/s, ETA 30s; 1 new\n')).toBe(
      true,
    )
  })

  it('writes a plain line at most every interval when not a terminal, and names failures at the end', () => {
    let now = 0
    const out = sink(false)
    const p = new Progress(out, { plainEveryMs: 1000, now: () => now })
    for (let i = 0; i < 6; i++) {
      now += 400
      p.tick(2)
    }
    expect(out.text.split('\n').filter(Boolean)).toEqual([
      'entente: 3 pages, 6 articles, 5 articles/s',
      'entente: 6 pages, 12 articles, 5 articles/s',
    ])
    p.done(2)
    expect(out.text.endsWith('entente: 6 pages, 12 articles, 5 articles/s, 2 input(s) failed\n')).toBe(true)
  })

  it('formats durations', () => {
    expect([formatDuration(5), formatDuration(125), formatDuration(7300)]).toEqual(['5s', '2m05s', '2h01m'])
  })
})
