import { describe, expect, test } from 'vitest';
import { lint } from '../../src/lint.js';
import { documentSlices } from '../../src/load/parse.js';
import { findTemplateSyntax } from '../../src/load/template.js';
import { modelOf, statefulSet } from '../helpers/model.js';

const lintText = (text: string | Uint8Array) =>
  lint({ paths: ['-'], stdin: { text, filename: 'in.yaml' } });
const rows = (text: string | Uint8Array) =>
  lintText(text).findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
// With a hostname, so that only the multicast stack is at fault (hostname-not-configured).
const UDP_ON_23 = statefulSet(
  'args: ["start", "--hostname=sso.example.test"]\nenv:\n  - {name: KC_DB, value: postgres}',
  {
    image: 'quay.io/keycloak/keycloak:23.0.7',
  },
);

describe('documents', () => {
  test('markers at column 0 split documents; other dashes do not', () => {
    const text = 'a: 1\n--- # first\nb: "---"\n----\n...\nc: 3\n---\n';
    expect(documentSlices(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'a: 1\n',
      '--- # first\nb: "---"\n----\n',
      'c: 3\n',
      '---\n',
    ]);
  });

  test('a broken document is reported and the next one is still linted', () => {
    expect(rows(`kind: [\n---\n${UDP_ON_23}`)).toEqual([
      '1:7 invalid-yaml',
      '17:11 multicast-stack-on-kubernetes',
    ]);
  });

  test('a byte order mark and CRLF line ends keep positions right', () => {
    const crlf = `\uFEFF${UDP_ON_23.replace(/\n/g, '\r\n')}`;
    expect(rows(new TextEncoder().encode(crlf))).toEqual(['15:11 multicast-stack-on-kubernetes']);
  });

  test('UTF-16 with a byte order mark is read', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UDP_ON_23, 'utf16le')]);
    expect(rows(bytes)).toEqual(['15:11 multicast-stack-on-kubernetes']);
  });

  test('JSON manifests and kind: List items are resources', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } },
      ],
    };
    const report = lintText(JSON.stringify(list, null, 2));
    expect(report.summary.resources).toBe(2);
    expect(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '16:17 duplicate-resource',
    ]);
  });

  test('merge keys are read as Kubernetes reads them, and positions follow them', () => {
    const text = `x-env: &env
  - name: KC_CACHE_STACK
    value: udp
  - {name: KC_DB, value: postgres}
  - {name: KC_HOSTNAME, value: sso.example.test}
${statefulSet('args: ["start"]\nenv: *env', { image: 'quay.io/keycloak/keycloak:26.2.0' })}`;
    expect(rows(text)).toEqual(['3:12 multicast-stack-on-kubernetes']);
    const merged = `base: &base
  replicas: 3
kind: StatefulSet
apiVersion: apps/v1
metadata: {name: kc}
spec:
  <<: *base
  selector: {matchLabels: {app: kc}}
  template:
    metadata: {labels: {app: kc}}
    spec:
      containers:
        - {name: keycloak, image: "quay.io/keycloak/keycloak:23.0.7", args: [start], env: [{name: KC_DB, value: postgres}]}
`;
    expect(modelOf(merged).workloads[0]?.replicas.count).toBe(3);
  });

  test('duplicate keys are reported and the last value is used', () => {
    const text = UDP_ON_23.replace('  replicas: 3\n', '  replicas: 1\n  replicas: 3\n');
    expect(rows(text)).toEqual(['8:3 invalid-yaml', '16:11 multicast-stack-on-kubernetes']);
  });

  test('an alias bomb is refused without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const report = lintText(levels.join('\n'));
    expect(report.findings.map((f) => f.ruleId)).toEqual(['invalid-yaml']);
    expect(report.findings[0]?.message).toMatch(/alias/i);
  });

  test('__proto__ keys pollute nothing', () => {
    lintText(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  __proto__: {polluted: ' +
        'yes}\ndata:\n  __proto__: {polluted: yes}\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('template syntax', () => {
  test.for([
    ['a Helm action on its own line', 'apiVersion: v1\n{{- if .Values.x }}\nkind: Service\n', true],
    [
      'a plain value that is a template',
      'kind: Service\nmetadata:\n  name: {{ include "x" . }}\n',
      true,
    ],
    ['a quoted Helm reference', 'kind: Service\nmetadata:\n  name: "{{ .Release.Name }}"\n', true],
    [
      'a Prometheus template in a quoted string',
      'kind: PrometheusRule\nspec:\n  description: "{{ $labels.pod }} is down"\n',
      false,
    ],
    [
      'a Go template in a block scalar',
      'kind: ConfigMap\ndata:\n  tmpl: |\n    {{ define "slack.title" }}x{{ end }}\n',
      false,
    ],
    ['a comment', '# {{ .Values.x }}\nkind: Service\n', false],
  ] as const)('%s', ([, text, template]) => {
    expect(findTemplateSyntax(text) >= 0).toBe(template);
  });
});
