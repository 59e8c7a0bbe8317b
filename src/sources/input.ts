// Turn what the user named (files, directories, globs, `-` for stdin) into a stream of pages, one input at a
// time. A bad input yields an InputError naming it, and the stream goes on with the next.

import { createReadStream } from 'node:fs'
import { open, readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { createGunzip } from 'node:zlib'
import { glob } from 'tinyglobby'
import type { Page } from '../core/doc.js'
import { InputError } from '../core/message.js'
import { readHtml } from './html.js'
import { readJsonl, type JsonlFields } from './jsonl.js'
import { MAX_PAGE_BYTES, type ReadOptions } from './page.js'
import { readFeed } from './rss.js'
import { readText } from './text.js'
import { readWarc } from './warc.js'

export type Format = 'auto' | 'text' | 'html' | 'warc' | 'feed' | 'jsonl'

export interface InputOptions {
  /** Field names of a JSON Lines dataset (title, text, date, url), where they differ from the usual ones. */
  fields?: Partial<JsonlFields>
  /** Globs of files to read in folders although their kind is not a known one (matched on name and path). */
  include?: string[]
  /** Told, per folder, how many files of other kinds were skipped and a few of their names. */
  onSkipped?: (dir: string, count: number, examples: string[]) => void
  /** ISO time, or `mtime` to take each file's modification time as its crawl time. */
  observedAt?: string | null
  format?: Format
  /** Largest non-container file read whole (bytes). */
  maxFileBytes?: number
  /** Called with the number of raw bytes read each time more is read: progress and ETA for large inputs. */
  onBytes?: (bytes: number) => void
}

export type InputItem = Page | InputError

/** The kinds of file a folder is read for: pages, crawls, feeds and datasets. Named files are always read. */
export const KNOWN_KINDS =
  /\.(?:txt|text|html?|xhtml|warc|wet|arc|xml|rss|atom|jsonl|ndjson)(?:\.gz)?$|\.(?:warc|wet)\.gz$/i

/** A glob ("*.tsv", "data/**\/*.csv", "{a,b}.dat") as a regular expression over a relative path. */
export function globRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      re += '(?:.*/)?'
      i += glob[i + 2] === '/' ? 2 : 1
      if (glob[i - 1] !== '/') re += '[^/]*'
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '{' && glob.indexOf('}', i) > i) {
      const end = glob.indexOf('}', i)
      re += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})`
      i = end
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

interface WalkOptions {
  include: RegExp[]
  onSkipped?: InputOptions['onSkipped']
}

async function walk(dir: string, options: WalkOptions, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const out: string[] = []
  const skipped: string[] = []
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p, options, root)))
    else if (!e.isFile()) continue
    else if (
      KNOWN_KINDS.test(e.name) ||
      options.include.some((g) => g.test(e.name) || g.test(relative(root, p)))
    )
      out.push(p)
    else skipped.push(e.name)
  }
  if (skipped.length > 0) options.onSkipped?.(dir, skipped.length, skipped.slice(0, 3))
  return out
}

/**
 * Expand directories (recursively, sorted; files of known kinds only, unless `include` names them) and globs
 * into file paths; `-` stays as stdin.
 */
export async function expandInputs(
  inputs: string[],
  options: Pick<InputOptions, 'include' | 'onSkipped'> = {},
): Promise<(string | InputError)[]> {
  const walkOptions = { include: (options.include ?? []).map(globRegExp), onSkipped: options.onSkipped }
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
      out.push(...(s.isDirectory() ? await walk(input, walkOptions) : [input]))
    } catch {
      out.push(new InputError(input, 'input/not-found', 'no such file or directory'))
    }
  }
  return out
}

function sniff(path: string, head: Uint8Array): Exclude<Format, 'auto'> {
  const lower = path.toLowerCase()
  if (/\.(?:jsonl|ndjson)(?:\.gz)?$/.test(lower)) return 'jsonl'
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
  for (const entry of await expandInputs(inputs, options)) {
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
    yield* readContent({ path, name, head, whole, size }, observed, options, maxFileBytes)
  } catch (e) {
    yield e instanceof InputError ? e : new InputError(path, 'input/unreadable', (e as Error).message)
  }
}

/** Bytes posted or fetched rather than named on disk (the API, feeds that `watch` polls), read as a file is. */
export async function* readBytes(
  bytes: Uint8Array,
  name: string,
  options: InputOptions & { input?: string } = {},
): AsyncGenerator<InputItem> {
  const path = options.input ?? name
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  try {
    if (whole.length === 0) {
      yield new InputError(path, 'input/empty', 'the input is empty')
      return
    }
    const observed =
      options.observedAt && options.observedAt !== 'mtime'
        ? { observedAt: options.observedAt, observedAtSource: 'flag' as const }
        : {}
    const source = { path, name, head: whole.subarray(0, 1024), whole, size: whole.length }
    yield* readContent(source, observed, options, options.maxFileBytes ?? MAX_PAGE_BYTES)
  } catch (e) {
    yield e instanceof InputError ? e : new InputError(path, 'input/unreadable', (e as Error).message)
  }
}

/** One input by its format (sniffed from the name and first bytes unless given): its bytes or its file. */
async function* readContent(
  input: { path: string; name: string; head: Uint8Array; whole: Buffer | null; size: number },
  observed: ReadOptions,
  options: InputOptions,
  maxFileBytes: number,
): AsyncGenerator<InputItem> {
  const { path, name, head, size } = input
  let whole = input.whole
  const format = options.format && options.format !== 'auto' ? options.format : sniff(path, head)
  // Containers are streamed, gzipped or not. Gzip is inflated here rather than by warcio: zlib reports a
  // truncated member, warcio stops silently.
  const stream = () => {
    const raw =
      whole !== null
        ? (async function* () {
            yield whole!
          })()
        : counted(createReadStream(path), options.onBytes)
    return head[0] === 0x1f && head[1] === 0x8b ? gunzip(raw) : raw
  }
  if (format === 'jsonl') {
    yield* readJsonl(textLines(stream()), path, name, observed, options.fields ?? {})
    return
  }
  if (format === 'warc') {
    for await (const item of readWarc(stream() as AsyncIterable<Uint8Array>, path, name)) {
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

/** Lines of UTF-8 text from a stream of bytes, holding no more than one line and one chunk. */
async function* textLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let rest = ''
  for await (const chunk of source) {
    rest += decoder.decode(chunk, { stream: true })
    let start = 0
    for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n', start)) {
      yield rest.slice(start, nl).replace(/\r$/, '')
      start = nl + 1
    }
    rest = rest.slice(start)
    if (rest.length > MAX_PAGE_BYTES) throw new Error(`a line longer than ${MAX_PAGE_BYTES} characters`)
  }
  rest += decoder.decode()
  if (rest) yield rest
}
