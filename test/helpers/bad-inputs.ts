// A corpus of bad inputs, generated (never committed): what a crawler may bring back. Each input says what
// Entente must make of it: an error naming it (with the rule, and the line or record where that applies),
// or a page read with a warning. Used by test/e2e/bad-input.test.ts (bounded sizes) and
// scripts/reliability.ts (full sizes, timed).

import { randomBytes } from 'node:crypto'
import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { MAX_PAGE_BYTES } from '../../src/sources/page.js'
import { httpResponse, warcFile, warcRecord, writeIn } from './build.js'

export interface BadInput {
  file: string
  /** What it is, for reports. */
  what: string
  /** An error naming the file: its rule id and a pattern its message matches. */
  error?: { rule: string; message: RegExp }
  /** Read as a page; the warning rule ids it must carry, if any. */
  page?: { warnings: string[]; contains?: string }
  /** Pages a container gives before its error (the records read before a cut). */
  pagesBefore?: number
}

export interface BadInputOptions {
  /** Size of the single-line file (bytes); the issue asks for 100 MB, CI uses less. */
  longLineBytes?: number
  /** Size of each text built to trigger slow regular expressions (characters). */
  regexChars?: number
}

const DUTCH = 'Oekraïne en België: een geëvacueerde café-eigenaar zegt dat het “genoeg” is.'

/** Pseudo-random bytes from a seed, so a failure can be replayed. */
function seededBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n)
  let s = seed >>> 0 || 1
  for (let i = 0; i < n; i++) {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    out[i] = s & 0xff
  }
  return out
}

/** A file of one line of `bytes` bytes, written in chunks: memory stays small whatever the size. */
function writeLongLine(file: string, bytes: number): void {
  const fd = openSync(file, 'w')
  try {
    const head = 'Titel\n\n'
    writeSync(fd, head)
    const chunk = Buffer.from('woord '.repeat(174_763)) // about 1 MB
    let left = bytes - head.length - 1
    while (left > 0) {
      const n = Math.min(left, chunk.length)
      writeSync(fd, chunk, 0, n)
      left -= n
    }
    writeSync(fd, '\n')
  } finally {
    closeSync(fd)
  }
}

const resp = (uri: string, body: string, type = 'text/html; charset=utf-8') =>
  warcRecord(
    'response',
    {
      'WARC-Target-URI': uri,
      'WARC-Date': '2025-06-01T12:00:00Z',
      'Content-Type': 'application/http; msgtype=response',
    },
    httpResponse(type, body),
  )

const ARTICLE = (place: string, text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${place}</title></head><body><article><h1>${place}</h1><p>${place.toUpperCase()} (ANP) - ${text}</p></article></body></html>`

/**
 * Texts built to make a backtracking regular expression, or a loop quadratic in the length, take forever:
 * each is a run of articles of about 90 000 characters (under the page stage's article limit, so every
 * stage reads them), in lines of 5 000 characters, up to `chars` in all.
 */
export function slowRegexTexts(chars: number): Record<string, string> {
  const article = (bait: string, width = 5_000) => {
    const line = bait.repeat(Math.max(1, Math.floor(width / bait.length)))
    return 'MOSKOU (ANP) - ' + (line + '\n').repeat(Math.max(1, Math.floor(90_000 / (line.length + 1))))
  }
  const fill = (bait: string, width?: number) => {
    const one = article(bait, width)
    return one.repeat(Math.max(1, Math.round(chars / one.length)))
  }
  const glued = (s: string) => s.repeat(Math.max(1, Math.floor(Math.min(chars, 900_000) / s.length))) + '\n'
  return {
    'regex-spaces.txt': 'MOSKOU' + ' '.repeat(Math.min(chars, 900_000)) + '(ANP) - x\n',
    'regex-dots.txt': fill('.'),
    'regex-capitals.txt': fill('MOSKOU '),
    'regex-capitals-nospace.txt': fill('M'),
    'regex-capitals-one-line.txt': fill('WASHINGTON ', 89_000),
    'regex-anp.txt': fill('(ANP/'),
    'regex-anp-slashes.txt': fill('/ANP'),
    'regex-place-slashes.txt': fill('MOSKOU/'),
    'regex-digits.txt': fill('1234567890'),
    'regex-geleden.txt': fill('1 uur geleden '),
    'regex-glued-geleden.txt': glued('1 uur geleden'),
    'regex-datelines.txt': glued('MOSKOU (ANP) - x\n'),
    'regex-dashes.txt': fill('- '),
    'regex-door.txt': fill('door ANP - 15-1-2017 '),
    'regex-mojibake.txt': fill('Ã«Ã'),
    'regex-places.txt': fill('Rusland Noorwegen '),
    'regex-sentences.txt': fill('Rusland zet Noorwegen uit. '),
    'regex-coreference.txt': fill('de president zei dat het land en de landen hij '),
    'regex-webmail.txt': fill('webmail cookies '),
  }
}

/** Write the corpus into `dir` and say what each input must give. */
export function writeBadInputs(dir: string, options: BadInputOptions = {}): BadInput[] {
  const longLineBytes = options.longLineBytes ?? 20 * 1024 * 1024
  const regexChars = options.regexChars ?? 200_000
  const out: BadInput[] = []
  const add = (
    name: string,
    content: string | Uint8Array,
    what: string,
    expect: Omit<BadInput, 'file' | 'what'>,
  ) => out.push({ file: writeIn(dir, name, content), what, ...expect })

  add('random.bin', seededBytes(256 * 1024, 9), 'random bytes', {
    error: { rule: 'input/binary', message: /not a text file/ },
  })
  add('random-crypto.dat', Buffer.concat([Buffer.from([1]), randomBytes(4096)]), 'random bytes (unseeded)', {
    error: { rule: 'input/binary', message: /not a text file/ },
  })
  add('empty.txt', '', 'an empty file', { error: { rule: 'input/empty', message: /empty/ } })
  const long = join(dir, 'long-line.txt')
  writeLongLine(long, longLineBytes)
  out.push({
    file: long,
    what: `a single line of ${(longLineBytes / 1024 / 1024).toFixed(0)} MB`,
    // Over the page size limit the file is refused before it is read; under it, by its line.
    error:
      statSync(long).size > MAX_PAGE_BYTES
        ? { rule: 'input/too-large', message: /long-line\.txt: \d+ bytes is over the limit/ }
        : { rule: 'input/long-line', message: /long-line\.txt:3: line 3 is \d+ characters long/ },
  })

  // Gzip and WARC cut off.
  const records = [
    warcRecord('warcinfo', { 'Content-Type': 'application/warc-fields' }, 'software: entente-test\r\n'),
    resp('https://nieuws.example/lima', ARTICLE('Lima', 'Peru en Chili openen een nieuwe grensovergang.')),
    warcRecord(
      'request',
      {
        'WARC-Target-URI': 'https://nieuws.example/lima',
        'Content-Type': 'application/http; msgtype=request',
      },
      'GET /lima HTTP/1.1\r\nHost: nieuws.example\r\n\r\n',
    ),
    resp('https://nieuws.example/accra', ARTICLE('Accra', 'Ghana en Togo praten over visumvrij reizen.')),
  ]
  const gz = warcFile(records, true)
  add('cut.warc.gz', gz.subarray(0, gz.length - 60), 'a gzipped WARC cut off inside its last member', {
    pagesBefore: 1,
    error: {
      rule: 'input/bad-warc',
      message: /record 4 \(https:\/\/nieuws\.example\/accra\): unexpected end of file/,
    },
  })
  const plain = warcFile(records)
  const upTo = (k: number) => records.slice(0, k).reduce((n, r) => n + r.length, 0)
  add('cut.warc', plain.subarray(0, upTo(4) - 40), 'a plain WARC cut off inside a page record', {
    pagesBefore: 1,
    error: {
      rule: 'input/truncated-warc',
      message: /record 4 \(https:\/\/nieuws\.example\/accra\) is cut off/,
    },
  })
  add('cut-request.warc', plain.subarray(0, upTo(3) - 10), 'a plain WARC cut off inside a skipped record', {
    pagesBefore: 1,
    error: {
      rule: 'input/truncated-warc',
      message: /record 3 \(https:\/\/nieuws\.example\/lima\) is cut off/,
    },
  })
  add('cut-header.warc', plain.subarray(0, upTo(3) + 25), 'a plain WARC cut off inside a record header', {
    pagesBefore: 1,
    error: { rule: 'input/truncated-warc', message: /record 4: no WARC-Type header/ },
  })
  const textGz = gzipSync(Buffer.from('OSLO (ANP) - Noorwegen zegt iets over de zee.\n'.repeat(200)))
  add('page.txt.gz', textGz.subarray(0, textGz.length >> 1), 'a gzipped text cut in half', {
    error: { rule: 'input/bad-warc', message: /unexpected end of file/ },
  })
  add('not-a-warc.warc', 'Dit is geen WARC-bestand.\n'.repeat(10), 'text named .warc', {
    error: { rule: 'input/truncated-warc', message: /record 1: no WARC-Type header: not WARC data/ },
  })

  // Encodings.
  add(
    'latin1.txt',
    iconv.encode(`BRUSSEL (ANP) - ${DUTCH}\n`, 'windows-1252'),
    'Windows-1252 bytes, no charset',
    {
      page: { warnings: [], contains: DUTCH },
    },
  )
  add(
    'utf16-bom.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`BRUSSEL (ANP) - ${DUTCH}\n`, 'utf16le')]),
    'UTF-16LE with a byte-order mark',
    { page: { warnings: [], contains: DUTCH } },
  )
  add(
    'utf16-nobom.txt',
    Buffer.from(`BRUSSEL (ANP) - ${DUTCH}\n`, 'utf16le').swap16(),
    'UTF-16BE without a byte-order mark',
    {
      page: { warnings: ['decode/utf16-no-bom'], contains: DUTCH },
    },
  )
  add(
    'lying-utf8.html',
    iconv.encode(ARTICLE('Brussel', DUTCH).replace('charset="utf-8"', 'charset="utf-8"'), 'windows-1252'),
    'Windows-1252 bytes declared UTF-8',
    { page: { warnings: ['decode/not-utf8'], contains: DUTCH } },
  )
  add(
    'lying-latin1.html',
    Buffer.from(ARTICLE('Gent', DUTCH).replace('charset="utf-8"', 'charset="iso-8859-1"'), 'utf8'),
    'UTF-8 bytes declared ISO-8859-1',
    { page: { warnings: ['decode/charset-mismatch'], contains: DUTCH } },
  )

  // HTML and feeds.
  add(
    'deep.html',
    '<html><body>' + '<div>'.repeat(100_000) + 'BERN (ANP) - Zwitserland.' + '</div>'.repeat(100_000),
    'HTML nested 100 000 divs deep',
    { error: { rule: 'input/deep-html', message: /HTML nested 100002 tags deep/ } },
  )
  add(
    'unclosed.html',
    '<html><body>' + '<span><b><i>'.repeat(40_000) + 'tekst',
    'HTML of 120 000 unclosed tags',
    {
      error: { rule: 'input/deep-html', message: /HTML nested \d+ tags deep/ },
    },
  )
  add(
    'cut.rss',
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Lima</title><description>LIMA (ANP) - Peru',
    'RSS cut off',
    { error: { rule: 'input/truncated-feed', message: /<rss><channel><item><description> still open/ } },
  )
  add(
    'cdata.rss',
    '<rss version="2.0"><channel><item><title><![CDATA[x</title></item></channel></rss>',
    'RSS with an unclosed CDATA',
    {
      error: { rule: 'input/truncated-feed', message: /still open/ },
    },
  )
  add(
    'cut.atom',
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Mali</title><content>BAMAKO (ANP) - Mali',
    'Atom cut off',
    { error: { rule: 'input/truncated-feed', message: /<feed><entry><content> still open/ } },
  )
  add(
    'nested.rss',
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title><description>' +
      '<a>'.repeat(100_000) +
      '</description></item></channel></rss>',
    'RSS nested 100 000 deep',
    { error: { rule: 'input/bad-feed', message: /Maximum nested tags exceeded/ } },
  )
  add(
    'amp.rss',
    '<rss version="2.0"><channel>\n<item><title>Peru & Chili</title><description>LIMA (ANP) - Peru en Chili zijn het eens over de grens.</description></item></channel></rss>',
    'RSS with a bare &',
    { page: { warnings: ['feed/not-well-formed'], contains: 'Peru & Chili' } },
  )

  for (const [name, text] of Object.entries(slowRegexTexts(regexChars)))
    out.push({
      file: writeIn(dir, name, text),
      what: `slow-regex bait (${name.slice(6, -4)})`,
      page: { warnings: [] },
    })
  return out
}

/** Good pages of our own, to ingest with the bad ones: they must land. */
export function writeGoodPages(dir: string): string[] {
  return [
    writeIn(
      dir,
      'good-lima.txt',
      'Peru en Chili openen nieuwe grensovergang\n\nLIMA (ANP/EFE) - Peru en Chili hebben een nieuwe grensovergang geopend. ' +
        'De regering in Lima noemt de opening een stap naar nauwere samenwerking tussen beide landen.\n',
    ),
    writeIn(
      dir,
      'good-accra.html',
      ARTICLE(
        'Accra',
        'Ghana en Togo onderhandelen over het afschaffen van visa voor elkaars burgers. Beide regeringen willen het reizen makkelijker maken.',
      ),
    ),
  ]
}
