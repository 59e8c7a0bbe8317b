// `npm run eval`: scores the engine on the development sets in ../shared (dev and more), or on the gold
// and pages given (`npm run eval -- --gold DIR --pages DIR`). A checkout without ../shared gets a message
// saying how to score against your own gold instead of a raw "no such file".
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const cli = ['--max-old-space-size=1024', 'dist/cli/main.js', 'eval']
const args = process.argv.slice(2)
const sets = args.includes('--gold')
  ? [args]
  : [
      ['--gold', '../shared/gold/dev', '--pages', '../shared/samples/zeelandnet', ...args],
      ['--gold', '../shared/gold/more', '--pages', '../shared/samples/more', ...args],
    ]
const missing = sets
  .flatMap((s) => [s[s.indexOf('--gold') + 1], s[s.indexOf('--pages') + 1]])
  .filter((d) => d && !existsSync(d))
if (missing.length > 0) {
  process.stderr.write(
    `entente: npm run eval scores against ${missing.join(' and ')}, which this checkout does not have.\n` +
      'Score against your own gold files (see the README, "entente eval") with:\n' +
      '  npm run eval -- --gold DIR --pages DIR\n',
  )
  process.exit(1)
}
let code = 0
for (const s of sets) code ||= spawnSync('node', [...cli, ...s], { stdio: 'inherit' }).status ?? 1
process.exit(code)
