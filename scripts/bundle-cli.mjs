// Bundles the CLI (after tsc) into dist/cli/main.js plus one chunk per lazily imported part, with esbuild.
// Why: Node's ESM loader pays per file, and kysely alone is 279 files (about 3x the start of `node -e 0`);
// bundled, `entente stats` and `entente --help` start in a fraction of that. See
// docs/decisions/0009-cli-start.md. Chunks sit beside main.js, two levels below the repository, as the
// compiled modules do, so their `new URL('../../data/...', import.meta.url)` paths still resolve.
import { readdirSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

// Chunks of an earlier build would pile up: their names change with their content.
for (const f of readdirSync('dist/cli')) if (/^chunk-.*\.js$/.test(f)) rmSync(`dist/cli/${f}`)

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native or optional modules stay outside: better-sqlite3 loads a .node file; pg-native is never installed.
  external: ['better-sqlite3', 'pg-native'],
  // CommonJS dependencies call require() for Node's own modules; give each chunk one.
  banner: {
    js: "import { createRequire as __entente_require } from 'node:module'; const require = __entente_require(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
})
