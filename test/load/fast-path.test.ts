// The fast path (documents no rule reads are scanned, not parsed; syntax trees are dropped
// and rebuilt for positions) must report exactly what a full parse reports. `npm run bench`
// checks the same on large generated trees; here on every fixture and corpus setup.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { lint } from '../../src/lint.js';
import { PARSE_OPTIONS } from '../../src/load/parse.js';
import { scanBlockYaml, sniffConfigMap, sniffOpaque } from '../../src/load/sniff.js';
import { CORPUS, FIXTURES, hasShared } from '../helpers/paths.js';

const both = (paths: string[], cwd?: string) => {
  const options = { paths, config: false as const, ...(cwd ? { cwd } : {}) };
  return [
    lint({ ...options, fullParse: false, keepTrees: false }),
    lint({ ...options, fullParse: true }),
  ];
};

describe('the fast path and a full parse give the same report', () => {
  test('on each folder of fixtures/', () => {
    let findings = 0;
    for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const [fast, full] = both([join(FIXTURES, entry.name)]);
      expect(fast, entry.name).toEqual(full);
      findings += fast!.findings.length;
    }
    expect(findings).toBeGreaterThan(100);
  });

  test.runIf(hasShared)('on each setup of the corpus', () => {
    for (const entry of readdirSync(CORPUS, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const [fast, full] = both([join(CORPUS, entry.name)]);
      expect(fast, entry.name).toEqual(full);
    }
  });

  test('on opaque documents with findings, suppressions and broken neighbours', () => {
    const text = [
      '# a CRD read only up to its metadata, defined twice',
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: widgets.example.com',
      '  labels: {app: 1}',
      'spec:',
      '  group: example.com',
      '  description: a long text',
      '    on two lines',
      '---',
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: widgets.example.com',
      '  annotations:',
      '    keycloak-lint.io/ignore: "some-rule -- reason"',
      'spec:',
      '  group: example.com',
      '  group: twice',
      '---',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      '  name: reader',
      '  namespace: [iam]',
      'rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]',
      '---',
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      '  name: "unclosed',
      '',
    ].join('\n');
    const run = (fullParse: boolean) =>
      lint({
        paths: ['-'],
        stdin: { text, filename: 'crd.yaml' },
        config: false,
        fullParse,
        keepTrees: false,
      });
    const fast = run(false);
    expect(fast.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(
      expect.arrayContaining(['15 duplicate-resource', '20 invalid-yaml', '32 invalid-yaml']),
    );
    expect(fast).toEqual(run(true));
  });
});

describe('the scanner', () => {
  const valid = (text: string) => {
    const sniffed = sniffOpaque(text, 'x.yaml');
    if (sniffed) expect(parseDocument(text, PARSE_OPTIONS).errors).toEqual([]);
    return sniffed !== undefined;
  };
  const head = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n';

  test('accepts block YAML that parses without errors', () => {
    expect(valid(`${head}spec:\n  a: 1\n  b:\n  - x\n  - c: |\n      text\n    d: "q"\n`)).toBe(
      true,
    );
    expect(scanBlockYaml(`${head}x: 1\n`)?.map(([key]) => key)).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'x',
    ]);
  });

  test('leaves kinds that rules read, and anything unusual, to the parser', () => {
    expect(valid(head.replace('ServiceAccount', 'Service'))).toBe(false);
    expect(valid(head.replace('ServiceAccount', 'ConfigMapList'))).toBe(false);
    for (const odd of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: {b: 1}\n',
      'a:\n\tb: 1\n',
      'a: "b\n  c"\n',
      'a: b: c\n',
      'a: 1\na: 2\n',
      'a: 1\n # c\n  b\n',
      'a: x # c\n  more\n',
      'yes: 1\n',
      '"a\\q": 1\n',
      'a:\n  - b\n c: 1\n',
      'a: |2\n   x\n',
      'a: |\n      \n    x\n',
    ]) {
      expect(valid(`${head}${odd}`), odd).toBe(false);
    }
  });
});

describe('ConfigMap data read without the parser', () => {
  const head = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dashboards\n';
  /** What the fast path makes of the document, checked against the parser's value. */
  const agrees = (text: string) => {
    const sniffed = sniffConfigMap(text, 'x.yaml');
    if (!sniffed) return false;
    const parsed = parseDocument(text, PARSE_OPTIONS);
    expect(parsed.errors, text).toEqual([]);
    const value = parsed.toJS() as { data: Record<string, string> };
    expect(Object.fromEntries(sniffed.data), text).toEqual(value.data);
    expect(sniffed.data.map(([key]) => key)).toEqual(Object.keys(value.data));
    expect(sniffed.order).toEqual(Object.keys(value));
    return true;
  };

  test('reads literal block scalars as the parser does', () => {
    const dashboard = [
      'data:',
      '  a.json: |',
      '    {',
      '      "legend": "{{pod}}",',
      '',
      '      "x": 1',
      '    }',
      '',
      '  b.sh: |-',
      '    #!/bin/sh',
      '     echo "a: b"  # not a comment',
      '  c: | # a comment',
      '    last',
      '',
      '',
    ].join('\n');
    expect(agrees(`${head}${dashboard}`)).toBe(true);
    expect(agrees(`${dashboard}${head}`)).toBe(true);
  });

  test('leaves every other form to the parser', () => {
    for (const odd of [
      'data:\n  a: plain\n',
      'data:\n  a: |+\n    x\n\n',
      'data:\n  a: >\n    x\n',
      'data:\n  a: |2\n    x\n',
      'data:\n  a: |\n    x\n      \n    y\n',
      'data:\n  a: |\n    x',
      'data:\n  yes: |\n    x\n',
      'data:\n  a: |\n    x\n  a: |\n    y\n',
      'data:\n  a: |\n    x\nbinaryData:\n  b: eA==\n',
      'data: # c\n  a: |\n    x\n',
      'data:\n  # c\n  a: |\n    x\n',
      'data:\n  a: |\n    x\n# c\n',
    ]) {
      expect(agrees(`${head}${odd}`), odd).toBe(false);
    }
  });

  test('agrees with the parser on generated block scalars', () => {
    let accepted = 0;
    const line = fc.stringMatching(/^[ ]{0,6}[a-z#:"'{}\-| ]{0,8}$/);
    const entry = fc.record({
      key: fc.constantFrom('a', 'b.json', 'c_d', 'e-f'),
      header: fc.constantFrom('|', '|-', '| # c', '|-  '),
      lines: fc.array(line, { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), (entries) => {
        const body = entries
          .map((e) => `  ${e.key}: ${e.header}\n${e.lines.map((l) => `    ${l}\n`).join('')}`)
          .join('');
        const text = `${head}data:\n${body}`;
        // Declining is fine (the parser is asked instead); a value must be the parser's.
        if (agrees(text)) accepted++;
      }),
      { numRuns: 2000 },
    );
    // The generator must reach the values the fast path does read.
    expect(accepted).toBeGreaterThan(200);
  });
});
