// The real manifests of ../shared/corpus, linted setup by setup, against the verdicts of
// ../shared/corpus/EXPECTATIONS.md (ids and severities per RULES.md). Each row is
// `severity rule-id Kind/name`; errors and warnings must match exactly, the listed infos
// must be present. Rows of rules that are not built yet are listed as todo.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { CORPUS } from './helpers/paths.js';

interface Setup {
  readonly paths: readonly string[];
  readonly expected: readonly string[];
  readonly infos?: readonly string[];
  /** Why the setup cannot be checked yet (a TODO with its issue). */
  readonly pending?: string;
}

const SETUPS: Readonly<Record<string, Setup>> = {
  'senkulabs root folder (walks the seven subfolders)': {
    paths: ['senkulabs-keycloak-playground/k8s'],
    expected: [
      'error duplicate-resource Deployment/keycloak-deployment',
      'error duplicate-resource StatefulSet/keycloak-deployment',
      'error duplicate-resource Service/keycloak-service',
      'error duplicate-resource Service/keycloak-discovery',
      'error duplicate-resource Secret/keycloak-secret',
      'error duplicate-resource Ingress/keycloak-ingress-public',
      'error duplicate-resource Ingress/keycloak-ingress-admin',
      'error multicast-stack-on-kubernetes StatefulSet/keycloak-deployment',
      'error hostname-admin-not-url StatefulSet/keycloak-deployment',
      'error discovery-service-selector-mismatch Service/keycloak-discovery',
      'error ingress-annotation-ignored Ingress/keycloak-ingress-public',
      'error ingress-annotation-ignored Ingress/keycloak-ingress-admin',
      'error ingress-backend-not-found Ingress/keycloak-ingress-public',
      'warning java-opts-replaces-defaults Deployment/keycloak-deployment',
      'warning java-opts-replaces-defaults StatefulSet/keycloak-deployment',
      'warning discovery-service-not-publishing-unready Service/keycloak-discovery',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-admin',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-public',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-admin',
      'warning missing-session-affinity Ingress/keycloak-ingress-public',
      'warning missing-session-affinity Ingress/keycloak-ingress-admin',
      'warning mixed-keycloak-versions Deployment/keycloak-deployment',
      'warning mixed-keycloak-versions StatefulSet/keycloak-deployment',
    ],
    infos: [
      'jgroups-ports-not-declared Deployment/keycloak-deployment',
      'deprecated-cache-stack StatefulSet/keycloak-deployment',
    ],
  },
  'senkulabs root files only': {
    paths: ['deployment.yaml', 'service.yaml', 'ingress.yaml', 'secrets.yaml'].map(
      (f) => `senkulabs-keycloak-playground/k8s/${f}`,
    ),
    expected: [
      'error ingress-backend-not-found Ingress/keycloak-ingress-public',
      'warning discovery-service-not-publishing-unready Service/keycloak-discovery',
      'warning java-opts-replaces-defaults Deployment/keycloak-deployment',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-admin',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-public',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-admin',
    ],
    infos: ['jgroups-ports-not-declared Deployment/keycloak-deployment'],
  },
  'senkulabs plain-keycloak': {
    paths: ['senkulabs-keycloak-playground/k8s/plain-keycloak'],
    expected: ['warning java-opts-replaces-defaults Deployment/keycloak-deployment'],
  },
  'senkulabs cloudsql-proxy-keycloak': {
    paths: ['senkulabs-keycloak-playground/k8s/cloudsql-proxy-keycloak'],
    expected: ['warning java-opts-replaces-defaults Deployment/keycloak-deployment'],
  },
  'senkulabs different-hostname-keycloak': {
    paths: ['senkulabs-keycloak-playground/k8s/different-hostname-keycloak'],
    expected: [
      'warning java-opts-replaces-defaults Deployment/keycloak-deployment',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-public',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-admin',
    ],
  },
  'senkulabs distributed-cache part1': {
    paths: ['senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1'],
    expected: [
      'error multicast-stack-on-kubernetes StatefulSet/keycloak-deployment',
      'warning java-opts-replaces-defaults StatefulSet/keycloak-deployment',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-admin',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-public',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-admin',
    ],
  },
  'senkulabs distributed-cache part2': {
    paths: ['senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part2'],
    expected: [
      'warning discovery-service-not-publishing-unready Service/keycloak-discovery',
      'warning java-opts-replaces-defaults StatefulSet/keycloak-deployment',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-admin',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-public',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-admin',
    ],
  },
  'senkulabs distributed-cache extra': {
    paths: ['senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/extra'],
    expected: [
      'error ingress-annotation-ignored Ingress/keycloak-ingress-public',
      'error ingress-annotation-ignored Ingress/keycloak-ingress-admin',
      'warning discovery-service-not-publishing-unready Service/keycloak-discovery',
      'warning java-opts-replaces-defaults StatefulSet/keycloak-deployment',
    ],
    infos: [
      'missing-session-affinity Ingress/keycloak-ingress-public',
      'missing-session-affinity Ingress/keycloak-ingress-admin',
    ],
  },
  'senkulabs keycloak-26': {
    paths: ['senkulabs-keycloak-playground/k8s/keycloak-26'],
    expected: [
      'error hostname-admin-not-url StatefulSet/keycloak-deployment',
      'warning discovery-service-not-publishing-unready Service/keycloak-discovery',
    ],
    infos: [
      'deprecated-cache-stack StatefulSet/keycloak-deployment',
      'missing-session-affinity Ingress/keycloak-ingress-public',
      'missing-session-affinity Ingress/keycloak-ingress-admin',
    ],
  },
  'keycloak quickstarts (HEAD)': {
    paths: ['keycloak-keycloak-quickstarts'],
    expected: [],
    infos: ['missing-session-affinity Ingress/keycloak'],
  },
  'keycloak quickstarts @ff873a8c': {
    paths: ['keycloak-keycloak-quickstarts@ff873a8c'],
    expected: [],
    infos: [
      'deprecated-cache-stack StatefulSet/keycloak',
      'jgroups-ports-not-declared StatefulSet/keycloak',
    ],
  },
  'lukaszbudnik (HEAD)': {
    paths: ['lukaszbudnik-keycloak-kubernetes'],
    expected: [
      'error ingress-targets-discovery-service Ingress/auth-ingress',
      'warning discovery-service-not-publishing-unready Service/keycloak',
    ],
    infos: [
      'jgroups-ports-not-declared Deployment/keycloak',
      'missing-session-affinity Ingress/auth-ingress',
    ],
  },
  'lukaszbudnik @a46125c (WildFly)': {
    paths: ['lukaszbudnik-keycloak-kubernetes@a46125c'],
    expected: [
      'error ingress-backend-not-found Ingress/auth-ingress',
      'warning ingress-proxy-buffer-too-small Ingress/auth-ingress',
    ],
    infos: [
      'legacy-distribution Deployment/keycloak',
      'missing-session-affinity Ingress/auth-ingress',
    ],
  },
  'lukaszbudnik @c532a6f': {
    paths: ['lukaszbudnik-keycloak-kubernetes@c532a6f'],
    expected: [
      'error multicast-stack-on-kubernetes Deployment/keycloak',
      'warning legacy-env-ignored Deployment/keycloak',
      'warning missing-session-affinity Ingress/auth-ingress',
      'warning ingress-proxy-buffer-too-small Ingress/auth-ingress',
    ],
  },
  'JimTim (kustomize base)': {
    paths: ['JimTim-k8s-keycloak'],
    expected: [],
    infos: ['keycloak-version-unknown StatefulSet/keycloak'],
  },
  SeticDFGov: {
    paths: ['SeticDFGov-k8s-manifests'],
    expected: [],
    infos: ['missing-session-affinity Ingress/keycloak'],
  },
  'a2z-ice': {
    paths: ['a2z-ice-first-api-keycloak'],
    expected: [],
    infos: ['jgroups-ports-not-declared StatefulSet/keycloak'],
  },
  afriddev: {
    paths: ['afriddev-kc'],
    expected: [
      'error dev-mode-with-replicas StatefulSet/keycloak',
      'error proxy-option-obsolete StatefulSet/keycloak',
      'error hostname-v1-option-removed StatefulSet/keycloak',
    ],
  },
  'vsomasvr keycloak/ (WildFly)': {
    paths: ['vsomasvr-keycloak-gke/keycloak'],
    expected: [],
    infos: [
      'legacy-distribution StatefulSet/keycloak',
      'missing-session-affinity Ingress/keycloak',
    ],
  },
  'vsomasvr pre-rendered chart': {
    paths: ['vsomasvr-keycloak-gke/keycloak-gke-ingress'],
    expected: [
      'error ingress-annotation-ignored Ingress/keycloak',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak',
    ],
    infos: [
      'legacy-distribution StatefulSet/keycloak',
      'missing-session-affinity Ingress/keycloak',
    ],
  },
  Yolean: {
    paths: ['Yolean-kubernetes-keycloakx'],
    expected: ['warning legacy-env-ignored Deployment/kc'],
    infos: ['keycloak-version-unknown Deployment/kc'],
  },
  'inference-gateway Keycloak CR': {
    paths: ['inference-gateway-inference-gateway'],
    expected: [],
    infos: ['keycloak-version-unknown Keycloak/keycloak'],
  },
  'keycloak operator test CR': {
    paths: ['keycloak-keycloak'],
    expected: ['warning mixed-keycloak-versions Keycloak/test-serialization-kc'],
    infos: ['keycloak-version-unknown Keycloak/test-serialization-kc'],
  },
};

const built = new Set(rules.map((r) => r.id));
const ruleOf = (row: string) =>
  row.split(' ').find((word) => /^[a-z]+(-[a-z0-9]+)+$/.test(word)) ?? '';

describe.each(Object.entries(SETUPS))('%s', (_name, setup) => {
  if (setup.pending) {
    test.todo(setup.pending);
    return;
  }
  const report = lint({ paths: setup.paths.map((p) => join(CORPUS, p)) });
  const rows = new Set(
    report.findings.map(
      (f) =>
        `${f.severity} ${f.ruleId} ${f.resource ? `${f.resource.kind}/${f.resource.name}` : f.file}`,
    ),
  );
  const loud = [...rows].filter((r) => !r.startsWith('info '));
  const expected = setup.expected.filter((row) => built.has(ruleOf(row)));

  test('errors and warnings match the verdicts', () => {
    expect(loud.sort()).toEqual([...new Set(expected)].sort());
  });
  for (const info of setup.infos ?? []) {
    if (built.has(ruleOf(info)))
      test(`info ${info}`, () => expect(rows.has(`info ${info}`)).toBe(true));
    else test.todo(`info ${info} (rule not built yet)`);
  }
  for (const row of setup.expected.filter((r) => !built.has(ruleOf(r))))
    test.todo(`${row} (rule not built yet)`);
});

describe('Helm input', () => {
  const templates = [
    'codecentric-helm-charts/charts/keycloakx/templates/statefulset.yaml',
    'codecentric-helm-charts/charts/keycloakx/templates/service-headless.yaml',
    'bitnami-charts/bitnami/keycloak/templates/configmap-env-vars.yaml',
    'bitnami-charts/bitnami/keycloak/templates/headless-service.yaml',
    'keycloak-keycloak-benchmark/provision/minikube/keycloak/templates/keycloak.yaml',
    'keycloak-keycloak-benchmark@b5ebb435/provision/minikube/keycloak/templates/keycloak-deployment.yaml',
    'keycloak-keycloak-benchmark@b5ebb435/provision/minikube/keycloak/templates/keycloak-discovery-service.yaml',
    'keycloak-keycloak-benchmark@b5ebb435/provision/minikube/keycloak/templates/keycloak-http-service.yaml',
    'keycloak-keycloak-benchmark@b5ebb435/provision/minikube/keycloak/templates/keycloak-ingress.yaml',
  ];
  test.for(templates)('%s gives exactly one unrendered-template', (path) => {
    const report = lint({ paths: [join(CORPUS, path)] });
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'warning unrendered-template',
    ]);
    expect(report.summary.resources).toBe(0);
  });
  const values = [
    'codecentric-helm-charts/charts/keycloakx/examples/postgresql/keycloak-server-values.yaml',
    'codecentric-helm-charts/charts/keycloakx/examples/postgresql-kubeping/keycloak-server-values.yaml',
    'codecentric-helm-charts/charts/keycloak/ci/postgres-ha-values.yaml',
  ];
  test.for(values)('%s (values, not a resource) gives no finding', (path) => {
    const report = lint({ paths: [join(CORPUS, path)] });
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
  });
});
