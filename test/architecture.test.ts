// The layering rules of ../shared/ARCHITECTURE.md, checked on the source: the store never imports the API
// or the CLI; only store/dialects talks to a driver or knows which dialect it is; only src/locales (and
// data/) hold Dutch word lists. Each check reads every file under src, so a new file is checked too.

import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { eng, nld } from 'stopword'
import { globSync } from 'tinyglobby'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SOURCES = globSync(['src/**/*.ts']).sort()
const code = SOURCES.filter((f) => !f.endsWith('.test.ts'))
const read = (f: string) => readFileSync(f, 'utf8')
const under = (f: string, dir: string) => f.startsWith(`${dir}/`)

/** The module specifiers a file imports (static, type-only, dynamic and re-exports). */
function imports(file: string): string[] {
  const info = ts.preProcessFile(read(file), true, true)
  return info.importedFiles.map((i) => i.fileName)
}

/** A relative specifier as a path from the repository root; a package name as it is. */
const target = (file: string, spec: string) =>
  spec.startsWith('.') ? relative('.', join(dirname(file), spec)) : spec

/**
 * The words of a file's string, template and regular-expression literals, leaving out comments and module
 * specifiers: what the code itself matches or compares with.
 */
function literalWords(file: string): Set<string> {
  const text = read(file)
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text)
  const words = new Set<string>()
  const specifiers = new Set(imports(file))
  // After these tokens a slash starts a regular expression, not a division.
  const noOperand = new Set([
    ts.SyntaxKind.Identifier,
    ts.SyntaxKind.CloseParenToken,
    ts.SyntaxKind.CloseBracketToken,
    ts.SyntaxKind.NumericLiteral,
    ts.SyntaxKind.StringLiteral,
  ])
  const literal = new Set([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
    ts.SyntaxKind.RegularExpressionLiteral,
  ])
  let previous = ts.SyntaxKind.Unknown
  // Open braces inside each template substitution, so the `}` that ends one resumes the template.
  const braces: number[] = []
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      !noOperand.has(previous)
    )
      kind = scanner.reScanSlashToken()
    if (kind === ts.SyntaxKind.OpenBraceToken && braces.length) braces[braces.length - 1]!++
    if (kind === ts.SyntaxKind.CloseBraceToken && braces.length) {
      if (braces[braces.length - 1] === 0) {
        braces.pop()
        kind = scanner.reScanTemplateToken(false)
      } else braces[braces.length - 1]!--
    }
    if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) braces.push(0)
    // A regular expression's own text, without its flags (the `u` of /.../u is no word).
    const value =
      kind === ts.SyntaxKind.RegularExpressionLiteral
        ? scanner.getTokenText().slice(1, scanner.getTokenText().lastIndexOf('/'))
        : scanner.getTokenValue()
    if (literal.has(kind) && !specifiers.has(value))
      for (const w of value.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w)
    previous = kind
  }
  return words
}

describe('architecture', () => {
  it('reads the sources it checks', () => {
    expect(code.length).toBeGreaterThan(100)
    expect(code).toContain('src/store/read.ts')
  })

  it('no file under src/store imports src/api or src/cli', () => {
    const wrong = code
      .filter((f) => under(f, 'src/store'))
      .flatMap((f) => imports(f).map((s) => [f, target(f, s)]))
      .filter(([, t]) => under(t!, 'src/api') || under(t!, 'src/cli'))
    expect(wrong).toEqual([])
  })

  const drivers = /^(better-sqlite3|pg)(\/|$)/
  // A comparison or a case with a dialect's name: `x === 'postgres'`, `'sqlite' !== y`, `case 'postgres':`.
  const branch =
    /(?:[!=]==?\s*|\bcase\s+)['"`](?:postgres|postgresql|sqlite)['"`]|['"`](?:postgres|postgresql|sqlite)['"`]\s*[!=]==?/

  it('no file outside src/store/dialects imports a database driver or branches on the dialect name', () => {
    const outside = SOURCES.filter((f) => !under(f, 'src/store/dialects'))
    expect(outside.filter((f) => imports(f).some((s) => drivers.test(s)))).toEqual([])
    expect(outside.filter((f) => branch.test(read(f)))).toEqual([])
  })

  it('the dialect check sees a branch and a driver import', () => {
    expect(branch.test("if (store.dialect.name === 'postgres') {")).toBe(true)
    expect(branch.test("case 'sqlite':")).toBe(true)
    expect(branch.test("dialect: 'sqlite',")).toBe(false)
    expect(imports('src/store/dialects/sqlite.ts').some((s) => drivers.test(s))).toBe(true)
  })

  // Dutch function words that are not also English ones (the `stopword` package's lists): a file whose
  // literals hold five or more of them carries Dutch word lists, which belong in src/locales or data/.
  const english = new Set(eng)
  const dutch = new Set(nld.filter((w) => !english.has(w)))
  const dutchWords = (f: string) => [...literalWords(f)].filter((w) => dutch.has(w))
  it('no stage file outside src/locales and data/ holds Dutch word lists', () => {
    const holding = code.filter((f) => !under(f, 'src/locales') && dutchWords(f).length >= 5)
    expect(holding).toEqual([])
  })

  it('the Dutch check finds the lists in src/locales', () => {
    expect(dutchWords('src/locales/nl/page-words.ts').length).toBeGreaterThanOrEqual(5)
  })
})
