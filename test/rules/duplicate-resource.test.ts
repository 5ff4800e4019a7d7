import { expect, test } from 'vitest';
import { findingsOf, ruleTester } from '../helpers/rule-tester.js';

const REPLACES = 'the later apply replaces the earlier';

ruleTester('duplicate-resource', {
  valid: [
    'valid.same_name_other_kind_or_namespace.yaml',
    'valid.explicit_and_unspecified_namespace.yaml',
    'valid.generate_name_jobs.yaml',
    'valid.other_group_same_kind_name.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.copy_pasted_service.yaml',
      findings: [
        {
          line: 32,
          column: 9,
          endLine: 32,
          endColumn: 32,
          message: `Service fires-keycloak-headless (namespace iam) is defined again here; it is first defined in fixtures/duplicate-resource/invalid.copy_pasted_service.yaml`,
          fix: 'Keep one definition',
          resource: 'Service/fires-keycloak-headless',
        },
      ],
    },
    {
      fixture: 'invalid.hpa_two_api_versions.yaml',
      findings: [
        {
          line: 18,
          column: 9,
          message: `HorizontalPodAutoscaler fires-keycloak is defined again here`,
          resource: 'HorizontalPodAutoscaler/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.three_copies_in_list.yaml',
      findings: [
        {
          line: 14,
          column: 13,
          endColumn: 31,
          message: `ConfigMap fires-keycloak-env is defined again here; it is first defined in fixtures/duplicate-resource/invalid.three_copies_in_list.yaml, and ${REPLACES}`,
        },
        {
          line: 20,
          column: 13,
          endColumn: 31,
          message: 'ConfigMap fires-keycloak-env is defined again here',
        },
      ],
    },
    {
      fixture: 'invalid.default_namespace_option.yaml',
      options: { namespace: 'iam' },
      findings: [
        {
          line: 14,
          column: 9,
          message: 'Secret fires-keycloak-db (namespace iam) is defined again here',
          resource: 'Secret/fires-keycloak-db',
        },
      ],
    },
    // Regression: a cluster-scoped object has no namespace; the stray ones do not make two objects.
    {
      fixture: 'invalid.cluster_scoped_with_stray_namespace.yaml',
      findings: [
        {
          line: 15,
          column: 9,
          message: 'ClusterRole fires-keycloak-pod-reader',
          resource: 'ClusterRole/fires-keycloak-pod-reader',
        },
      ],
    },
  ],
});

test('duplicate-resource: each copy points back at the first definition', () => {
  const [copy] = findingsOf('duplicate-resource', 'invalid.copy_pasted_service.yaml');
  expect(copy?.related.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([
    '5:9 first definition',
  ]);
  const copies = findingsOf('duplicate-resource', 'invalid.three_copies_in_list.yaml');
  expect(copies.flatMap((f) => f.related.map((r) => `${r.line}:${r.column}`))).toEqual([
    '8:13',
    '8:13',
  ]);
});
