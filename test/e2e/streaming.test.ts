// Reading a large WARC streams it record by record: a child process reads a 300 MB WARC and its peak memory
// stays well below the file's size (whole-file reading would need at least the file's size).

import { spawnSync } from 'node:child_process'
import { createWriteStream, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { httpResponse, tempDir, warcRecord } from '../helpers/build.js'

async function bigWarc(path: string, records: number): Promise<void> {
  const out = createWriteStream(path)
  const text =
    'MOSKOU (ANP/RTR) - Rusland en Noorwegen praten weer over de visserij in de Barentszzee. '.repeat(1150)
  for (let i = 0; i < records; i++) {
    const record = warcRecord(
      'response',
      { 'WARC-Date': '2025-03-01T08:00:00Z', 'WARC-Target-URI': `https://nieuws.example/${i}` },
      httpResponse('text/plain; charset=utf-8', `${i} ${text}`),
    )
    if (!out.write(record)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
}

const reader = `
import { readInputs } from '${join(process.cwd(), 'dist/sources/input.js')}'
let pages = 0
for await (const item of readInputs([process.argv[1]])) if (!(item instanceof Error)) pages++
console.log(JSON.stringify({ pages, maxRss: process.resourceUsage().maxRSS * 1024 }))
`

describe('reading a large WARC', () => {
  it('keeps memory far below the file size', async () => {
    const path = join(tempDir(), 'large.warc')
    await bigWarc(path, 3000)
    const size = statSync(path).size
    expect(size).toBeGreaterThan(290e6)
    const r = spawnSync('node', ['--input-type=module', '-e', reader, path], { encoding: 'utf8' })
    rmSync(path)
    expect(r.status, r.stderr).toBe(0)
    const { pages, maxRss } = JSON.parse(r.stdout)
    expect(pages).toBe(3000)
    expect(maxRss).toBeLessThan(size * 0.75)
  }, 120_000)
})
