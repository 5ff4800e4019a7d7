// Property tests: whatever the input (valid setups, mutated ones, broken YAML, wrong types,
// random bytes, random nesting), lint() returns a report valid against the schema, with
// every position inside its file. Seeds are fixed so that a failure reproduces; a failing
// case is shrunk by fast-check and printed with its seed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { parseAllDocuments, stringify, visit } from 'yaml';
import type { Report } from '../../src/engine/report.js';
import { lint } from '../../src/lint.js';
import { runCli } from '../helpers/cli.js';
import { fixtureSeeds, reportProblems, STACK_LINE } from './check.js';

// FUZZ_SEED and FUZZ_SCALE (a multiplier of the runs) search further by hand, for example
// `FUZZ_SEED=$RANDOM FUZZ_SCALE=20 npx vitest run test/robustness`.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
// More runs take longer: the time limit grows with them (it only stops a hung run).
vi.setConfig({ testTimeout: 60_000 * Math.max(1, SCALE) });
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 6_2024), endOnFailure: true });

const SEEDS = fixtureSeeds();
const FILE = 'in.yaml';

/** The text positions are counted in: bytes decode up to the first undecodable one. */
function textOf(input: string | Uint8Array): string {
  return typeof input === 'string'
    ? input
    : new TextDecoder().decode(input).replace(/\uFFFD[\s\S]*$/, '\uFFFD');
}

/** Lints a text (or bytes) as standard input and returns the invariant violations. */
function violations(input: string | Uint8Array): string[] {
  let report: Report;
  try {
    report = lint({
      paths: ['-'],
      stdin: { text: input, filename: FILE },
      config: false,
      folderContext: false,
    });
  } catch (error) {
    return [`lint() threw: ${error instanceof Error ? error.stack : String(error)}`];
  }
  // Bytes are checked against their lenient decoding: positions count decoded characters.
  return reportProblems(report, new Map([[FILE, textOf(input)]]));
}

// Every scalar the fixtures hold: values a rule has a reason to look at, in new places.
const VOCABULARY = (() => {
  const values = new Set<string>();
  for (const { text } of SEEDS) {
    for (const doc of parseAllDocuments(text)) {
      visit(doc, {
        Scalar: (_, node) => {
          if (typeof node.value === 'string' && node.value.length < 200) values.add(node.value);
        },
      });
    }
  }
  return [...values].sort();
})();

// The same fixtures with every kind replaced by one no rule reads, so that the fast path's
// scanner (sniff.ts) sees every shape the fixtures hold, and then their mutations.
const OPAQUE_KINDS = ['ServiceAccount', 'Role', 'CustomResourceDefinition', 'Widget'];
const OPAQUE_SEEDS = SEEDS.map((s, i) =>
  s.text.replace(/^kind:[ ]*\S+/gm, `kind: ${OPAQUE_KINDS[i % OPAQUE_KINDS.length]}`),
).filter((text) => !SEEDS.some((s) => s.text === text));

const seed = fc.constantFrom(...SEEDS.map((s) => s.text));
const opaqueSeed = fc.constantFrom(...OPAQUE_SEEDS);

// Characters and tokens that break YAML in interesting ways.
const TOKENS = [
  '\t',
  '"',
  "'",
  ':',
  ': ',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '#',
  '&a ',
  '*a',
  '*a ',
  '!!str ',
  '!!int ',
  '!foo ',
  '|',
  '>',
  '|-',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '? ',
  '<<: *a\n',
  '{{ .Values.x }}',
  '\\',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\uD800',
  'é',
  '😀',
  '~',
  'null',
  'true',
  'yes',
  '0x1F',
  '1e999',
  '-.inf',
  '.nan',
  '09',
  '2024-01-01',
  '1:20',
];

type Mutation = (text: string) => string;
const at = (text: string, fraction: number) => Math.floor(fraction * text.length);
const lineOf = (lines: string[], fraction: number) => Math.floor(fraction * lines.length);
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f) => (t: string) => t.slice(0, at(t, f))),
  fc.tuple(fraction, fc.constantFrom(...TOKENS)).map(
    ([f, token]) =>
      (t: string) =>
        t.slice(0, at(t, f)) + token + t.slice(at(t, f)),
  ),
  fc.tuple(fraction, fc.constantFrom(...TOKENS)).map(
    ([f, token]) =>
      (t: string) =>
        t.slice(0, at(t, f)) + token + t.slice(at(t, f) + 1),
  ),
  fc.tuple(fraction, fc.integer({ min: 1, max: 40 })).map(
    ([f, n]) =>
      (t: string) =>
        t.slice(0, at(t, f)) + t.slice(at(t, f) + n),
  ),
  fc.tuple(fraction, fc.integer({ min: 0, max: 0x10ffff })).map(([f, code]) => (t: string) => {
    const i = at(t, f);
    return t.slice(0, i) + String.fromCodePoint(code) + t.slice(i + 1);
  }),
  // Lines duplicated, swapped, indented or dedented.
  fc.tuple(fraction, fraction).map(([f, g]) => (t: string) => {
    const lines = t.split('\n');
    const [i, j] = [lineOf(lines, f), lineOf(lines, g)];
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  }),
  fc.tuple(fraction, fc.constantFrom(' ', '  ', '\t', '- ')).map(([f, indent]) => (t: string) => {
    const lines = t.split('\n');
    const i = lineOf(lines, f);
    lines[i] = indent + (lines[i] ?? '');
    return lines.join('\n');
  }),
  fraction.map((f) => (t: string) => {
    const lines = t.split('\n');
    const i = lineOf(lines, f);
    lines[i] = (lines[i] ?? '').replace(/^ {1,2}/, '');
    return lines.join('\n');
  }),
  fc.tuple(fraction, fraction).map(([f, g]) => (t: string) => {
    const lines = t.split('\n');
    lines.splice(lineOf(lines, g), 0, lines[lineOf(lines, f)] ?? '');
    return lines.join('\n');
  }),
);

const mutate = (from: fc.Arbitrary<string>) =>
  fc
    .tuple(from, fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([text, mutations]) => mutations.reduce((t, m) => m(t), text));
const mutated = mutate(seed);
const mutatedOpaque = mutate(opaqueSeed);

// A value of any JSON type, or a vocabulary string, to put where another value was.
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCABULARY) },
  fc.constantFrom(null, true, false, 0, -1, 1.5, 65536, 1e21, '', ' ', '$(A)', '$' + '{A}', '-D'),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Replaces the values at random paths of a seed's documents (wrong types, other values). */
const retyped = fc
  .tuple(seed, fc.array(fc.tuple(fraction, anyValue), { minLength: 1, maxLength: 8 }))
  .map(([text, replacements]) => {
    const docs = parseAllDocuments(text, { version: '1.1' });
    if (!Array.isArray(docs)) return text;
    const out: string[] = [];
    for (const doc of docs) {
      // A broken document cannot be written back; it stays as it was.
      if (doc.errors.length > 0) {
        out.push(text.slice(doc.range[0], doc.range[2]));
        continue;
      }
      const nodes: { set: (value: unknown) => void }[] = [];
      visit(doc, {
        Pair: (_, pair) => {
          nodes.push({
            set: (value) => {
              pair.value = doc.createNode(value);
            },
          });
        },
        Seq: (_, seq) => {
          seq.items.forEach((_, i) => {
            nodes.push({
              set: (value) => {
                seq.items[i] = doc.createNode(value);
              },
            });
          });
        },
      });
      for (const [f, value] of replacements) nodes[Math.floor(f * nodes.length)]?.set(value);
      out.push(doc.toString());
    }
    return out.join('---\n');
  });

/** Random Kubernetes-like trees, block or flow style, with keys rules look at. */
const KEYS = [
  'apiVersion',
  'kind',
  'metadata',
  'name',
  'namespace',
  'labels',
  'annotations',
  'spec',
  'template',
  'containers',
  'image',
  'env',
  'value',
  'valueFrom',
  'args',
  'command',
  'ports',
  'containerPort',
  'selector',
  'matchLabels',
  'replicas',
  'rules',
  'http',
  'paths',
  'backend',
  'service',
  'port',
  'number',
  'items',
  'data',
  'volumes',
  'volumeMounts',
  'configMap',
  'additionalOptions',
  'instances',
  'hostname',
  'proxy',
  'headers',
  'cache',
  'stack',
  '<<',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
];
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyValue,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('tree'), { maxKeys: 5 }),
  ),
}));
const KINDS = [
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'Deployment'],
  ['v1', 'Service'],
  ['v1', 'Pod'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['v1', 'List'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['k8s.keycloak.org/v2alpha1', 'Keycloak'],
  ['security.istio.io/v1', 'PeerAuthentication'],
  ['traefik.io/v1alpha1', 'IngressRoute'],
  ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler'],
] as const;
const randomObject = fc
  .tuple(fc.constantFrom(...KINDS), tree, tree, fc.boolean())
  .map(([[apiVersion, kind], spec, metadata, flow]) => {
    const object = { apiVersion, kind, metadata, spec };
    return flow ? JSON.stringify(object) : stringify(object, { aliasDuplicateObjects: false });
  });

describe('lint() holds its invariants on any input', () => {
  test('every fixture as it is', () => {
    for (const { name, text } of SEEDS) expect(violations(text), name).toEqual([]);
  });

  test('fixtures with YAML mutations (truncation, flips, tabs, quotes, colons, lines moved)', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(violations(text)).toEqual([]);
      }),
      {
        numRuns: runs(300),
      },
    );
  });

  test('fixtures with values replaced by other values and wrong types', () => {
    fc.assert(
      fc.property(retyped, (text) => {
        expect(violations(text)).toEqual([]);
      }),
      {
        numRuns: runs(300),
      },
    );
  });

  test('two fixtures in one stream, each mutated', () => {
    const pair = fc.tuple(fc.oneof(seed, mutated, retyped), fc.oneof(seed, mutated, retyped));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(violations(`${a}\n---\n${b}`)).toEqual([]);
      }),
      { numRuns: runs(100) },
    );
  });

  test('random objects of the kinds the rules read, nested at random', () => {
    fc.assert(
      fc.property(fc.array(randomObject, { minLength: 1, maxLength: 4 }), (objects) => {
        expect(violations(objects.join('\n---\n'))).toEqual([]);
      }),
      { numRuns: runs(200) },
    );
  });

  test('random text and random bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc
            .array(fc.constantFrom(...TOKENS, 'a', 'b: c', 'x'), { maxLength: 60 })
            .map((t) => t.join('')),
          fc.uint8Array({ maxLength: 500 }),
        ),
        (input) => {
          expect(violations(input)).toEqual([]);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

/** The reports of the fast path and of a full parse on a text as standard input. */
function fastAndFull(text: string): [Report, Report] {
  const run = (fullParse: boolean) =>
    lint({
      paths: ['-'],
      stdin: { text, filename: FILE },
      config: false,
      folderContext: false,
      fullParse,
    });
  return [run(false), run(true)];
}

describe('the fast path reports what a full parse reports', () => {
  // A difference is a finding lost (or made up) by the scanner or the per-document parse.
  test('on the fixtures, read as kinds no rule reads, as they are', () => {
    expect(OPAQUE_SEEDS.length).toBeGreaterThan(50);
    for (const text of OPAQUE_SEEDS) {
      const [fast, full] = fastAndFull(text);
      expect(fast).toEqual(full);
    }
  });

  test('on mutated fixtures, of kinds rules read and kinds they do not', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, mutatedOpaque, retyped), (text) => {
        const [fast, full] = fastAndFull(text);
        expect(fast).toEqual(full);
      }),
      { numRuns: runs(400) },
    );
  });

  test('on two mutated documents in one stream', () => {
    const one = fc.oneof(opaqueSeed, mutatedOpaque, mutated);
    fc.assert(
      fc.property(one, one, (a, b) => {
        const [fast, full] = fastAndFull(`${a}\n---\n${b}`);
        expect(fast).toEqual(full);
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('the command line holds them too', () => {
  test('a folder of mutated files: exit 0, 1 or 2, no stack trace, a valid report', () => {
    const file = fc.oneof(
      { weight: 3, arbitrary: fc.oneof(seed, mutated, retyped) },
      fc.uint8Array({ maxLength: 300 }),
    );
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 25 }), (inputs) => {
        const dir = mkdtempSync(join(tmpdir(), 'kclint-prop-'));
        try {
          const texts = new Map<string, string>();
          inputs.forEach((input, i) => {
            const name = `f ${i}-é.yaml`;
            writeFileSync(join(dir, name), input);
            texts.set(name, textOf(input));
          });
          const result = runCli(['lint', '.', '--format', 'json', '--no-config'], { cwd: dir });
          expect([0, 1, 2]).toContain(result.status);
          expect(result.stderr).not.toMatch(STACK_LINE);
          // Whatever goes to stderr is one line per problem, each naming the tool.
          for (const line of result.stderr.split('\n').filter(Boolean))
            expect(line).toMatch(/^keycloak-lint: /);
          const report = JSON.parse(result.stdout) as Report;
          expect(report.summary.files).toBe(inputs.length);
          expect(reportProblems(report, texts)).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(4) },
    );
  });
});
