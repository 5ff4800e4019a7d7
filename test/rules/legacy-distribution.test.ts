import { expect, test } from 'vitest';
import { lint } from '../../src/lint.js';
import { ROOT } from '../helpers/paths.js';
import { ruleTester } from '../helpers/rule-tester.js';

const WILDFLY =
  'runs the legacy WildFly distribution of Keycloak; the clustering rules target the Quarkus distribution (17 and later)';

ruleTester('legacy-distribution', {
  valid: [
    'valid.first_quarkus_releases.yaml',
    'valid.legacy_tools_and_init_container.yaml',
    'valid.unknown_version.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.jboss_image_clustered.yaml',
      findings: [
        {
          line: 20,
          column: 18,
          endLine: 20,
          endColumn: 49,
          severity: 'info',
          message: `Image docker.io/jboss/keycloak:16.1.1 ${WILDFLY}`,
          fix: 'Quarkus distribution',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.legacy_tag_single_pod.yaml',
      findings: [
        {
          line: 9,
          column: 14,
          endColumn: 53,
          message: 'Image quay.io/keycloak/keycloak:17.0.1-legacy runs the legacy',
          resource: 'Pod/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.official_repo_below_17.yaml',
      findings: [
        {
          line: 18,
          column: 18,
          message: 'Image quay.io/keycloak/keycloak:15.0.2 runs',
          resource: 'Deployment/fires-keycloak-quay',
        },
        {
          line: 36,
          column: 18,
          message: 'Image docker.io/bitnami/keycloak:16.1.1-debian-10-r68 runs',
          resource: 'Deployment/fires-keycloak-bitnami',
        },
      ],
    },
    {
      fixture: 'invalid.mirrored_jboss_latest.yaml',
      findings: [
        {
          line: 18,
          column: 18,
          message: 'registry.example.test/mirror/jboss/keycloak:latest runs the legacy',
        },
      ],
    },
    {
      fixture: 'invalid.version_option_below_17.yaml',
      options: { keycloakVersion: '16.1.1' },
      findings: [
        {
          line: 18,
          column: 18,
          message: 'registry.example.test/iam/keycloak:stable runs the legacy',
        },
      ],
    },
  ],
});

test('legacy-distribution: the Quarkus clustering rules are skipped on the WildFly image, as the message says', () => {
  const report = lint({
    folderContext: false,
    paths: ['fixtures/legacy-distribution/invalid.jboss_image_clustered.yaml'],
    cwd: ROOT,
  });
  expect(report.findings.map((f) => f.ruleId)).toEqual(['legacy-distribution']);
});
