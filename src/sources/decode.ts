// Bytes to text: pick the encoding (BOM, declared charset, valid UTF-8, else Windows-1252),
// refuse binary input, and find and safely repair text garbled by a wrong decoding upstream.

import iconv from 'iconv-lite'
import type { Message } from '../core/message.js'
import { InputError } from '../core/message.js'

export interface Decoded {
  text: string
  encoding: string
  messages: Message[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Throws an InputError when the bytes are not text (NUL bytes or many control characters). */
export function assertText(bytes: Uint8Array, input: string): void {
  const n = Math.min(bytes.length, 65536)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) {
      throw new InputError(input, 'input/binary', `not a text file (NUL byte at offset ${i})`)
    }
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++
  }
  if (n > 0 && control / n > 0.05) {
    throw new InputError(
      input,
      'input/binary',
      `not a text file (${control} control bytes in the first ${n})`,
    )
  }
}

/** UTF-16 without a byte-order mark: Latin text has a NUL in (nearly) every high byte and in no low byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 8) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  if (odd > pairs * 0.6 && even < pairs * 0.02) return 'utf-16le'
  if (even > pairs * 0.6 && odd < pairs * 0.02) return 'utf-16be'
  return null
}

/** The text when the bytes hold non-ASCII characters and are valid UTF-8, else null. */
function validUtf8Beyond7Bit(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80)) return null
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

/**
 * Decode and repair. `prepare` runs between the two: an HTML reader cuts its scripts and styles there, so
 * the repair scans only text.
 */
export function decodeBytes(
  bytes: Uint8Array,
  input: string,
  declared?: string | null,
  prepare?: (text: string) => string,
): Decoded {
  const d = decodeOnly(bytes, input, declared)
  const repaired = repairMojibake(prepare ? prepare(d.text) : d.text)
  return { text: repaired.text, encoding: d.encoding, messages: [...d.messages, ...repaired.messages] }
}

function decodeOnly(bytes: Uint8Array, input: string, declared?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8')
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le')
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be')
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16) {
    return finish(new TextDecoder(utf16).decode(bytes), utf16, [
      {
        ruleId: 'decode/utf16-no-bom',
        severity: 'warning',
        text: `read as ${utf16.toUpperCase()}: every other byte is NUL and there is no byte-order mark`,
      },
    ])
  }
  assertText(bytes, input)
  const messages: Message[] = []
  const label = declared?.trim().toLowerCase()
  if (label && label !== 'utf-8' && label !== 'utf8') {
    // Multi-byte sequences that are all valid UTF-8 are UTF-8 whatever the page declares: Latin-1 text
    // is practically never valid UTF-8.
    const asUtf8 = validUtf8Beyond7Bit(bytes)
    if (asUtf8 !== null) {
      messages.push({
        ruleId: 'decode/charset-mismatch',
        severity: 'warning',
        text: `declared "${declared}" but the bytes are UTF-8; read as UTF-8`,
      })
      return finish(asUtf8, 'utf-8', messages)
    }
    if (iconv.encodingExists(label)) {
      // A page that declares Latin-1 is in practice Windows-1252 (as browsers treat it).
      const enc =
        label === 'iso-8859-1' || label === 'latin1' || label === 'us-ascii' ? 'windows-1252' : label
      return finish(iconv.decode(Buffer.from(bytes), enc), label, messages)
    }
    messages.push({
      ruleId: 'decode/unknown-charset',
      severity: 'warning',
      text: `unknown charset "${declared}"; guessed`,
    })
  }
  try {
    return finish(utf8.decode(bytes), 'utf-8', messages)
  } catch {
    // Not valid UTF-8: a single-byte Western encoding. Bytes 0x80-0x9F are printable only in Windows-1252.
    let c1 = false
    for (const b of bytes) {
      if (b >= 0x80 && b <= 0x9f) {
        c1 = true
        break
      }
    }
    const text = iconv.decode(Buffer.from(bytes), 'windows-1252')
    if (label === 'utf-8' || label === 'utf8') {
      messages.push({
        ruleId: 'decode/not-utf8',
        severity: 'warning',
        text: 'declared UTF-8 but is not valid UTF-8; read as Windows-1252',
      })
    }
    return finish(text, c1 ? 'windows-1252' : 'iso-8859-1', messages)
  }
}

function finish(text: string, encoding: string, messages: Message[] = []): Decoded {
  return { text, encoding, messages }
}

// UTF-8 bytes that were read as Windows-1252 ("Ã«" for "ë", "â€™" for "’"): a lead byte C2-F4 shown as
// Â..ô, followed by one to three continuation bytes shown as Windows-1252 characters.
const CP1252_CONT =
  '\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178'
const DOUBLE_UTF8 = new RegExp(`(?:[\\u00C2-\\u00F4][${CP1252_CONT}]{1,3})+`, 'g')

// UTF-8 "Ã" + continuation byte collapsed into U+0100 + byte ("ƫ" for "ë"): repaired only for letters
// Dutch, French and German use, inside a word.
const SHIFTED = /[\u0180-\u01BF]/g
const SHIFTED_WORD = /\p{L}*[\u0180-\u01BF]\p{L}*/gu
const SHIFT_SAFE = new Set('àáâäçèéêëîïôöûüÀÁÂÄÇÈÉÊËÎÏÔÖÛÜ')

const CP1252_HIGH: Record<string, number> = {}
for (let b = 0x80; b <= 0x9f; b++) {
  const ch = iconv.decode(Buffer.from([b]), 'windows-1252')
  if (ch !== '\ufffd') CP1252_HIGH[ch] = b
}

/** The bytes a Windows-1252 reader saw; bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as C1 controls. */
function toCp1252Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[i] = c < 0x100 ? c : (CP1252_HIGH[s[i]!] ?? 0x3f)
  }
  return out
}

/**
 * UTF-8 bytes read as a DOS code page (CP437, CP850, CP852: "economie├źn" for "economieën", "ΓÇÖ" for "’"):
 * the same repair, for each page in turn. Each maps its printable characters back to their bytes.
 */
const DOS_PAGES = ['cp437', 'cp850', 'cp852'].map((name) => {
  const toByte = new Map<string, number>()
  let lead = ''
  let cont = ''
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = iconv.decode(Buffer.from([b]), name)
    if (ch === '\ufffd' || ch.length !== 1) continue
    toByte.set(ch, b)
    const esc = `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
    if (b >= 0xc2 && b <= 0xf4) lead += esc
    else if (b <= 0xbf) cont += esc
  }
  return {
    name: name.toUpperCase(),
    toByte,
    lead: new RegExp(`[${lead}]`),
    runs: new RegExp(`(?:[${lead}][${cont}]{1,3})+`, 'g'),
  }
})

/** Any page's lead character: one scan tells whether a text can hold DOS mojibake at all. */
const ANY_DOS_LEAD = new RegExp(`[${DOS_PAGES.map((p) => p.lead.source.slice(1, -1)).join('')}]`)

/** Characters a repair may produce: Latin letters with marks, and the punctuation of running text. */
const SAFE_REPAIR = /^[\u00a0-\u017f\u2010-\u2044\u20ac]+$/u

/** Move the spans of messages recorded before a pass past the edits the pass made (at, old length, new length). */
function shiftSpans(messages: Message[], edits: [number, number, number][]): void {
  if (edits.length === 0) return
  for (const m of messages) {
    if (!m.span) continue
    let by = 0
    for (const [at, from, to] of edits) if (at < m.span.start) by += to - from
    if (by !== 0) m.span = { start: m.span.start + by, end: m.span.end + by }
  }
}

function repairDos(text: string, messages: Message[]): string {
  if (!ANY_DOS_LEAD.test(text)) return text
  let out = text
  for (const page of DOS_PAGES) {
    if (!page.lead.test(out)) continue
    let delta = 0
    const before = messages.slice()
    const edits: [number, number, number][] = []
    out = out.replace(page.runs, (run, offset: number, whole: string) => {
      // Only inside or against a word: box-drawing lines ("├──┤") stay.
      const touches =
        /\p{L}/u.test(whole[offset - 1] ?? '') || /\p{L}/u.test(whole[offset + run.length] ?? '')
      if (!touches) return run
      const bytes = Uint8Array.from([...run].map((ch) => page.toByte.get(ch)!))
      let fixed: string
      try {
        fixed = utf8.decode(bytes)
      } catch {
        return run
      }
      if (fixed.length >= run.length) return run
      const at = offset - delta
      if (!SAFE_REPAIR.test(fixed)) {
        messages.push({
          ruleId: 'decode/mojibake',
          severity: 'warning',
          text: `"${run}" may be UTF-8 read as ${page.name} (perhaps "${fixed}"); left as is`,
          span: { start: at, end: at + run.length },
        })
        return run
      }
      delta += run.length - fixed.length
      edits.push([at, run.length, fixed.length])
      messages.push({
        ruleId: 'decode/mojibake',
        severity: 'warning',
        text: `garbled "${run}" (UTF-8 read as ${page.name}) repaired to "${fixed}"`,
        span: { start: at, end: at + fixed.length },
      })
      return fixed
    })
    shiftSpans(before, edits)
  }
  return out
}

export interface Repair {
  text: string
  messages: Message[]
}

export function repairMojibake(text: string): Repair {
  const messages: Message[] = []
  let out = text
  if (/[\u00C2-\u00F4]/.test(out)) {
    let delta = 0
    out = out.replace(DOUBLE_UTF8, (run, offset: number) => {
      const bytes = toCp1252Bytes(run)
      let fixed: string
      try {
        fixed = utf8.decode(bytes)
      } catch {
        return run
      }
      if (fixed === run || fixed.length >= run.length) return run
      const at = offset - delta
      delta += run.length - fixed.length
      messages.push({
        ruleId: 'decode/mojibake',
        severity: 'warning',
        text: `garbled "${run}" (UTF-8 read as Windows-1252) repaired to "${fixed}"`,
        span: { start: at, end: at + fixed.length },
      })
      return fixed
    })
  }
  out = repairDos(out, messages)
  if (/[\u0180-\u01BF]/.test(out)) {
    // Repair a word only when every odd letter in it maps to a letter Dutch uses: "Trương" stays.
    out = out.replace(SHIFTED_WORD, (word, offset: number) => {
      const fixed = word.replace(SHIFTED, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x100 + 0x40))
      const odd = [...word].filter((ch) => /[\u0180-\u01BF]/.test(ch))
      const safe = odd.every((ch) => SHIFT_SAFE.has(String.fromCharCode(ch.charCodeAt(0) - 0x100 + 0x40)))
      messages.push({
        ruleId: 'decode/mojibake',
        severity: 'warning',
        text: safe
          ? `garbled "${word}" (UTF-8 letters mangled upstream) repaired to "${fixed}"`
          : `"${word}" may be garbled (perhaps "${fixed}"); left as is`,
        span: { start: offset, end: offset + word.length },
      })
      return safe ? fixed : word
    })
  }
  const bad = out.indexOf('\uFFFD')
  if (bad !== -1) {
    messages.push({
      ruleId: 'decode/replacement-char',
      severity: 'warning',
      text: 'text holds U+FFFD replacement characters: bytes were lost upstream',
      span: { start: bad, end: bad + 1 },
    })
  }
  return { text: out, messages }
}
