// Builds only when a source is newer than the build (or the build is missing), so `npm start` on an
// unchanged tree starts serving in a few seconds instead of rebuilding everything for about 20.
// `--check` only says which ("up to date" or "stale: why") and exits 0 or 1; `--root DIR` looks at another
// tree (for the tests).
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const check = args.includes('--check')
const root = args.includes('--root') ? args[args.indexOf('--root') + 1] : '.'

const sources = [
  'src',
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'package.json',
  'package-lock.json',
]
  .concat(['tsconfig.json', 'scripts/bundle-cli.mjs'])
  .map((p) => join(root, p))
const outputs = ['dist/cli/main.js', 'dist/index.js', 'web/dist/index.html'].map((p) => join(root, p))

function newest(path) {
  if (!existsSync(path)) return 0
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))))
}

const built = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)))
const changed = Math.max(...sources.map(newest))
const stale = built === 0 ? 'no build yet' : changed > built ? 'sources changed since the last build' : null
if (check) {
  process.stdout.write(stale ? `stale: ${stale}\n` : 'up to date\n')
  process.exit(stale ? 1 : 0)
}
if (stale) {
  process.stderr.write(`entente: building (${stale})...\n`)
  execSync('npm run -s build', { stdio: 'inherit', cwd: root })
}
