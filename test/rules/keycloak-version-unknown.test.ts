import { ruleTester } from '../helpers/rule-tester.js';

const ONLY_WHAT_HOLDS =
  'version-dependent rules only report what holds for every version from 17 on';

ruleTester('keycloak-version-unknown', {
  valid: [
    'valid.pinned_tags.yaml',
    'valid.floating_tags_on_other_containers.yaml',
    { fixture: 'valid.version_from_option.yaml', options: { keycloakVersion: '26.0.7' } },
    'valid.legacy_latest.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.latest_tag.yaml',
      findings: [
        {
          line: 19,
          column: 18,
          endLine: 19,
          endColumn: 50,
          severity: 'info',
          message: `cannot be read from image quay.io/keycloak/keycloak:latest, so ${ONLY_WHAT_HOLDS}`,
          fix: '--keycloak-version',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.digest_or_no_tag.yaml',
      findings: [
        {
          line: 18,
          column: 18,
          message: 'image quay.io/keycloak/keycloak@sha256:4c6e0a1f',
          resource: 'Deployment/fires-keycloak-pinned',
        },
        // The registry port (:5000) is not a tag.
        {
          line: 37,
          column: 18,
          endColumn: 57,
          message: 'image registry.example.test:5000/iam/keycloak,',
          resource: 'Deployment/fires-keycloak-mirror',
        },
      ],
    },
    {
      fixture: 'invalid.major_only_and_bitnami_latest.yaml',
      findings: [
        {
          line: 9,
          column: 14,
          message: 'image quay.io/keycloak/keycloak:26,',
          resource: 'Pod/fires-keycloak-major',
        },
        // The oauth2-proxy sidecar on line 28 is not a Keycloak container.
        {
          line: 30,
          column: 18,
          message: 'image docker.io/bitnami/keycloak:latest',
          resource: 'Deployment/fires-keycloak-bitnami',
        },
      ],
    },
    {
      fixture: 'invalid.custom_image_date_tag.yaml',
      findings: [
        {
          line: 20,
          column: 18,
          message: 'image registry.example.test/platform/sso-server:2024-11-05',
          resource: 'StatefulSet/fires-sso',
        },
      ],
    },
    {
      fixture: 'invalid.operator_cr_floating_image.yaml',
      findings: [
        {
          line: 9,
          column: 10,
          message: 'image quay.io/keycloak/keycloak:latest',
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
  ],
});
