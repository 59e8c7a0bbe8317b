import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { InputError } from '../core/message.js'
import { decodeBytes, repairMojibake } from './decode.js'

const dutch = 'Oekraïne en België: een geëvacueerde café-eigenaar'

describe('decodeBytes', () => {
  it('reads UTF-8, with or without BOM', () => {
    expect(decodeBytes(Buffer.from(dutch), 'a.txt')).toMatchObject({ text: dutch, encoding: 'utf-8' })
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(dutch)])
    expect(decodeBytes(bom, 'a.txt').text).toBe(dutch)
  })

  it('reads ISO-8859-1 and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeBytes(iconv.encode(dutch, 'latin1'), 'a.txt')).toMatchObject({
      text: dutch,
      encoding: 'iso-8859-1',
    })
    const quoted = '“Oekraïne” – zei hij'
    expect(decodeBytes(iconv.encode(quoted, 'windows-1252'), 'a.txt')).toMatchObject({
      text: quoted,
      encoding: 'windows-1252',
    })
  })

  it('follows a declared charset', () => {
    expect(decodeBytes(iconv.encode(dutch, 'latin1'), 'a.html', 'ISO-8859-1').text).toBe(dutch)
  })

  it('reads UTF-8 declared as a single-byte charset as UTF-8, with a warning', () => {
    const d = decodeBytes(Buffer.from(`“${dutch}”`), 'a.html', 'ISO-8859-1')
    expect(d).toMatchObject({ text: `“${dutch}”`, encoding: 'utf-8' })
    expect(d.messages.map((m) => m.ruleId)).toEqual(['decode/charset-mismatch'])
    // Plain ASCII says nothing either way: the declaration stands.
    expect(decodeBytes(Buffer.from('Oslo'), 'a.html', 'ISO-8859-1')).toMatchObject({ encoding: 'iso-8859-1' })
  })

  it('reads UTF-16 with a byte-order mark, and without one with a warning', () => {
    const le = Buffer.from(dutch, 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a.txt').text).toBe(dutch)
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.txt').text).toBe(dutch)
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const d = decodeBytes(bytes, 'a.txt')
      expect(d).toMatchObject({ text: dutch, encoding })
      expect(d.messages.map((m) => m.ruleId)).toEqual(['decode/utf16-no-bom'])
    }
  })

  it('refuses binary input with an error naming the input', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01])
    expect(() => decodeBytes(bytes, 'archive.zip')).toThrow(InputError)
    expect(() => decodeBytes(bytes, 'archive.zip')).toThrow(/archive\.zip: not a text file/)
  })
})

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Windows-1252 and says where', () => {
    const r = repairMojibake(
      'Oekra\u00c3\u00afne en Isra\u00c3\u00abl, \u00e2\u20ac\u0153citaat\u00e2\u20ac\u009d',
    )
    expect(r.text).toBe('Oekraïne en Israël, “citaat”')
    expect(r.messages.filter((m) => m.ruleId === 'decode/mojibake')).toHaveLength(4)
    const first = r.messages[0]!
    expect(r.text.slice(first.span!.start, first.span!.end)).toBe('ï')
  })

  it('repairs "ƫ" for "ë" inside a word and records it', () => {
    const r = repairMojibake('Isra\u01abl en Oekra\u01afne')
    expect(r.text).toBe('Israël en Oekraïne')
    expect(r.messages).toHaveLength(2)
  })

  it('leaves letters that are not safe to repair, with a message', () => {
    const r = repairMojibake('Tr\u01b0\u01a1ng')
    expect(r.text).toBe('Tr\u01b0\u01a1ng')
    expect(r.messages.length).toBeGreaterThan(0)
  })

  it('repairs UTF-8 read as a DOS code page (CP437, CP852) and says where, spans into the repaired text', () => {
    const garbled = iconv.decode(Buffer.from('Isra\u00ebl en de economie\u00ebn, \u201cja\u201d'), 'cp852')
    expect(garbled).toContain('\u251c\u017a')
    const r = repairMojibake(
      `${garbled} Caf\u00c3\u00a9 ${iconv.decode(Buffer.from('Oekra\u00efne\u2019s'), 'cp437')}`,
    )
    expect(r.text).toBe('Israël en de economieën, “ja” Café Oekraïne’s')
    for (const m of r.messages) {
      expect(m.ruleId).toBe('decode/mojibake')
      expect(m.text).toContain(r.text.slice(m.span!.start, m.span!.end))
    }
    expect(r.messages.map((m) => /read as (\S+)\)/.exec(m.text)?.[1])).toContain('CP852')
    expect(r.messages.map((m) => /read as (\S+)\)/.exec(m.text)?.[1])).toContain('CP437')
  })

  it('leaves box drawing and lone Greek or accented capitals alone', () => {
    expect(repairMojibake('\u251c\u2500\u2500\u2524 tabel').text).toBe('\u251c\u2500\u2500\u2524 tabel')
    expect(repairMojibake('Één Ô Γ').messages).toEqual([])
  })

  it('leaves correct text alone', () => {
    expect(repairMojibake(dutch)).toEqual({ text: dutch, messages: [] })
    expect(repairMojibake('Ã la carte').text).toBe('Ã la carte')
  })
})
