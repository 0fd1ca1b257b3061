// Runs the end-to-end suites and the benchmark smoke run, one browser after the other (each needs both cores while it runs).
import { spawnSync } from 'node:child_process';

// `npm start` without a display (start.test.mjs), and the benchmark's smoke run too: it must run and print its tables (no timing is asserted).
const files = ['test/e2e/chromium.test.mjs', 'test/e2e/firefox.test.mjs', 'test/e2e/start.test.mjs', 'bench/smoke.test.mjs'];
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
