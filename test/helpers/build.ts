// Builders for test inputs: WARC/WET records, feeds and files in a temporary directory.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const made: string[] = []
process.once('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

/** A temporary directory, removed when the process exits, or with the test run's own (test/global-setup.ts). */
export function tempDir(prefix = 'entente-test-'): string {
  const d = mkdtempSync(join(process.env.ENTENTE_TEST_TMP ?? tmpdir(), prefix))
  made.push(d)
  return d
}

export function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

let n = 0

/** One WARC record with a correct Content-Length; the payload is bytes or UTF-8 text. */
export function warcRecord(
  type: string,
  headers: Record<string, string>,
  payload: string | Uint8Array,
): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload)
  const lines = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}>`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
  ]
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')])
}

export function httpResponse(contentType: string, body: string | Uint8Array): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body)
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${b.length}\r\n\r\n`),
    b,
  ])
}

/** A WARC file: records concatenated, each its own gzip member when `gzip` is set (as crawlers write them). */
export function warcFile(records: Buffer[], gzip = false): Buffer {
  return Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records)
}
