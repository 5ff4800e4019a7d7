// `npm run bench`: how fast keycloak-lint lints large trees, against the bare parse of the
// same files, and whether the fast path reports exactly what a full parse reports.
//
//   node scripts/bench.mjs [--sizes 200,2000,20000] [--huge] [--runs 3] [--json out.json]
//
// It bundles the current sources into a scratch folder, writes deterministic trees
// (scripts/bench-tree.mjs) into the system's temp folder (kept between runs, keyed by the
// generator's hash), and for each size measures, in one run: the linter's wall time in a
// child process (median of --runs), documents/s, MB/s, the child's peak RSS, and the bare
// parse of the same files in this process with js-yaml `loadAll` and yaml
// `parseAllDocuments`. Then `--version` against `node -e 0`, a pre-commit-like run on 5
// files, and with --huge a 100 000-document tree. Finally it lints the 200 and 2 000 trees,
// ../shared/corpus and fixtures/ once more with KEYCLOAK_LINT_FULL_PARSE=1 (every document
// parsed fully, syntax trees kept) and exits 1 when a report differs from the fast path's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { writeTree } from './bench-tree.mjs';
import { bundle } from './bundle.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SIZES = option('--sizes', '200,2000,20000').split(',').map(Number);
const RUNS = Number(option('--runs', '3'));
const CHECKED_SIZES = new Set([200, 2000]);

const generator = readFileSync(join(ROOT, 'scripts/bench-tree.mjs'));
const hash = createHash('sha256').update(generator).digest('hex').slice(0, 10);
const WORK = join(tmpdir(), `keycloak-lint-bench-${hash}`);
const BUILD = join(tmpdir(), `keycloak-lint-bench-build-${process.pid}`);

const log = (text) => process.stderr.write(`${text}\n`);

/** The tree of a size, written once per generator version. */
function tree(folders, dense = false) {
  const dir = join(WORK, `${dense ? 'dense-' : ''}${folders}`);
  const stamp = join(dir, '.stats.json');
  if (existsSync(stamp)) return { dir, ...JSON.parse(readFileSync(stamp, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  log(`writing ${dense ? 'a dense' : 'the'} ${folders}-folder tree into ${dir}`);
  const stats = writeTree(dir, folders, { dense });
  writeFileSync(stamp, JSON.stringify(stats));
  return { dir, ...stats };
}

function filesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(dir);
  return out;
}

// The child reports its own peak RSS and CPU time (user + system) when it exits. CPU time
// is reported beside wall time because a busy machine stretches wall time, not CPU time.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nBENCH_MAXRSS '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

/** Runs the built CLI once: wall time (ms), peak RSS (MiB), exit code and stdout. */
function runCli(cliArgs, { cwd = ROOT, env = {} } = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ['--import', RSS_HOOK, join(BUILD, 'cli.js'), ...cliArgs],
    {
      cwd,
      env: { ...process.env, ...env, NO_COLOR: '1' },
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /BENCH_MAXRSS (\d+) (\d+)/.exec(child.stderr ?? '');
  if (child.status === null || child.status > 1) {
    throw new Error(`keycloak-lint ${cliArgs.join(' ')} failed (${child.status}): ${child.stderr}`);
  }
  return {
    ms,
    cpuMs: rss ? Number(rss[2]) / 1000 : Number.NaN,
    rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
    stdout: child.stdout,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Median wall time of a command, without the RSS hook (whose loading costs time too). */
function timeSpawn(argv, runs, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(argv[0], argv.slice(1), {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env, NO_COLOR: '1' },
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    // A lint with findings exits 1.
    if (child.status !== 0 && child.status !== 1)
      throw new Error(`${argv.join(' ')} failed: ${child.stderr}`);
  }
  return median(times);
}

/** The bare parse of the same files, in this process (texts read beforehand). */
function parseFloor(files) {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let start = performance.now();
  let cpuStart = cpu();
  for (const text of texts) {
    try {
      jsyaml.loadAll(text);
    } catch {
      // A broken file costs what it costs.
    }
  }
  const jsYaml = performance.now() - start;
  const jsYamlCpu = cpu() - cpuStart;
  start = performance.now();
  cpuStart = cpu();
  for (const text of texts) parseAllDocuments(text, { version: '1.1', merge: true });
  const yamlMs = performance.now() - start;
  const yamlCpu = cpu() - cpuStart;
  return { jsYaml, yaml: yamlMs, jsYamlCpu, yamlCpu };
}

function lintTree(dir) {
  const runs = [];
  for (let i = 0; i < RUNS; i++)
    runs.push(runCli(['lint', dir, '--format', 'json', '--no-config']));
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const rssMiB = Math.max(...runs.map((r) => r.rssMiB));
  return { ms, cpuMs, rssMiB, report: runs[0].stdout };
}

/** Lints with the fast path and with KEYCLOAK_LINT_FULL_PARSE=1; returns a difference or ''. */
function compareFullParse(label, cliArgs, cwd, fastStdout) {
  const fast = fastStdout ?? runCli(cliArgs, { cwd }).stdout;
  const full = runCli(cliArgs, { cwd, env: { KEYCLOAK_LINT_FULL_PARSE: '1' } }).stdout;
  if (fast === full) {
    const n = JSON.parse(fast).findings.length;
    log(`  same findings with a full parse: ${label} (${n} findings)`);
    return '';
  }
  const a = JSON.parse(fast);
  const b = JSON.parse(full);
  const key = (f) => JSON.stringify(f);
  const onlyFast = a.findings.filter((f) => !b.findings.some((g) => key(g) === key(f)));
  const onlyFull = b.findings.filter((f) => !a.findings.some((g) => key(g) === key(f)));
  return (
    `${label}: the fast path and a full parse differ\n` +
    `  only with the fast path: ${JSON.stringify(onlyFast.slice(0, 3), null, 1)}\n` +
    `  only with a full parse: ${JSON.stringify(onlyFull.slice(0, 3), null, 1)}\n` +
    `  summaries: ${JSON.stringify(a.summary)} / ${JSON.stringify(b.summary)}`
  );
}

const fmt = (n, digits = 2) => n.toFixed(digits);

async function main() {
  mkdirSync(WORK, { recursive: true });
  await bundle(BUILD);
  const machine = {
    cpus: readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown',
    nproc: Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()),
    node: process.version,
  };
  log(`machine: ${machine.nproc} x ${machine.cpus}, Node ${machine.node}`);
  const rows = [];
  const problems = [];
  const reports = new Map();
  // Warm this process's parsers once, so the first floor is not paying for the JIT.
  parseFloor(filesOf(tree(SIZES[0]).dir).slice(0, 200));
  for (const size of SIZES) {
    const t = tree(size);
    const files = filesOf(t.dir);
    const floor = parseFloor(files);
    log(`${size} folders: linting (${RUNS} runs)`);
    const lint = lintTree(t.dir);
    reports.set(size, lint.report);
    const mb = t.bytes / 1e6;
    rows.push({
      folders: size,
      files: t.files,
      documents: t.documents,
      mb,
      lintMs: lint.ms,
      lintCpuMs: lint.cpuMs,
      docsPerSecond: t.documents / (lint.ms / 1000),
      mbPerSecond: mb / (lint.ms / 1000),
      rssMiB: lint.rssMiB,
      jsYamlMs: floor.jsYaml,
      yamlMs: floor.yaml,
      jsYamlCpuMs: floor.jsYamlCpu,
      yamlCpuMs: floor.yamlCpu,
      findings: JSON.parse(lint.report).findings.length,
    });
  }

  const nodeMs = timeSpawn([process.execPath, '-e', '0'], 15);
  const versionMs = timeSpawn([process.execPath, join(BUILD, 'cli.js'), '--version'], 15);

  // Pre-commit passes the staged files: five files of one Keycloak setup, and its folder is
  // read as context.
  const small = tree(SIZES.includes(2000) ? 2000 : SIZES[0]);
  const all = filesOf(small.dir);
  const folder = dirname(all.find((f) => f.endsWith('statefulset.yaml')));
  // The files of that setup's folder, and the next folder's first ones to make five.
  const first = all.findIndex((f) => dirname(f) === folder);
  const staged = all.slice(first, first + 5);
  const hook = [process.execPath, join(BUILD, 'cli.js'), 'lint', '--no-config'];
  const stagedArgs = [...hook, ...staged.map((f) => relative(ROOT, f))];
  const precommitMs = timeSpawn(stagedArgs, 15);
  // The same without the compile cache: a hook's first run after an install or an upgrade.
  const precommitColdMs = timeSpawn(stagedArgs, 15, { KEYCLOAK_LINT_NO_COMPILE_CACHE: '1' });

  let huge;
  if (flag('--huge')) {
    const t = tree(2000, true);
    log(`dense tree: ${t.documents} documents, linting once`);
    const run = runCli(['lint', t.dir, '--format', 'json', '--no-config']);
    huge = {
      documents: t.documents,
      mb: t.bytes / 1e6,
      ms: run.ms,
      cpuMs: run.cpuMs,
      rssMiB: run.rssMiB,
      findings: JSON.parse(run.stdout).findings.length,
    };
  }

  log('checking the fast path against a full parse');
  for (const size of SIZES.filter((s) => CHECKED_SIZES.has(s))) {
    const dir = tree(size).dir;
    const cliArgs = ['lint', dir, '--format', 'json', '--no-config'];
    const problem = compareFullParse(`${size}-folder tree`, cliArgs, ROOT, reports.get(size));
    if (problem) problems.push(problem);
  }
  const corpus = join(ROOT, '../shared/corpus');
  const others = [[join(ROOT, 'fixtures'), 'fixtures/']];
  if (existsSync(corpus)) {
    for (const entry of readdirSync(corpus, { withFileTypes: true })) {
      if (entry.isDirectory()) others.push([join(corpus, entry.name), `corpus/${entry.name}`]);
    }
  }
  for (const [dir, label] of others) {
    for (const sub of [dir]) {
      const problem = compareFullParse(
        label,
        ['lint', sub, '--format', 'json', '--no-config'],
        ROOT,
      );
      if (problem) problems.push(problem);
    }
  }

  const table = [
    '| folders | files | documents | MB | lint (s) | documents/s | MB/s | peak RSS (MiB) | js-yaml loadAll (s) | yaml parseAllDocuments (s) | lint / js-yaml | lint / yaml |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.folders} | ${r.files} | ${r.documents} | ${fmt(r.mb, 1)} | ${fmt(r.lintMs / 1000)} | ${fmt(r.docsPerSecond, 0)} | ${fmt(r.mbPerSecond, 1)} | ${fmt(r.rssMiB, 0)} | ${fmt(r.jsYamlMs / 1000)} | ${fmt(r.yamlMs / 1000)} | ${fmt(r.lintMs / r.jsYamlMs)} | ${fmt(r.lintMs / r.yamlMs)} |`,
    ),
  ];
  const cpuTable = [
    '| folders | lint CPU (s) | js-yaml CPU (s) | yaml CPU (s) | lint / js-yaml (CPU) | lint / yaml (CPU) | findings |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.folders} | ${fmt(r.lintCpuMs / 1000)} | ${fmt(r.jsYamlCpuMs / 1000)} | ${fmt(r.yamlCpuMs / 1000)} | ${fmt(r.lintCpuMs / r.jsYamlCpuMs)} | ${fmt(r.lintCpuMs / r.yamlCpuMs)} | ${r.findings} |`,
    ),
  ];
  const lines = [...table, '', ...cpuTable, ''];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    lines.push(
      `scaling ${a.folders} -> ${b.folders} folders: input x${fmt(b.mb / a.mb)}, wall time x${fmt(b.lintMs / a.lintMs)}, CPU time x${fmt(b.lintCpuMs / a.lintCpuMs)}`,
    );
  }
  lines.push(
    `--version: ${fmt(versionMs, 0)} ms, node -e 0: ${fmt(nodeMs, 0)} ms (x${fmt(versionMs / nodeMs)})`,
    `pre-commit run on 5 files: ${fmt(precommitMs, 0)} ms (median of 15; ${fmt(precommitColdMs, 0)} ms without the compile cache)`,
  );
  if (huge) {
    lines.push(
      `dense tree: ${huge.documents} documents (${fmt(huge.mb, 1)} MB) in ${fmt(huge.ms / 1000)} s (CPU ${fmt(huge.cpuMs / 1000)} s), peak RSS ${fmt(huge.rssMiB, 0)} MiB, ${huge.findings} findings`,
    );
  }
  // The targets, judged on this run's figures.
  const verdicts = [];
  const judge = (met, text) => verdicts.push(`${met ? 'met' : 'MISSED'}: ${text}`);
  const mid = rows.find((r) => r.folders === 2000);
  if (mid) {
    judge(
      mid.lintMs <= 2 * mid.jsYamlMs,
      `2 000 folders within 2x js-yaml: x${fmt(mid.lintMs / mid.jsYamlMs)} wall, x${fmt(mid.lintCpuMs / mid.jsYamlCpuMs)} CPU`,
    );
  }
  // The issue sets the memory target beside the 2 000-folder tree's; the larger trees are
  // held to "no running out of memory", and their peaks are in the table.
  if (mid) judge(mid.rssMiB < 250, `2 000 folders in under 250 MiB: ${fmt(mid.rssMiB, 0)} MiB`);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const allowed = 1.1 * (b.mb / a.mb);
    judge(
      b.lintMs / a.lintMs <= allowed,
      `linear ${a.folders} -> ${b.folders}: input x${fmt(b.mb / a.mb)}, wall x${fmt(b.lintMs / a.lintMs)}, CPU x${fmt(b.lintCpuMs / a.lintCpuMs)} (at most x${fmt(allowed)})`,
    );
  }
  if (huge) judge(true, `${huge.documents} documents linted without running out of memory`);
  judge(versionMs <= 1.5 * nodeMs, `--version within 1.5x node -e 0: x${fmt(versionMs / nodeMs)}`);
  judge(precommitMs < 150, `pre-commit run on 5 files under 150 ms: ${fmt(precommitMs, 0)} ms`);
  lines.push('', ...verdicts);
  process.stdout.write(`${lines.join('\n')}\n`);
  const out = option('--json');
  if (out) {
    writeFileSync(
      out,
      JSON.stringify(
        { machine, rows, nodeMs, versionMs, precommitMs, precommitColdMs, huge, verdicts },
        null,
        2,
      ),
    );
  }
  rmSync(BUILD, { recursive: true, force: true });
  if (problems.length > 0) {
    process.stderr.write(`\nFINDINGS DIFFER:\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  log('the fast path and a full parse report the same findings everywhere checked');
}

await main();
