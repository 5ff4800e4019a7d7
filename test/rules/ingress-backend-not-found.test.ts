import { join } from 'node:path';
import { expect, test } from 'vitest';
import { emptyConfig } from '../../src/config/config.js';
import { lint } from '../../src/lint.js';
import { ROOT } from '../helpers/paths.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ingress-backend-not-found', {
  valid: [
    // No ports declared: 8080 is where Keycloak listens by default.
    'valid.undeclared_default_port.yaml',
    'valid.sidecar_port.yaml',
    // An unspecified namespace matches any other.
    'valid.unspecified_namespace.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.missing_service.yaml',
      findings: [
        {
          line: 56,
          column: 23,
          endColumn: 39,
          message:
            'Ingress fires-keycloak routes a path to Service fires-blank-page, which is not in ' +
            'the linted files (namespace iam).',
          fix: 'declare Service/iam/fires-blank-page in externalResources',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Without a configuration the Service is missing; see the test below for the config.
      fixture: 'invalid.external_service.yaml',
      findings: [{ line: 56, column: 23, message: 'Service ok-blank-page, which is not in' }],
    },
    {
      fixture: 'invalid.port_not_defined.yaml',
      findings: [
        {
          line: 58,
          column: 27,
          endColumn: 31,
          message:
            'Ingress fires-keycloak routes to port 8443 of Service fires-keycloak, which ' +
            'defines 443 (http).',
          fix: 'Use a port that Service fires-keycloak defines: 443 (http).',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.target_port_name_missing.yaml',
      findings: [
        {
          line: 58,
          column: 25,
          message:
            'whose targetPort web is no port of the Keycloak container of Deployment ok-keycloak',
          fix: 'to a port of the Keycloak container (http 8080)',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // KC_HTTP_PORT=8081 moves the HTTP port; 80 is neither declared nor listened on.
      fixture: 'invalid.target_port_number_wrong.yaml',
      findings: [
        {
          line: 57,
          column: 27,
          message: 'whose targetPort 80 is no port of the Keycloak container',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.httproute_missing_service.yaml',
      findings: [
        {
          line: 58,
          column: 17,
          message: 'HTTPRoute fires-keycloak routes a request to Service fires-admin-console',
          fix: 'such as ok-keycloak',
          resource: 'HTTPRoute/fires-keycloak',
        },
      ],
    },
  ],
});

test.for([['Service/iam/ok-blank-page'], ['Service/ok-blank-page']])(
  'externalResources %s silences the missing Service',
  ([entry]) => {
    const report = lint({
      paths: [join('fixtures', 'ingress-backend-not-found', 'invalid.external_service.yaml')],
      cwd: ROOT,
      folderContext: false,
      config: { ...emptyConfig(ROOT), externalResources: [entry!] },
    });
    expect(report.findings.filter((f) => f.ruleId === 'ingress-backend-not-found')).toEqual([]);
  },
);
