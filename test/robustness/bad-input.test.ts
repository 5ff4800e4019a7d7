// Input no one should write but real repositories contain. Each case is a positioned
// finding, or one stderr line with exit code 2; never a crash or a stack trace; and the
// other files are still linted. (Shapes that are merely unusual are in test/load.)
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { lint } from '../../src/lint.js';
import { runCli } from '../helpers/cli.js';
import { statefulSet } from '../helpers/model.js';
import { BUILT_CLI } from '../helpers/paths.js';
import { reportProblems, STACK_LINE } from './check.js';

// With a hostname, so that only the multicast stack (udp, the default up to 26.0) is at fault.
const GOOD = statefulSet(
  'args: ["start", "--hostname=sso.example.test"]\nenv:\n  - {name: KC_DB, value: postgres}',
  { image: 'quay.io/keycloak/keycloak:23.0.7' },
);
const GOOD_FINDING = 'good.yaml:15:11 multicast-stack-on-kubernetes';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
const chmodTree = (dir: string) => spawnSync('chmod', ['-R', 'u+rwx', dir]);

/** A folder holding good.yaml (one known finding) and the given files. */
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kclint-bad-'));
  made.push(dir);
  writeFileSync(join(dir, 'good.yaml'), GOOD);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const lintDir = (dir: string, options: { maxFileSize?: number } = {}) =>
  lint({ paths: ['.'], cwd: dir, config: false, ...options });
const rows = (report: Report) =>
  report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
const messages = (report: Report, file: string) =>
  report.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.message}`);

/** The CLI's result, checked for what every run must hold. */
function cli(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const result = runCli(args, options);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect([0, 1, 2]).toContain(result.status);
  return result;
}

describe('limits', () => {
  test('alias bombs are refused, saying the limit; the other files are still linted', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`)}]`);
    // The same bomb through merge keys, which expand mappings rather than sequences.
    const merges = ['m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}'];
    for (let i = 1; i < 10; i++)
      merges.push(`m${i}: &m${i}\n  <<: [${Array.from({ length: 10 }, () => `*m${i - 1}`)}]`);
    const dir = folder({ 'bomb.yaml': levels.join('\n'), 'merge.yaml': merges.join('\n') });
    const report = lintDir(dir);
    expect(rows(report)).toEqual([
      'bomb.yaml:1:1 invalid-yaml',
      GOOD_FINDING,
      'merge.yaml:1:1 invalid-yaml',
    ]);
    expect(messages(report, 'bomb.yaml')).toEqual([
      '1:1 The document cannot be read: its aliases expand to more than 10000 nodes, the ' +
        'limit that stops alias bombs.',
    ]);
  });

  test('a 50 MB file is not read: a finding names its size and how to raise the limit', () => {
    const dir = folder();
    writeFileSync(join(dir, 'huge.yaml'), '');
    // Sparse: the file is never read, only its size is looked at.
    truncateSync(join(dir, 'huge.yaml'), 50 * 1024 * 1024);
    const result = cli(['lint', '.', '--no-config', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(rows(report)).toEqual([GOOD_FINDING, 'huge.yaml:1:1 invalid-yaml']);
    expect(report.findings[1]).toMatchObject({
      message: 'The file is 50 MB, more than the 10 MB limit, so it was not read.',
      fix:
        'Raise the limit with --max-file-size (maxFileSize in .keycloak-lint.yaml; 0 for no ' +
        'limit), or leave the file out with ignorePaths.',
      endLine: 1,
      endColumn: 1,
    });
    expect(report.summary.files).toBe(2);
    expect(reportSchemaOk(report)).toEqual([]);
  });

  test('the limit comes from --max-file-size, else the configuration; 0 is no limit', () => {
    const dir = folder();
    const at = (args: string[]) => {
      const result = cli(['lint', 'good.yaml', '--format', 'json', ...args], { cwd: dir });
      return result.status === 2 ? result.stderr : rows(JSON.parse(result.stdout) as Report);
    };
    const tooLarge = ['good.yaml:1:1 invalid-yaml'];
    expect(at(['--max-file-size', '400'])).toEqual(tooLarge);
    expect(at(['--max-file-size', '1KB'])).toEqual([GOOD_FINDING]);
    expect(at(['--max-file-size', '0'])).toEqual([GOOD_FINDING]);
    writeFileSync(join(dir, '.keycloak-lint.yaml'), 'maxFileSize: 100\n');
    expect(at([])).toEqual(tooLarge);
    expect(at(['--max-file-size', '1m'])).toEqual([GOOD_FINDING]);
    writeFileSync(join(dir, '.keycloak-lint.yaml'), 'maxFileSize: ten megabytes\n');
    expect(at([])).toBe(
      'keycloak-lint: .keycloak-lint.yaml:1:14: maxFileSize must be a number of bytes or a ' +
        'size such as 10MB or 512KB (0: no limit)\n',
    );
    expect(at(['--max-file-size', '-1', '--no-config'])).toBe(
      "keycloak-lint: invalid --max-file-size '-1': expected a size such as 10MB, 512KB or 0 " +
        '(see keycloak-lint --help)\n',
    );
  });

  test('standard input is held to the limit too', () => {
    const report = lint({
      paths: ['-'],
      stdin: { text: GOOD, filename: 'piped.yaml' },
      config: false,
      folderContext: false,
      maxFileSize: 100,
    });
    expect(messages(report, 'piped.yaml')).toEqual([
      '1:1 The file is 405 bytes, more than the 100 bytes limit, so it was not read.',
    ]);
  });

  test.for([
    [
      'a block mapping',
      (n: number) =>
        `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}${' '.repeat(n)}x\n`,
    ],
    ['a block sequence', (n: number) => `${'- '.repeat(n)}x\n`],
    ['a flow sequence', (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['a flow mapping', (n: number) => `a: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`],
  ] as const)('10 000 levels of %s: a finding that says so', ([, make]) => {
    const dir = folder({ 'deep.yaml': make(10_000) });
    // 10 000 levels of block mapping take 50 MB of indentation: over the default limit.
    const report = lintDir(dir, { maxFileSize: 0 });
    expect(rows(report)).toEqual(['deep.yaml:1:1 invalid-yaml', GOOD_FINDING]);
    expect(messages(report, 'deep.yaml')).toEqual([
      '1:1 YAML syntax error: the document nests too deeply to be read.',
    ]);
  });
});

/** Schema and position problems of a report whose files are all in `dir`. */
const reportSchemaOk = (report: Report) => reportProblems(report, new Map());

describe('bytes that are not YAML text', () => {
  test('binary and non-UTF-8 files are findings at their first bad byte', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const latin1 = Buffer.concat([
      Buffer.from('apiVersion: v1\nkind: ConfigMap\ndata:\n  city: M'),
      Buffer.from([0xfc]),
      Buffer.from('nchen\n'),
    ]);
    // Old Mac line ends before the bad byte: the finding is on the line an editor shows.
    const mac = Buffer.concat([Buffer.from('a: 1\rb: 2\rc: '), Buffer.from([0xe9, 0x0d])]);
    const dir = folder({ 'logo.yaml': png, 'latin1.yaml': latin1, 'mac.yaml': mac });
    const report = lintDir(dir);
    expect(rows(report)).toEqual([
      GOOD_FINDING,
      'latin1.yaml:4:10 invalid-yaml',
      'logo.yaml:1:1 invalid-yaml',
      'mac.yaml:3:4 invalid-yaml',
    ]);
    expect(messages(report, 'logo.yaml')).toEqual([
      '1:1 The file is binary, not YAML or JSON text.',
    ]);
  });

  test('a byte order mark and CRLF, or UTF-16 big endian, keep the positions of LF text', () => {
    // Other names, so that the three are not copies of one object.
    const crlf = `\uFEFF${GOOD.replace('name: kc\n', 'name: kc-crlf\n').replace(/\n/g, '\r\n')}`;
    const be = `\uFEFF${GOOD.replace('name: kc\n', 'name: kc-be\n')}`;
    const utf16be = Buffer.from(be, 'utf16le').swap16();
    const dir = folder({ 'crlf.yaml': crlf, 'be.yaml': utf16be });
    const report = lintDir(dir);
    expect(rows(report)).toEqual([
      'be.yaml:15:11 multicast-stack-on-kubernetes',
      'crlf.yaml:15:11 multicast-stack-on-kubernetes',
      GOOD_FINDING,
    ]);
    expect(reportProblems(report, new Map([['crlf.yaml', crlf]]))).toEqual([]);
  });

  test('empty, blank, comment-only and marker-only files are read and say nothing', () => {
    const empty = {
      'empty.yaml': '',
      'blank.yaml': '\n\n   \n',
      'comment.yaml': '# nothing here yet\n# {{ not a template }}\n',
      'markers.yaml': '---\n---\n...\n',
      'bom.yaml': '\uFEFF',
      'empty.json': '',
    };
    const report = lintDir(folder(empty));
    expect(rows(report)).toEqual([GOOD_FINDING]);
    expect(report.summary.files).toBe(7);
  });

  test('binary on standard input: a finding and exit 1, no stack trace', () => {
    const result = cli(['lint', '-', '--no-config', '--stdin-filename', 'piped.yaml'], {
      input: Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]),
      cwd: folder(),
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/piped\.yaml\n {2}1:1 {2}error {4}The file is binary/);
    expect(result.stderr).toBe('');
  });
});

describe('keys', () => {
  test('duplicate keys in block and flow mappings, even among 50 000 keys', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `  k${i}: v`).join('\n');
    const dir = folder({
      'flow.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, name: b}\n',
      'many.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n${many}\n  k7: w\n`,
    });
    const report = lintDir(dir);
    expect(rows(report)).toEqual([
      'flow.yaml:3:21 invalid-yaml',
      GOOD_FINDING,
      'many.yaml:50005:3 invalid-yaml',
    ]);
    expect(report.findings[2]).toMatchObject({ endLine: 50005, endColumn: 5 });
  });

  test('__proto__ and constructor keys pollute nothing', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: x
  __proto__: {polluted: true}
  constructor: {prototype: {polluted: true}}
data:
  __proto__: {polluted: true}
  "constructor": x
---
__proto__:
  polluted: true
toString: x
hasOwnProperty: x
`;
    lint({ paths: ['-'], stdin: { text, filename: 'x.yaml' }, config: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof {}.toString).toBe('function');
  });

  test('__proto__ and constructor are read as the labels they are', () => {
    // The discovery Service selects the pods by those labels, so it finds them: no finding.
    // Read as the prototype or the Object constructor, the selector would miss the pods.
    const workload = statefulSet(
      'args: ["start"]\nenv:\n  - {name: KC_DB, value: postgres}\n' +
        '  - {name: KC_CACHE_STACK, value: kubernetes}\n' +
        '  - {name: JAVA_OPTS_APPEND, value: -Djgroups.dns.query=kc-discovery.iam}',
      { image: 'quay.io/keycloak/keycloak:26.0.7' },
    );
    const service = (selector: string) => `---
apiVersion: v1
kind: Service
metadata: {name: kc-discovery, namespace: iam}
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector: ${selector}
  ports: [{name: jgroups, port: 7800}]
`;
    const labelled = (labels: string) =>
      workload.replace('labels: {app: kc}', `labels: {app: kc, ${labels}}`);
    const findings = (text: string) =>
      lint({ paths: ['-'], stdin: { text, filename: 'x.yaml' }, config: false })
        .findings.map((f) => f.ruleId)
        .filter((id) => id.startsWith('discovery-service'));
    const both = labelled('__proto__: kc, constructor: kc');
    expect(both).toContain('__proto__: kc');
    expect(findings(both + service('{__proto__: kc, constructor: kc}'))).toEqual([]);
    expect(findings(workload + service('{__proto__: kc}'))).toEqual([
      'discovery-service-selector-mismatch',
    ]);
    expect(findings(workload + service('{constructor: kc}'))).toEqual([
      'discovery-service-selector-mismatch',
    ]);
  });
});

describe('the file system', () => {
  test('symbolic link loops are cut; a looping or dangling manifest link is one stderr line', () => {
    const dir = folder({ 'sub/ok.yaml': 'a: 1\n' });
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('self.yaml', join(dir, 'self.yaml'));
    symlinkSync('missing.yaml', join(dir, 'dangling.yaml'));
    // Not a manifest name: a broken link there is none of the linter's business.
    symlinkSync('nowhere', join(dir, 'README'));
    const result = cli(['lint', '.', '--no-config', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'keycloak-lint: cannot read dangling.yaml: no such file or directory\n' +
        'keycloak-lint: cannot read self.yaml: too many levels of symbolic links\n',
    );
    const report = JSON.parse(result.stdout) as Report;
    expect(rows(report)).toEqual([GOOD_FINDING]);
    expect(report.summary.files).toBe(2);
  });

  test('a FIFO named .yaml does not block the run', () => {
    const dir = folder();
    const made = spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    if (made.status !== 0) return; // No mkfifo here (Windows).
    expect(rows(lintDir(dir))).toEqual([GOOD_FINDING]);
    const result = cli(['lint', 'pipe.yaml', 'good.yaml', '--no-config'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('keycloak-lint: cannot read pipe.yaml: not a regular file\n');
  });

  test('unreadable files and folders: one stderr line each, exit 2, the rest linted', () => {
    const dir = folder({ 'secret.yaml': GOOD, 'locked/inner.yaml': GOOD });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'good.yaml'), 0o644);
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    // Root reads everything, so run the CLI as nobody; it must be able to reach the bundle.
    const args = ['lint', '.', '--no-config', '--format', 'json'];
    let result: { status: number | null; stdout: string; stderr: string } = runCli(args, {
      cwd: dir,
    });
    if (process.getuid?.() === 0) {
      const asNobody = spawnSync(process.execPath, [BUILT_CLI, ...args], {
        cwd: dir,
        encoding: 'utf8',
        uid: 65534,
        gid: 65534,
        env: { PATH: process.env.PATH ?? '' },
      });
      if (asNobody.error) {
        // TODO(#6): no way to drop root here; the case stays untested on this machine.
        console.warn(`unreadable files not tested: ${asNobody.error.message}`);
        return;
      }
      result = asNobody;
    }
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toBe(
      'keycloak-lint: cannot read locked: permission denied\n' +
        'keycloak-lint: cannot read secret.yaml: permission denied\n',
    );
    expect(result.status).toBe(2);
    expect(rows(JSON.parse(result.stdout) as Report)).toEqual([GOOD_FINDING]);
  });

  test('names with spaces, non-ASCII characters, # and ? are reported as they are', () => {
    const name = 'dir with space/Ключ é 日本 #1?.yaml';
    const dir = folder({ [name]: GOOD });
    const report = lintDir(dir);
    expect(rows(report)).toContain(`${name}:15:11 multicast-stack-on-kubernetes`);
    const sarif = cli(['lint', '.', '--no-config', '--format', 'sarif'], { cwd: dir });
    const uris = (
      JSON.parse(sarif.stdout) as {
        runs: {
          results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      }
    ).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain(
      'dir%20with%20space/%D0%9A%D0%BB%D1%8E%D1%87%20%C3%A9%20%E6%97%A5%E6%9C%AC%20%231%3F.yaml',
    );
    expect(uris.map(decodeURIComponent)).toContain(name);
  });

  test('10 000 files in one folder are all read', () => {
    const dir = folder();
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 10_000; i++) writeFileSync(join(many, `cm-${i}.yaml`), `n: ${i}\n`);
    writeFileSync(join(many, 'cm-5000.yaml'), 'n: [\n');
    const report = lintDir(dir);
    expect(report.summary.files).toBe(10_001);
    expect(rows(report)).toEqual([GOOD_FINDING, 'many/cm-5000.yaml:1:4 invalid-yaml']);
  });
});
