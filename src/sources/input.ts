// Turn what the user named (files, directories, globs, `-` for stdin) into a stream of pages, one input at a
// time. A bad input yields an InputError naming it, and the stream goes on with the next.

import { createReadStream } from 'node:fs'
import { open, readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { createGunzip } from 'node:zlib'
import { glob } from 'tinyglobby'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { readHtml } from './html.js'
import { MAX_PAGE_BYTES, type ReadOptions } from './page.js'
import { readFeed } from './rss.js'
import { readText } from './text.js'
import { readWarc } from './warc.js'

export type Format = 'auto' | 'text' | 'html' | 'warc' | 'feed'

export interface InputOptions {
  /** ISO time, or `mtime` to take each file's modification time as its crawl time. */
  observedAt?: string | null
  format?: Format
  /** Largest non-container file read whole (bytes). */
  maxFileBytes?: number
  /** Called with the number of raw bytes read each time more is read: progress and ETA for large inputs. */
  onBytes?: (bytes: number) => void
}

export type InputItem = Page | InputError

const SKIP_NAMES = /^\.|\.gold\.json$|\.md$/

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const out: string[] = []
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP_NAMES.test(e.name)) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p)))
    else if (e.isFile()) out.push(p)
  }
  return out
}

/** Expand directories (recursively, sorted) and globs into file paths; `-` stays as stdin. */
export async function expandInputs(inputs: string[]): Promise<(string | InputError)[]> {
  const out: (string | InputError)[] = []
  for (const input of inputs) {
    if (input === '-') {
      out.push(input)
      continue
    }
    if (/[*?[\]{}]/.test(input)) {
      const matches = (await glob(input, { onlyFiles: true })).sort()
      if (matches.length === 0)
        out.push(new InputError(input, 'input/no-match', 'the pattern matches no file'))
      out.push(...matches)
      continue
    }
    try {
      const s = await stat(input)
      out.push(...(s.isDirectory() ? await walk(input) : [input]))
    } catch {
      out.push(new InputError(input, 'input/not-found', 'no such file or directory'))
    }
  }
  return out
}

function sniff(path: string, head: Uint8Array): Exclude<Format, 'auto'> {
  const lower = path.toLowerCase()
  if (/\.(?:warc|wet|arc)(?:\.gz)?$/.test(lower)) return 'warc'
  if (/\.(?:rss|atom)$/.test(lower)) return 'feed'
  const isGzip = head[0] === 0x1f && head[1] === 0x8b
  if (isGzip) return 'warc'
  const s = Buffer.from(head.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
  if (s.startsWith('WARC/')) return 'warc'
  if (/^<\?xml[\s\S]*?<(?:rss|feed|rdf:RDF)[\s>]/i.test(s) || /^<(?:rss|feed)[\s>]/i.test(s)) return 'feed'
  if (/\.(?:html?|xhtml)$/.test(lower) || /^<(?:!doctype html|html|head|body)[\s>]/i.test(s)) return 'html'
  return 'text'
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function observedFor(path: string, options: InputOptions): Promise<ReadOptions> {
  if (!options.observedAt) return {}
  if (options.observedAt === 'mtime') {
    if (path === '-') return {}
    const s = await stat(path)
    return { observedAt: s.mtime.toISOString(), observedAtSource: 'file' }
  }
  return { observedAt: options.observedAt, observedAtSource: 'flag' }
}

export async function* readInputs(inputs: string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  const maxFileBytes = options.maxFileBytes ?? MAX_PAGE_BYTES
  for (const entry of await expandInputs(inputs)) {
    if (entry instanceof InputError) {
      yield entry
      continue
    }
    yield* readOne(entry, options, maxFileBytes)
  }
}

async function* readOne(
  path: string,
  options: InputOptions,
  maxFileBytes: number,
): AsyncGenerator<InputItem> {
  const name = path === '-' ? 'stdin' : basename(path)
  try {
    const observed = await observedFor(path, options)
    let head: Uint8Array
    let whole: Buffer | null = null
    let size = 0
    if (path === '-') {
      whole = await readStdin()
      options.onBytes?.(whole.length)
      head = whole.subarray(0, 1024)
    } else {
      const s = await stat(path)
      size = s.size
      const fh = await open(path, 'r')
      try {
        const buf = Buffer.alloc(Math.min(1024, s.size))
        await fh.read(buf, 0, buf.length, 0)
        head = buf
      } finally {
        await fh.close()
      }
      if (s.size === 0) {
        yield new InputError(path, 'input/empty', 'the file is empty')
        return
      }
    }
    const format = options.format && options.format !== 'auto' ? options.format : sniff(path, head)
    if (format === 'warc') {
      const raw =
        whole !== null
          ? (async function* () {
              yield whole!
            })()
          : counted(createReadStream(path), options.onBytes)
      // Gzip is inflated here rather than by warcio: zlib reports a truncated member, warcio stops silently.
      const stream = head[0] === 0x1f && head[1] === 0x8b ? gunzip(raw) : raw
      for await (const item of readWarc(stream as AsyncIterable<Uint8Array>, path, name)) {
        if (!(item instanceof InputError) && observed.observedAt && !item.observedAt) {
          item.observedAt = observed.observedAt
          item.observedAtSource = observed.observedAtSource ?? null
        }
        yield item
      }
      return
    }
    if (whole === null) {
      if (size > maxFileBytes) {
        yield new InputError(
          path,
          'input/too-large',
          `${size} bytes is over the limit of ${maxFileBytes} for a single page`,
        )
        return
      }
      whole = await readFile(path)
      options.onBytes?.(whole.length)
    }
    if (whole.length === 0) {
      yield new InputError(path, 'input/empty', 'the input is empty')
      return
    }
    const source = { input: path, name }
    if (format === 'feed') yield readFeed(whole, source, observed)
    else if (format === 'html') yield readHtml(whole, source, observed)
    else yield readText(whole, source, observed)
  } catch (e) {
    yield e instanceof InputError ? e : new InputError(path, 'input/unreadable', (e as Error).message)
  }
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  onBytes: ((bytes: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes?.(chunk.length)
    yield chunk
  }
}

async function* gunzip(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const z = createGunzip()
  const feed = (async () => {
    try {
      for await (const chunk of source) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r))
      z.end()
    } catch (e) {
      z.destroy(e as Error)
    }
  })()
  for await (const chunk of z) yield chunk as Uint8Array
  await feed
}
