import { describe, expect, test } from 'vitest';
import { backendProtocol, featureList, hostnameV1, termination } from '../../src/model/http.js';
import { isHealthPath, managementHealthPath, probesOf } from '../../src/model/probes.js';
import { keycloakOf, modelOf, statefulSet } from '../helpers/model.js';

const kc = (container: string, image = 'quay.io/keycloak/keycloak:26.0.7') =>
  keycloakOf(statefulSet(container, { image }));

describe('features and hostname v1', () => {
  test('features are a comma list; an unreadable value is unknown', () => {
    expect(
      featureList(
        kc('args: ["start", "--features=Token-Exchange, hostname:v1"]').option('features'),
      ),
    ).toEqual(['token-exchange', 'hostname:v1']);
    const hidden = kc(
      'args: ["start"]\nenv:\n  - name: KC_FEATURES\n    valueFrom: {secretKeyRef: {name: gone, key: f}}',
    );
    expect(featureList(hidden.option('features'))).toBeUndefined();
    expect(hostnameV1(kc('args: ["start"]', 'quay.io/keycloak/keycloak:25.0.6'))).toBe(false);
  });

  test('hostname v1 by version and feature', () => {
    const v25 = 'quay.io/keycloak/keycloak:25.0.6';
    expect(hostnameV1(kc('args: ["start"]', 'quay.io/keycloak/keycloak:24.0.5'))).toBe(true);
    expect(hostnameV1(kc('args: ["start", "--features=hostname:v1"]', v25))).toBe(true);
    expect(hostnameV1(kc('args: ["start", "--features=hostname:v1"]'))).toBe(false);
    expect(hostnameV1(kc('args: ["start"]', 'quay.io/keycloak/keycloak:latest'))).toBeUndefined();
    // Built into a custom image: the build decides.
    expect(hostnameV1(kc('args: ["start", "--optimized"]', 'example.test/keycloak:25.0.6'))).toBe(
      undefined,
    );
  });
});

describe('probes', () => {
  test('named ports resolve through the container ports; unknown names stay unknown', () => {
    const probes = probesOf(
      kc(`args: ["start"]
ports: [{name: mgmt, containerPort: 9000}]
readinessProbe: {httpGet: {path: "/health/ready?x=1", port: mgmt}}
livenessProbe: {httpGet: {path: /health/live, port: nope}}
startupProbe: {tcpSocket: {port: "9000"}}`),
    );
    expect(probes.map((p) => [p.kind, p.handler, p.port, p.httpPath])).toEqual([
      ['readinessProbe', 'httpGet', 9000, '/health/ready'],
      ['livenessProbe', 'httpGet', undefined, '/health/live'],
      ['startupProbe', 'tcpSocket', 9000, undefined],
    ]);
  });

  test('/health paths follow the relative path prefixes', () => {
    const plain = kc('args: ["start"]');
    expect(isHealthPath(plain, '/health')).toBe(true);
    expect(isHealthPath(plain, '/healthz')).toBe(false);
    expect(isHealthPath(plain, '/auth/health/ready')).toBe(false);
    const auth = kc('args: ["start", "--http-relative-path=/auth/"]');
    expect(isHealthPath(auth, '/auth/health/ready')).toBe(true);
    expect(isHealthPath(auth, '/health/ready')).toBe(false);
    const split = kc(
      'args: ["start", "--http-relative-path=/auth", "--http-management-relative-path=/"]',
    );
    expect(isHealthPath(split, '/health/ready')).toBe(true);
    expect(managementHealthPath(split, '/auth/health/ready')).toBe('/health/ready');
    // On 24 there is no management prefix.
    const old = kc(
      'args: ["start", "--http-relative-path=/auth", "--http-management-relative-path=/"]',
      'quay.io/keycloak/keycloak:24.0.5',
    );
    expect(isHealthPath(old, '/health/ready')).toBe(false);
    // An unreadable prefix: only paths that end like a health endpoint count.
    const hidden = kc(
      'args: ["start"]\nenv:\n  - name: KC_HTTP_RELATIVE_PATH\n    valueFrom: {configMapKeyRef: {name: gone, key: p}}',
    );
    expect(isHealthPath(hidden, '/x/health/started')).toBe(true);
    expect(isHealthPath(hidden, '/x/realms/master')).toBe(false);
  });
});

describe('Ingress in front of Keycloak', () => {
  const setup = (annotations: string, port = 'number: 8080', cls = 'nginx') =>
    modelOf(`${statefulSet('args: ["start"]')}
---
apiVersion: v1
kind: Service
metadata: {name: kc, namespace: iam}
spec:
  selector: {app: kc}
  ports: [{name: http, port: 8080}, {name: https, port: 8443}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: kc
  namespace: iam
  annotations: {${annotations}}
spec:
  ingressClassName: ${cls}
  tls: [{hosts: [sso.example.test]}]
  defaultBackend: {service: {name: kc, port: {${port}}}}
`);
  const protocol = (model: ReturnType<typeof modelOf>) => {
    const view = model.ingresses[0]!;
    return backendProtocol(view, view.backends[0]!, model.keycloak[0]!);
  };

  test('ingress-nginx speaks HTTP unless backend-protocol says otherwise', () => {
    expect(protocol(setup(''))).toBe('http');
    expect(protocol(setup('nginx.ingress.kubernetes.io/backend-protocol: HTTPS'))).toBe('https');
    expect(protocol(setup('', 'name: https'))).toBe('https');
  });

  test('an unknown controller speaks HTTP only to the HTTP port', () => {
    expect(protocol(setup('', 'number: 8080', 'acme'))).toBe('http');
    expect(protocol(setup('', 'number: 8443', 'acme'))).toBe('https');
  });

  test('ssl-passthrough does not end TLS', () => {
    const model = setup('nginx.ingress.kubernetes.io/ssl-passthrough: "true"');
    expect(termination(model.ingresses[0]!)).toBe('passthrough');
    expect(termination(setup('').ingresses[0]!)).toBe('terminates');
  });
});
