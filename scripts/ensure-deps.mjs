// Installs the npm dependencies on a fresh clone, so the README's two commands work without a setup step.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/typescript')) {
  process.stderr.write('entente: installing dependencies (first run)...\n')
  execSync(
    existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund',
    {
      stdio: 'inherit',
    },
  )
}
