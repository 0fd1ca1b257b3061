// Runs the end-to-end suites, one browser after the other (each needs both cores while it runs).
import { spawnSync } from 'node:child_process';

const files = ['test/e2e/chromium.test.mjs', 'test/e2e/firefox.test.mjs'];
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
