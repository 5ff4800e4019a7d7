// Which lines a suppression comment covers.
import { describe, expect, test } from 'vitest';
import { commentSuppressions } from '../../src/engine/suppressions.js';
import { parseFile } from '../../src/load/parse.js';
import { SourceFile } from '../../src/load/source.js';

const covered = (text: string) =>
  commentSuppressions(new SourceFile('x.yaml', text)).map((s) => [
    s.fromLine,
    s.toLine,
    s.reason ?? null,
  ]);

const CONTAINER = `env:
  - name: KC_DB
    value: postgres
  # keycloak-lint-disable-next-line java-opts-replaces-defaults -- heap set on purpose

  - name: JAVA_OPTS
    value: >-
      -Xmx2g
      -Xms1g
  - name: KC_CACHE
    value: ispn
ports: []
`;

describe('next-line comments', () => {
  test('cover the next item with the block nested under it, past blank lines', () => {
    expect(covered(CONTAINER)).toEqual([[6, 9, 'heap set on purpose']]);
  });

  test('cover one line when the next line is a scalar', () => {
    expect(
      covered('# keycloak-lint-disable-next-line a -- why\nreplicas: 3\nserviceName: kc\n'),
    ).toEqual([[2, 2, 'why']]);
  });

  test('above a key, cover its list even when the list is not indented', () => {
    const text =
      '# keycloak-lint-disable-next-line a -- why\nenv:\n- name: A\n  value: b\n- name: C\nports: []\n';
    expect(covered(text)).toEqual([[2, 5, 'why']]);
  });

  test('stop at the end of the YAML document', () => {
    const text =
      'spec:\n  # keycloak-lint-disable-next-line a -- why\n  x:\n    y: 1\n---\n    z: 2\n';
    expect(covered(text)).toEqual([[3, 4, 'why']]);
  });

  test('a comment inside a string is not a suppression; one without a reason has none', () => {
    expect(covered('value: "# keycloak-lint-disable-next-line a -- why"\n')).toEqual([]);
    expect(covered('# keycloak-lint-disable-next-line a\nx: 1\n')).toEqual([[2, 2, null]]);
  });
});

describe('rest-of-document comments', () => {
  test('cover from the comment to the end of its document', () => {
    const text = 'a: 1\n# keycloak-lint-disable r -- why\nb: 2\nc: 3\n---\nd: 4\n';
    expect(covered(text)).toEqual([[2, 4, 'why']]);
  });
});

describe('what is not a suppression', () => {
  test('a # line inside a block scalar or a multi-line string is text', () => {
    const text = [
      'metadata:',
      '  annotations:',
      '    description: |',
      '      # keycloak-lint-disable dev-mode-with-replicas -- just text',
      '    note: "first line',
      '      # keycloak-lint-disable-next-line a -- also text"',
      'spec: {}',
      '',
    ].join('\n');
    const file = new SourceFile('x.yaml', text);
    const docs = parseFile(file).docs.map((d) => d.doc);
    expect(commentSuppressions(file, docs)).toEqual([]);
  });
});
