import { describe, expect, test } from 'vitest';
import { resolveRegion } from '../../src/engine/positions.js';
import { keycloakOf, modelOf, statefulSet } from '../helpers/model.js';

const value = (setting: { value: string | undefined } | undefined) => setting?.value;

describe('environment', () => {
  test('envFrom with prefix, env overriding it, $(VAR) expansion and $$', () => {
    const kc = keycloakOf(`${statefulSet(`
args: ["start"]
envFrom:
  - configMapRef: {name: kc-env}
    prefix: KC_
env:
  - name: HOST
    value: pg.iam
  - name: KC_DB_URL_HOST
    value: $(HOST)
  - name: KC_CACHE
    value: ispn
  - name: LITERAL
    value: $$(HOST) $(UNDEFINED)
`)}---
apiVersion: v1
kind: ConfigMap
metadata: {name: kc-env, namespace: iam}
data:
  CACHE: local
  CACHE_STACK: kubernetes
`);
    expect(value(kc.options.get('cache'))).toBe('ispn');
    expect(value(kc.options.get('cache-stack'))).toBe('kubernetes');
    expect(kc.options.get('cache-stack')).toMatchObject({
      origin: 'KC_CACHE_STACK',
      from: 'ConfigMap kc-env',
    });
    expect(value(kc.options.get('db-url-host'))).toBe('pg.iam');
    expect(value(kc.env.vars.get('LITERAL'))).toBe('$(HOST) $(UNDEFINED)');
    const at = resolveRegion(kc.options.get('cache-stack')!.at);
    expect(at).toMatchObject({ line: 36, column: 16 });
  });

  test('Secrets are decoded; a missing key, a missing Secret and a fieldRef are unknown', () => {
    const kc = keycloakOf(`${statefulSet(`
args: ["start"]
env:
  - name: KC_DB
    valueFrom: {secretKeyRef: {name: db, key: vendor}}
  - name: KC_DB_USERNAME
    valueFrom: {secretKeyRef: {name: db, key: nope}}
  - name: KC_DB_PASSWORD
    valueFrom: {secretKeyRef: {name: elsewhere, key: password}}
  - name: KC_HOSTNAME
    valueFrom: {fieldRef: {fieldPath: status.podIP}}
  - name: NS
    valueFrom: {fieldRef: {fieldPath: metadata.namespace}}
  - name: JAVA_OPTS_APPEND
    value: -Djgroups.dns.query=kc-discovery.$(NS) -Djgroups.bind.address=$(KC_HOSTNAME)
`)}---
apiVersion: v1
kind: Secret
metadata: {name: db, namespace: iam}
data:
  vendor: cG9zdGdyZXM=
stringData:
  user: keycloak
`);
    expect(value(kc.options.get('db'))).toBe('postgres');
    expect(kc.options.get('db-username')).toMatchObject({
      value: undefined,
      unknown: 'Secret db has no key nope',
    });
    expect(kc.options.get('db-password')?.unknown).toBe(
      'Secret elsewhere is not in the linted files',
    );
    expect(kc.options.get('hostname')?.unknown).toBe('it is read from the pod field status.podIP');
    expect(value(kc.properties.get('jgroups.dns.query'))).toBe('kc-discovery.iam');
    expect(kc.properties.get('jgroups.bind.address')?.value).toBeUndefined();
  });

  test('an envFrom source that is not in the files makes absent options unknown', () => {
    const kc = keycloakOf(
      statefulSet(`
args: ["start"]
envFrom:
  - secretRef: {name: kc-secrets}
`),
    );
    expect(kc.options.get('db')).toBeUndefined();
    expect(kc.option('db')).toMatchObject({ value: undefined, origin: 'envFrom' });
  });
});

describe('arguments and JVM properties', () => {
  test('argv options win over env, in both --name=value and --name value forms', () => {
    const kc = keycloakOf(
      statefulSet(`
args: ["--verbose", "start", "--cache-stack", "kubernetes", "--cache='ispn'", "-Djgroups.dns.query=\\"kc-discovery\\""]
env:
  - name: KC_CACHE_STACK
    value: udp
`),
    );
    expect(kc.mode.kind).toBe('start');
    expect(value(kc.options.get('cache-stack'))).toBe('kubernetes');
    expect(kc.optionSources.get('cache-stack')?.map((s) => s.origin)).toEqual([
      'KC_CACHE_STACK',
      '--cache-stack',
    ]);
    expect(value(kc.options.get('cache'))).toBe('ispn');
    expect(value(kc.properties.get('jgroups.dns.query'))).toBe('kc-discovery');
    expect(kc.cluster.dnsQuery).toMatchObject({ service: 'kc-discovery', namespace: undefined });
  });

  test('JAVA_OPTS replaces JAVA_OPTS_KC_HEAP; JAVA_OPTS_APPEND comes after; quotes are removed', () => {
    const kc = keycloakOf(
      statefulSet(`
args: ["start"]
env:
  - name: JAVA_OPTS_KC_HEAP
    value: -Dfrom.heap=1
  - name: JAVA_OPTS
    value: -Dorder=opts -Xmx1g
  - name: JAVA_OPTS_APPEND
    value: -Dorder=append -Djgroups.dns.query="kc-headless.iam.svc.cluster.local."
  - name: jgroups.fd.port-offset
    value: "40000"
`),
    );
    expect(kc.properties.has('from.heap')).toBe(false);
    expect(value(kc.properties.get('order'))).toBe('append');
    expect(kc.cluster.dnsQuery).toMatchObject({ service: 'kc-headless', namespace: 'iam' });
    expect(kc.cluster.failureDetectionPort.port).toBe(47800);
    const region = resolveRegion(kc.properties.get('jgroups.dns.query')!.at);
    expect(region).toMatchObject({ line: 24, column: 58, endColumn: 92 });
  });

  test('a shell script runs kc.sh build then start --optimized', () => {
    const kc = keycloakOf(
      statefulSet(`
command: ["/bin/sh", "-c"]
args:
  - /opt/keycloak/bin/kc.sh build --cache=ispn --cache-stack=kubernetes && exec /opt/keycloak/bin/kc.sh start --optimized
`),
    );
    expect(kc.mode.kind).toBe('start');
    expect(kc.optimized?.text).toBe('--optimized');
    expect(value(kc.options.get('cache-stack'))).toBe('kubernetes');
    expect(resolveRegion(kc.options.get('cache-stack')!.at)).toMatchObject({
      line: 19,
      column: 72,
      endColumn: 82,
    });
  });

  test('official image without a command prints help; a custom entrypoint is unknown', () => {
    expect(keycloakOf(statefulSet('env: []')).mode.kind).toBe('none');
    expect(
      keycloakOf(statefulSet('env: []', { image: 'registry.example.test/iam/keycloak:26.0.7' }))
        .mode.kind,
    ).toBe('unknown');
    expect(keycloakOf(statefulSet('args: ["start-dev"]')).cluster).toMatchObject({
      cache: 'local',
      cacheImplicit: 'dev-mode',
    });
  });
});

describe('keycloak.conf and cache XML from ConfigMaps', () => {
  const mounts = (file: string, key: string) => `
volumeMounts:
  - name: conf
    mountPath: /opt/keycloak/conf/${file}
    subPath: ${key}
`;
  const volume = `      volumes:
        - name: conf
          configMap: {name: kc-conf}
`;

  test('keycloak.conf is the lowest-precedence source and reads variables with defaults', () => {
    const kc = keycloakOf(`${statefulSet(
      `args: ["start"]
env:
  - name: KC_CACHE
    value: ispn
${mounts('keycloak.conf', 'keycloak.conf')}`,
      { extra: volume },
    )}---
apiVersion: v1
kind: ConfigMap
metadata: {name: kc-conf, namespace: iam}
data:
  keycloak.conf: |
    # options
    cache=local
    cache-stack = \${STACK:kubernetes}
    db=\${DB_VENDOR}
`);
    expect(value(kc.options.get('cache'))).toBe('ispn');
    expect(value(kc.options.get('cache-stack'))).toBe('kubernetes');
    expect(kc.options.get('db')?.unknown).toMatch(/DB_VENDOR/);
    expect(resolveRegion(kc.options.get('cache-stack')!.at)).toMatchObject({
      line: 37,
      column: 19,
    });
  });

  const xml = (stack: string) => `---
apiVersion: v1
kind: ConfigMap
metadata: {name: kc-conf, namespace: iam}
data:
  cache.xml: |
    <infinispan>
      <jgroups><stack name="my-dns" extends="tcp"><dns.DNS_PING dns_query="\${jgroups.dns.query}"/></stack></jgroups>
      <cache-container name="keycloak"><transport stack="${stack}"/></cache-container>
    </infinispan>
`;

  test('the stack of a mounted cache-config-file, and its own stacks', () => {
    const kc = keycloakOf(
      `${statefulSet(`args: ["start", "--cache-config-file=cache.xml"]${mounts('cache.xml', 'cache.xml')}`, { extra: volume })}${xml('my-dns')}`,
    );
    expect(kc.cluster.stack).toMatchObject({ name: 'my-dns', source: 'xml' });
    expect(kc.cluster.stack.xml?.definedStacks).toEqual(['my-dns']);
  });

  test('a mounted conf/cache-ispn.xml is read from 26.1 only', () => {
    const text = (tag: string) =>
      `${statefulSet(`args: ["start"]${mounts('cache-ispn.xml', 'cache.xml')}`, { image: `quay.io/keycloak/keycloak:${tag}`, extra: volume })}${xml('tcp')}`;
    expect(keycloakOf(text('26.0.7')).cluster.stack).toMatchObject({
      name: 'udp',
      source: 'default',
    });
    expect(keycloakOf(text('26.1.0')).cluster.stack).toMatchObject({ name: 'tcp', source: 'xml' });
  });
});

describe('images, versions and replicas', () => {
  test.for([
    ['quay.io/keycloak/keycloak:26.0.7', '26.0.7', 'quarkus'],
    ['docker.io/bitnami/keycloak:26.0.7-debian-12-r0', '26.0.7', 'bitnami'],
    ['registry.example.test:5000/iam/keycloak:v24.0.1', '24.0.1', 'quarkus'],
    ['quay.io/keycloak/keycloak:17.0.1-legacy', '17.0.1', 'legacy'],
    ['jboss/keycloak:15.0.2', '15.0.2', 'legacy'],
    ['quay.io/keycloak/keycloak:latest', undefined, 'quarkus'],
    ['quay.io/keycloak/keycloak@sha256:0123', undefined, 'quarkus'],
  ] as const)('%s', ([image, version, distribution]) => {
    const kc = keycloakOf(statefulSet('args: ["start"]', { image }));
    expect(kc.version?.text).toBe(version);
    expect(kc.distribution).toBe(distribution);
  });

  test('an HPA raises the replica count of the workload it targets', () => {
    const model = modelOf(`${statefulSet('args: ["start"]', { replicas: 1 })}---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: kc, namespace: iam}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: kc}
  minReplicas: 1
  maxReplicas: 4
`);
    expect(model.workloads[0]?.replicas).toMatchObject({
      count: 4,
      clustered: true,
      text: 'up to 4 replicas through HorizontalPodAutoscaler kc',
    });
  });

  test('Bitnami: KEYCLOAK_PRODUCTION chooses the start command; KC_* wins over KEYCLOAK_*', () => {
    const bitnami = (env: string) =>
      keycloakOf(statefulSet(`env:\n${env}`, { image: 'bitnami/keycloak:24.0.5' }));
    expect(bitnami('  - {name: KEYCLOAK_CACHE_STACK, value: tcp}').mode.kind).toBe('start-dev');
    const production = bitnami(`  - {name: KEYCLOAK_PRODUCTION, value: "true"}
  - {name: KEYCLOAK_CACHE_STACK, value: tcp}
  - {name: KC_CACHE_STACK, value: kubernetes}
  - {name: KEYCLOAK_EXTRA_ARGS, value: "--features=token-exchange"}`);
    expect(production.mode.kind).toBe('start');
    expect(value(production.options.get('cache-stack'))).toBe('kubernetes');
    expect(value(production.options.get('features'))).toBe('token-exchange');
  });

  test.for([
    ['kc-discovery', 'kc-discovery', undefined],
    ['kc-discovery.iam', 'kc-discovery', 'iam'],
    ['kc-discovery.iam.svc', 'kc-discovery', 'iam'],
    ['kc-discovery.iam.svc.cluster.local', 'kc-discovery', 'iam'],
    ['keycloak.example.com', undefined, undefined],
  ] as const)('dns query %s', ([query, service, namespace]) => {
    const kc = keycloakOf(statefulSet(`args: ["start", "-Djgroups.dns.query=${query}"]`));
    expect(kc.cluster.dnsQuery?.service).toBe(service);
    expect(kc.cluster.dnsQuery?.namespace).toBe(namespace);
  });

  test('an SRV query names the Service after the port and protocol labels', () => {
    const kc = keycloakOf(
      statefulSet(
        'args: ["start", ' +
          '"-Djgroups.dns.query=_jgroups._tcp.kc-discovery.iam.svc.cluster.local", ' +
          '"-Djgroups.dns.record=SRV"]',
      ),
    );
    expect(kc.cluster.dnsQuery).toMatchObject({ service: 'kc-discovery', namespace: 'iam' });
  });
});
