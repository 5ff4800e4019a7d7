// What the model makes of a Keycloak Operator CR: the objects the operator of that version
// generates, with positions that lead back to the CR fields behind them.
import { describe, expect, test } from 'vitest';
import { resolveRegion } from '../../src/engine/positions.js';
import { sourceOf } from '../../src/model/generated.js';
import { asArray, asObject } from '../../src/model/resource.js';
import { modelOf } from '../helpers/model.js';

const cr = (image: string | undefined, extra = '') =>
  [
    'apiVersion: k8s.keycloak.org/v2alpha1',
    'kind: Keycloak',
    'metadata:',
    '  name: sso',
    '  namespace: iam',
    'spec:',
    '  instances: 3',
    ...(image ? [`  image: ${image}`] : []),
    '  db:',
    '    vendor: postgres',
    '    host: pg.iam.svc',
    ...extra.split('\n').filter(Boolean),
  ].join('\n');

const generated = (text: string, options = {}) =>
  modelOf(text, options)
    .index.all.filter((r) => sourceOf(r))
    .map((r) => `${r.kind}/${r.name}`)
    .sort();

describe('objects generated from a Keycloak CR', () => {
  test('a StatefulSet, both Services and the Ingress; the NetworkPolicy from 26.2', () => {
    const common = ['Ingress/sso-ingress', 'Service/sso-discovery', 'Service/sso-service'];
    const withSts = [...common, 'StatefulSet/sso'].sort();
    expect(generated(cr('quay.io/keycloak/keycloak:26.1.4'))).toEqual(withSts);
    expect(generated(cr('quay.io/keycloak/keycloak:26.2.0'))).toEqual(
      [...withSts, 'NetworkPolicy/sso-network-policy'].sort(),
    );
    // 26.1 creates it only on request; spec.ingress.enabled: false drops the Ingress.
    const optIn = cr(
      'quay.io/keycloak/keycloak:26.1.4',
      '  networkPolicy:\n    enabled: true\n  ingress:\n    enabled: false',
    );
    expect(generated(optIn)).toEqual(
      [...withSts, 'NetworkPolicy/sso-network-policy']
        .filter((n) => !n.startsWith('Ingress'))
        .sort(),
    );
    // With an unknown version only what every operator version creates.
    expect(generated(cr(undefined))).toEqual(withSts);
  });

  test('the default stack and the DNS query follow the operator version', () => {
    const kcOf = (image: string) => modelOf(cr(image)).keycloak[0]!;
    const v24 = kcOf('quay.io/keycloak/keycloak:24.0.5');
    expect(v24.cluster.stack.name).toBe('kubernetes');
    expect(v24.cluster.dnsQuery?.value).toBe('sso-discovery.iam');
    expect(v24.workload.replicas.count).toBe(3);
    const v263 = kcOf('quay.io/keycloak/keycloak:26.3.2');
    expect(v263.cluster.stack.name).toBe('jdbc-ping');
    expect(v263.cluster.dnsQuery).toBeUndefined();
    // A custom image without startOptimized starts --optimized, as the operator does.
    expect(kcOf('registry.example.test/sso:26.0.7').optimized?.text).toBe('--optimized');
    expect(kcOf('quay.io/keycloak/keycloak:26.0.7').mode.kind).toBe('start');
  });

  test('additionalOptions replace the defaults; the pod template env wins over both', () => {
    const text = cr(
      'quay.io/keycloak/keycloak:26.0.7',
      [
        '  additionalOptions:',
        '    - name: cache-stack',
        '      value: jdbc-ping',
        '  unsupported:',
        '    podTemplate:',
        '      spec:',
        '        containers:',
        '          - env:',
        '              - name: KC_DB',
        '                value: mariadb',
      ].join('\n'),
    );
    const kc = modelOf(text).keycloak[0]!;
    expect(kc.options.get('cache-stack')?.value).toBe('jdbc-ping');
    expect(kc.options.get('db')?.value).toBe('mariadb');
    const env = asArray(asObject(kc.workload.podSpec.containers?.[0 as never])?.env);
    const names = env.map((e) => asObject(e)?.name);
    expect(names.filter((n) => n === 'KC_CACHE_STACK')).toHaveLength(1);
    // Positions lead back to the CR: the option's value, the pod template's entry.
    expect(resolveRegion(kc.options.get('cache-stack')!.at)).toMatchObject({
      line: 14,
      column: 14,
    });
    expect(resolveRegion(kc.options.get('db')!.at)).toMatchObject({ line: 21, column: 24 });
  });

  test('the generated Ingress carries the CR annotations and points at <name>-service', () => {
    const text = cr(
      'quay.io/keycloak/keycloak:26.0.7',
      '  ingress:\n    className: nginx\n    annotations:\n      nginx.ingress.kubernetes.io/proxy-buffer-size: 128k',
    );
    const view = modelOf(text).ingresses[0]!;
    expect(view.controller).toBe('ingress-nginx');
    expect(view.backends.map((b) => b.serviceName)).toEqual(['sso-service']);
    expect(view.keycloak.map((w) => w.resource.name)).toEqual(['sso']);
    expect(view.resource.annotations['nginx.ingress.kubernetes.io/backend-protocol']).toBe('HTTP');
    const at = view.resource.at([
      'metadata',
      'annotations',
      'nginx.ingress.kubernetes.io/proxy-buffer-size',
    ]);
    expect(resolveRegion(at)).toMatchObject({ line: 15, column: 54 });
  });
});
