// Builds only when a source is newer than the build (or the build is missing), so `npm start` on an
// unchanged tree starts serving in a few seconds instead of rebuilding everything for about 20.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const sources = [
  'src',
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'package.json',
  'package-lock.json',
].concat(['tsconfig.json', 'scripts/bundle-cli.mjs'])
const outputs = ['dist/cli/main.js', 'dist/index.js', 'web/dist/index.html']

function newest(path) {
  if (!existsSync(path)) return 0
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))))
}

const built = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)))
const changed = Math.max(...sources.map(newest))
if (built === 0 || changed > built) {
  process.stderr.write(
    `entente: building (${built === 0 ? 'no build yet' : 'sources changed since the last build'})...\n`,
  )
  execSync('npm run -s build', { stdio: 'inherit' })
}
