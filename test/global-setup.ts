// One temporary directory for the whole test run: test/helpers/build.ts makes each test's directories
// inside it, and it is removed when the run ends. Vitest's workers do not always run process exit hooks,
// so a per-process cleanup alone left a hundred small directories in /tmp after each run.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'entente-tests-'))
  process.env.ENTENTE_TEST_TMP = root
  return () => rmSync(root, { recursive: true, force: true })
}
