import { describe, expect, test } from 'vitest';
import { authzRuleMatches, meshMembership, mtlsModeFor } from '../../src/model/istio.js';
import { modelOf, statefulSet } from '../helpers/model.js';

const KEYCLOAK = statefulSet('args: ["start"]');
const ns = (labels: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata: {name: iam, labels: {${labels}}}\n---\n`;
const pa = (name: string, namespace: string, spec: string) =>
  `---\napiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec: ${spec}\n`;

describe('mesh membership', () => {
  const mode = (text: string) => {
    const model = modelOf(text);
    return meshMembership(model, model.workloads[0]!).mode;
  };
  test('namespace labels, pod opt-in and opt-out', () => {
    expect(mode(`${ns('istio-injection: enabled')}${KEYCLOAK}`)).toBe('sidecar');
    expect(mode(`${ns('istio.io/rev: stable')}${KEYCLOAK}`)).toBe('sidecar');
    expect(mode(`${ns('istio-injection: disabled')}${KEYCLOAK}`)).toBe('none');
    expect(mode(`${ns('istio.io/dataplane-mode: ambient')}${KEYCLOAK}`)).toBe('ambient');
    expect(mode(`${ns('team: a')}${KEYCLOAK}`)).toBe('none');
    expect(mode(KEYCLOAK)).toBe('unknown');
    const optOut = KEYCLOAK.replace(
      'labels: {app: kc}',
      'labels: {app: kc, sidecar.istio.io/inject: "false"}',
    );
    expect(mode(`${ns('istio-injection: enabled')}${optOut}`)).toBe('none');
    const optIn = KEYCLOAK.replace(
      'labels: {app: kc}',
      'labels: {app: kc, sidecar.istio.io/inject: "true"}',
    );
    expect(mode(optIn)).toBe('sidecar');
  });
});

describe('PeerAuthentication resolution', () => {
  const decide = (text: string, port = 7800) => {
    const model = modelOf(`${KEYCLOAK}${text}`);
    const d = mtlsModeFor(model, model.workloads[0]!, port);
    return d && `${d.mode} ${d.level} ${d.policy?.name ?? '-'}`;
  };
  test('workload port level, then workload, namespace, mesh, default', () => {
    expect(decide('')).toBe('PERMISSIVE default -');
    expect(decide(pa('mesh', 'istio-system', '{mtls: {mode: STRICT}}'))).toBe('STRICT mesh mesh');
    const both =
      pa('mesh', 'istio-system', '{mtls: {mode: STRICT}}') +
      pa('ns', 'iam', '{mtls: {mode: PERMISSIVE}}');
    expect(decide(both)).toBe('PERMISSIVE namespace ns');
    const portLevel =
      both +
      pa(
        'kc',
        'iam',
        '{selector: {matchLabels: {app: kc}}, mtls: {mode: UNSET}, portLevelMtls: {7800: {mode: STRICT}}}',
      );
    expect(decide(portLevel)).toBe('STRICT port kc');
    expect(decide(portLevel, 57800)).toBe('PERMISSIVE namespace ns');
  });
  test('disagreeing policies of one level leave the mode unknown', () => {
    const two =
      pa('a', 'iam', '{mtls: {mode: STRICT}}') + pa('b', 'iam', '{mtls: {mode: DISABLE}}');
    expect(decide(two)).toBeUndefined();
  });
});

describe('authorization rules', () => {
  const pod = { namespace: 'iam', serviceAccount: 'keycloak' };
  test('sources, operations and HTTP-only fields', () => {
    expect(authzRuleMatches({}, pod, 7800, 'no')).toBe('yes');
    expect(authzRuleMatches({ to: [{ operation: { ports: ['8080'] } }] }, pod, 7800, 'no')).toBe(
      'no',
    );
    const principal = { from: [{ source: { principals: ['cluster.local/ns/iam/sa/keycloak'] } }] };
    expect(authzRuleMatches(principal, pod, 7800, 'no')).toBe('yes');
    const otherDomain = { from: [{ source: { principals: ['corp.example/ns/iam/sa/keycloak'] } }] };
    expect(authzRuleMatches(otherDomain, pod, 7800, 'no')).toBe('unknown');
    const notNs = { from: [{ source: { notNamespaces: ['iam'] } }] };
    expect(authzRuleMatches(notNs, pod, 7800, 'no')).toBe('no');
    const http = { to: [{ operation: { ports: ['7800'], methods: ['GET'] } }] };
    expect(authzRuleMatches(http, pod, 7800, 'no')).toBe('no');
    expect(authzRuleMatches(http, pod, 7800, 'unknown')).toBe('unknown');
    expect(
      authzRuleMatches({ when: [{ key: 'source.ip', values: ['10.0.0.1'] }] }, pod, 7800, 'no'),
    ).toBe('unknown');
  });
});
