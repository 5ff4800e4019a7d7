import { expect, test } from 'vitest';
import { lint } from '../../src/lint.js';
import { ROOT } from '../helpers/paths.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('invalid-yaml', {
  valid: [
    'valid.document_markers_and_empty_documents.yaml',
    'valid.indented_marker_in_block_scalar.yaml',
    'valid.anchors_and_merge_keys.yaml',
    'valid.json_manifest.json',
    'valid.crlf_with_bom.yaml',
    'valid.utf16le_with_bom.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.broken_second_document.yaml',
      findings: [
        {
          line: 27,
          column: 1,
          endLine: 27,
          endColumn: 2,
          message: 'Tabs are not allowed as indentation',
        },
      ],
    },
    {
      fixture: 'invalid.duplicate_env_key.yaml',
      findings: [
        {
          line: 25,
          column: 11,
          message: 'defined twice in the same mapping',
          fix: 'Keep one of the two keys',
        },
      ],
    },
    {
      fixture: 'invalid.manifests_run_together.yaml',
      // the second apiVersion at the start of a line: a missing `---`, said so (the first
      // error of a document is the one reported)
      findings: [
        {
          line: 12,
          column: 1,
          endColumn: 11,
          message: 'A second top-level apiVersion in one document: two manifests run together',
          fix: 'Put a line with `---` before this line',
        },
      ],
    },
    {
      fixture: 'invalid.crlf_with_bom_duplicate_name.yaml',
      // CRLF line ends and the BOM must not shift the column.
      findings: [{ line: 6, column: 3, message: 'defined twice in the same mapping' }],
    },
    {
      fixture: 'invalid.alias_bomb.yaml',
      findings: [
        {
          line: 2,
          column: 1,
          message: /cannot be read: its aliases expand to more than 10000 nodes/,
        },
      ],
    },
    {
      fixture: 'invalid.json_missing_comma.json',
      findings: [{ line: 15, column: 13, message: 'Missing , between flow map items' }],
    },
    {
      fixture: 'invalid.image_colon_space.yaml',
      findings: [
        { line: 19, column: 18, message: 'Nested mappings are not allowed in compact mappings' },
      ],
    },
    {
      fixture: 'invalid.unclosed_quote.yaml',
      // The parser only notices the missing quote at the end of the document: its last character.
      findings: [{ line: 24, column: 29, message: 'Missing closing "quote' }],
    },
    {
      fixture: 'invalid.latin1_encoding.yaml',
      findings: [{ line: 1, column: 39, message: 'not valid UTF-8', fix: 'replace it with UTF-8' }],
    },
    // Regression: the duplicate key is reported, but the fatal syntax error that makes
    // the whole document unreadable (it is dropped from the run) is not.
    {
      fixture: 'invalid.duplicate_key_then_syntax_error.yaml',
      findings: [
        { line: 8, column: 3, message: 'defined twice' },
        { line: 21, column: 11, message: 'YAML syntax error' },
      ],
    },
  ],
});

test('invalid-yaml: the documents around a broken one are still linted', () => {
  const report = lint({
    folderContext: false,
    paths: ['fixtures/invalid-yaml/invalid.broken_second_document.yaml'],
    cwd: ROOT,
  });
  const unknown = report.findings.filter((f) => f.ruleId === 'keycloak-version-unknown');
  expect(unknown.map((f) => `${f.resource?.kind}/${f.resource?.name}`)).toEqual([
    'StatefulSet/ok-keycloak',
    'Deployment/ok-keycloak-admin',
  ]);
  expect(report.summary.resources).toBe(2);
});
