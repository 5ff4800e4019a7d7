import { expect, test } from 'vitest';
import { lint } from '../../src/lint.js';
import { ROOT } from '../helpers/paths.js';
import { ruleTester } from '../helpers/rule-tester.js';

const RENDER_FIRST = 'helm template <release> <chart> -f values.yaml | keycloak-lint lint -';

ruleTester('unrendered-template', {
  valid: [
    'valid.helm_values_file.yaml',
    'valid.prometheus_rule_block_scalar.yaml',
    'valid.configmap_holding_chart_template.yaml',
    'valid.argo_workflow_parameters.yaml',
    'valid.commented_out_template.yaml',
    // Regression: a {{ inside a folded quoted/plain scalar or a trailing comment is not
    // template syntax, and these files parse as manifests; they must not be left out.
    'valid.multiline_quoted_alert_text.yaml',
    'valid.multiline_plain_alert_text.yaml',
    'valid.trailing_comment_mentions_values.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.helm_deployment_template.yaml',
      findings: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 44,
          message: 'include "keycloak.fullname"',
          fix: RENDER_FIRST,
        },
      ],
    },
    {
      fixture: 'invalid.conditional_wrapper.yaml',
      findings: [
        {
          line: 2,
          column: 1,
          endColumn: 34,
          message: 'if .Values.ingress.enabled',
          fix: 'kustomize build',
        },
      ],
    },
    {
      fixture: 'invalid.quoted_values_reference.yaml',
      // Quoted, so the file parses, but `.Values` is Helm-only.
      findings: [
        { line: 19, column: 39, endColumn: 61, message: '.Values.hostname', severity: 'warning' },
      ],
    },
    {
      fixture: 'invalid.second_document_template.yaml',
      findings: [{ line: 15, column: 14, message: '.Release.Namespace' }],
    },
    {
      fixture: 'invalid.ansible_jinja_template.yaml',
      findings: [{ line: 8, column: 13, endColumn: 36, message: 'keycloak_replicas' }],
    },
  ],
});

test('unrendered-template: the whole file is left out of the run, its plain documents included', () => {
  const report = lint({
    folderContext: false,
    paths: ['fixtures/unrendered-template/invalid.second_document_template.yaml'],
    cwd: ROOT,
  });
  expect(report.summary.resources).toBe(0);
  expect(report.findings.map((f) => f.ruleId)).toEqual(['unrendered-template']);
});

test('unrendered-template: a ConfigMap holding a chart template in a block scalar is still read', () => {
  const report = lint({
    folderContext: false,
    paths: ['fixtures/unrendered-template/valid.configmap_holding_chart_template.yaml'],
    cwd: ROOT,
  });
  expect(report.summary.resources).toBe(1);
});
