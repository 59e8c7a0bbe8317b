// Imports people files (columns of data/nl/people.tsv) into data/nl/people/, making them consistent with what
// the base already has: one canonical name per person (a name already known under another spelling or with a
// Wikipedia disambiguation in brackets takes the known name; the other spelling becomes a variant), a
// single-holder office whose open-ended holder has a successor ends at the successor's start, and duplicate
// rows go. Prints what it changed and what it dropped.
// Run: npx tsx scripts/import-people.ts FILE.tsv...   (then `npx vitest run src/actors/people-data.test.ts`)

import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DATA_DIR, readPeopleFile, readPeopleRows, type PersonRow } from '../src/actors/kb.js'
import { nameKey, plainKey, tokenize } from '../src/actors/normalize.js'
import { SINGLE_OFFICES } from '../src/actors/people-check.js'

const bare = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim()
const keyOf = (name: string) => plainKey(bare(name))
const words = (name: string) =>
  new Set(
    tokenize(bare(name))
      .map((t) => nameKey(t.text))
      .filter((k) => k.length >= 3),
  )

const files = process.argv.slice(2)
if (files.length === 0) throw new Error('usage: tsx scripts/import-people.ts FILE.tsv...')

const existing = readPeopleRows(DATA_DIR).filter((r) => !files.some((f) => basename(f) === basename(r.file)))
const canonical = new Map<string, string>() // key of the bare name -> canonical name
const withBrackets = new Map<string, Set<string>>() // key -> bracketed names seen (different people)
for (const r of existing) if (!canonical.has(keyOf(r.name))) canonical.set(keyOf(r.name), r.name)

const log: string[] = []
const all: PersonRow[] = [...existing]
const incoming: { file: string; header: string; rows: PersonRow[] }[] = []
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const source = lines.find((l) => l.startsWith('# source:')) ?? '# source: unknown'
  const rows = readPeopleFile(file)
  incoming.push({ file, header: source, rows })
}

// 1. Canonical names: a known key takes the known name; bracketed disambiguations of one bare name that
//    differ from each other are different people and keep their brackets.
for (const { rows } of incoming) {
  for (const r of rows) {
    if (/\(/.test(r.name)) {
      const set = withBrackets.get(keyOf(r.name)) ?? new Set()
      set.add(r.name)
      withBrackets.set(keyOf(r.name), set)
    }
  }
}
for (const { rows } of incoming) {
  for (const r of rows) {
    const k = keyOf(r.name)
    const distinct = (withBrackets.get(k)?.size ?? 0) > 1
    const target = distinct ? r.name : (canonical.get(k) ?? bare(r.name))
    if (!canonical.has(k) && !distinct) canonical.set(k, target)
    if (target !== r.name) {
      log.push(`renamed ${basename(r.file)}:${r.line} "${r.name}" -> "${target}"`)
      r.variants = [...new Set([target, ...r.variants.map(bare), bare(r.name)])]
      r.name = target
    }
    if (!r.variants.includes(r.name)) r.variants.unshift(r.name)
  }
}

// 2. One person under two spellings holding the same single office from (nearly) the same day, sharing a
//    name word ("S. Jaishankar", "Subrahmanyam Jaishankar"): the later file's row takes the earlier name.
for (const { rows } of incoming) {
  for (const r of rows) {
    const office = SINGLE_OFFICES[r.role]
    if (!office) continue
    const twin = all.find(
      (o) =>
        o.actor === r.actor &&
        SINGLE_OFFICES[o.role] === office &&
        o.name !== r.name &&
        Math.abs(Date.parse(o.from) - Date.parse(r.from)) <= 31 * 86_400_000 &&
        [...words(o.name)].some((w) => words(r.name).has(w)),
    )
    if (twin) {
      log.push(`renamed ${basename(r.file)}:${r.line} "${r.name}" -> "${twin.name}" (same office and start)`)
      const old = r.name
      for (const x of rows) {
        if (x.name !== old) continue
        x.variants = [...new Set([twin.name, ...x.variants, old])]
        x.name = twin.name
      }
    }
  }
  all.push(...rows)
}

// 3. Duplicate rows (same person, actor, role and start) go.
const seen = new Set(existing.map((r) => `${r.name}|${r.actor}|${r.role}|${r.from}`))
let dropped = 0
for (const inc of incoming) {
  inc.rows = inc.rows.filter((r) => {
    const k = `${r.name}|${r.actor}|${r.role}|${r.from}`
    if (seen.has(k)) {
      dropped++
      log.push(
        `dropped ${basename(r.file)}:${r.line} "${r.name}" ${r.actor} ${r.role} ${r.from}: a duplicate`,
      )
      return false
    }
    seen.add(k)
    return true
  })
}

for (const inc of incoming) {
  const out = [
    inc.header,
    'name\tvariants\tactor\trole\tfrom\tto',
    ...inc.rows.map((r) => [r.name, r.variants.join('|'), r.actor, r.role, r.from, r.to].join('\t')),
  ]
  writeFileSync(join(DATA_DIR, 'people', basename(inc.file)), out.join('\n') + '\n')
}
console.log(log.join('\n'))
console.log(`${incoming.reduce((n, i) => n + i.rows.length, 0)} rows written, ${dropped} duplicates dropped`)
