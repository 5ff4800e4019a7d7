import { ruleTester } from '../helpers/rule-tester.js';

const SHARE = 'nodes of different minor versions do not reliably share caches.';
const FIX = 'Pin one exact version tag (or a digest), the same on every workload that joins';

ruleTester('mixed-keycloak-versions', {
  valid: ['valid.compatible_or_separate.yaml'],
  invalid: [
    {
      fixture: 'invalid.blue_green_same_discovery_service.yaml',
      // The short and the full form of the query name one Service: reported on both sides.
      findings: [
        {
          line: 36,
          column: 18,
          endLine: 36,
          endColumn: 50,
          severity: 'warning',
          message: `StatefulSet fires-blue runs Keycloak 26.3.1 and joins one cluster with StatefulSet fires-green (26.4.0) through the discovery Service kc-discovery.iam (jgroups.dns.query); ${SHARE}`,
          fix: `${FIX} this cluster (for example quay.io/keycloak/keycloak:<version>)`,
          resource: 'StatefulSet/fires-blue',
        },
        {
          line: 66,
          column: 18,
          endColumn: 50,
          message:
            /^StatefulSet fires-green runs Keycloak 26\.4\.0 and joins one cluster with StatefulSet fires-blue \(26\.3\.1\)/,
          resource: 'StatefulSet/fires-green',
        },
      ],
    },
    {
      fixture: 'invalid.jdbc_ping_same_database.yaml',
      // One replica each, but together they form one cluster through the database.
      findings: [
        {
          line: 20,
          column: 18,
          message: `Deployment fires-old runs Keycloak 26.1.4 and joins one cluster with Deployment fires-new (26.2.0) through the database postgres.iam:5432/keycloak (jdbc-ping); ${SHARE}`,
          resource: 'Deployment/fires-old',
        },
        {
          line: 45,
          column: 18,
          message: /^Deployment fires-new runs Keycloak 26\.2\.0 .*postgres\.iam:5432\/keycloak/,
          resource: 'Deployment/fires-new',
        },
      ],
    },
    {
      fixture: 'invalid.floating_tags.yaml',
      findings: [
        {
          line: 18,
          column: 18,
          endColumn: 50,
          message:
            'Deployment fires-latest runs quay.io/keycloak/keycloak:latest, whose tag is ' +
            'floating (latest): its pods (3 replicas) may pull different Keycloak releases ' +
            'into one cluster.',
          fix: `${FIX} this cluster, and upgrade them together.`,
          resource: 'Deployment/fires-latest',
        },
        {
          line: 40,
          column: 18,
          message:
            /whose tag is floating \(no tag, so latest\): its pods \(up to 4 replicas through HorizontalPodAutoscaler untagged\)/,
          resource: 'Deployment/fires-untagged',
        },
      ],
    },
  ],
});
