import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus');
export const CASES = join(SHARED, 'cases');
export const FIXTURES = join(ROOT, 'fixtures');
/** The CLI as bundled by the global setup (not the committed dist/, which a test compares). */
export const BUILT_DIR = join(ROOT, 'node_modules', '.cache', 'keycloak-lint-test');
export const BUILT_CLI = join(BUILT_DIR, 'cli.js');

export const hasShared = existsSync(CORPUS);
export const BUILT_ACTION = join(BUILT_DIR, 'action.js');
