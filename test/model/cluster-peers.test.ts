import { describe, expect, test } from 'vitest';
import { buildsInContainer, buildTimeOptions } from '../../src/model/build-time.js';
import { cacheConfigFile } from '../../src/model/cluster.js';
import { floatingTag, peerGroups } from '../../src/model/peers.js';
import { parseVersion } from '../../src/model/version.js';
import { keycloakOf, modelOf, statefulSet } from '../helpers/model.js';

const JDBC = (url: string, name: string) =>
  statefulSet(
    `args: ["start"]
env:
  - {name: KC_DB, value: postgres}
  - {name: KC_DB_URL, value: "${url}"}`,
    { image: 'quay.io/keycloak/keycloak:26.2.0' },
  ).replace('name: kc\n', `name: ${name}\n`);

describe('peerGroups', () => {
  test.for([
    // A Service name is resolved in the pod's namespace (iam) in every spelling.
    ['jdbc:postgresql://pg:5432/kc', 'jdbc:postgresql://pg.iam.svc.cluster.local:5432/kc', 1],
    ['jdbc:postgresql://pg.iam:5432/kc', 'jdbc:postgresql://pg.iam.svc:5432/kc?ssl=true', 1],
    ['jdbc:postgresql://pg:5432/kc', 'jdbc:postgresql://pg:5432/other', 2],
    ['jdbc:postgresql://pg.other:5432/kc', 'jdbc:postgresql://pg:5432/kc', 2],
    // A loopback host is a sidecar proxy: which database is behind it is unknown.
    ['jdbc:postgresql://localhost:5432/kc', 'jdbc:postgresql://127.0.0.1:5432/kc', 0],
  ] as const)('%s and %s form %i jdbc-ping group(s)', ([a, b, groups]) => {
    const model = modelOf(`${JDBC(a, 'one')}\n---\n${JDBC(b, 'two')}`);
    expect(peerGroups(model)).toHaveLength(groups);
  });

  test('DNS discovery groups by the name the query resolves to', () => {
    const dns = (query: string, name: string) =>
      statefulSet(
        `args: ["start", "--cache-stack=kubernetes"]
env:
  - {name: KC_DB, value: postgres}
  - {name: JAVA_OPTS_APPEND, value: "-Djgroups.dns.query=${query}"}`,
      ).replace('name: kc\n', `name: ${name}\n`);
    const model = modelOf(
      [dns('disc', 'a'), dns('disc.iam.svc.cluster.local', 'b'), dns('disc.other', 'c')].join(
        '\n---\n',
      ),
    );
    const groups = peerGroups(model).map((g) => g.members.map((m) => m.workload.resource.name));
    expect(groups).toEqual([['a', 'b'], ['c']]);
  });
});

test.for([
  ['quay.io/keycloak/keycloak', 'no tag, so latest'],
  ['quay.io/keycloak/keycloak:latest', 'latest'],
  ['quay.io/keycloak/keycloak:nightly', 'nightly'],
  ['quay.io/keycloak/keycloak:latest@sha256:abc', undefined],
  ['quay.io/keycloak/keycloak:26.1.0', undefined],
  ['registry.example.test/keycloak:main', undefined],
] as const)('floatingTag(%s) = %s', ([image, expected]) => {
  expect(floatingTag(keycloakOf(statefulSet('args: ["start"]', { image })))).toBe(expected);
});

test('cache options are build-time up to 24 only', () => {
  const names = (v: string | undefined) =>
    buildTimeOptions(v ? parseVersion(v) : undefined).map((o) => o.name);
  expect(names('24.0')).toContain('cache-stack');
  expect(names('25.0')).not.toContain('cache-stack');
  expect(names('25.0')).toContain('legacy-observability-interface');
  expect(names(undefined)).toEqual(['db', 'features', 'health-enabled', 'metrics-enabled']);
});

test('a script that runs kc.sh build before start is seen', () => {
  const script = (text: string) =>
    keycloakOf(statefulSet(`command: ["/bin/sh", "-c"]\nargs: ["${text}"]`));
  expect(buildsInContainer(script('kc.sh build --db=postgres && kc.sh start --optimized'))).toBe(
    true,
  );
  expect(buildsInContainer(script('/opt/keycloak/bin/kc.sh start --optimized'))).toBe(false);
});

describe('cacheConfigFile', () => {
  const withMount = (volume: string, data: string) =>
    `${statefulSet(
      `args: ["start", "--cache-config-file=cache/custom.xml"]
volumeMounts:
  - {name: cache, mountPath: /opt/keycloak/conf/cache}`,
      { extra: `      volumes:\n        - name: cache\n          ${volume}` },
    )}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: kc-cache, namespace: iam}
data:
  ${data}: "<infinispan/>"`;

  test('a directory mount of a ConfigMap in the files provides its keys', () => {
    const model = modelOf(withMount('configMap: {name: kc-cache}', 'custom.xml'));
    const view = cacheConfigFile(model.keycloak[0]!, model.index);
    expect(view?.found.text).toBe('<infinispan/>');
  });

  test('a key the mounted ConfigMap lacks is certainly missing', () => {
    const model = modelOf(withMount('configMap: {name: kc-cache}', 'other.xml'));
    const view = cacheConfigFile(model.keycloak[0]!, model.index);
    expect(view?.found).toMatchObject({ missing: true, mounted: true });
  });

  test('a ConfigMap outside the files is unknown, not missing', () => {
    const model = modelOf(withMount('configMap: {name: elsewhere}', 'custom.xml'));
    const view = cacheConfigFile(model.keycloak[0]!, model.index);
    expect(view?.found.missing).toBeUndefined();
    expect(view?.found.unreadable).toBe('ConfigMap elsewhere is not in the linted files');
  });
});
