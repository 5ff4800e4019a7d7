// Writes a synthetic GitOps-like tree of manifests for the benchmark: deterministic for a
// seed, so two runs (and the fast and the full path) read the same bytes. Folders hold
// correct and broken Keycloak setups (StatefulSets, Services, Ingresses, ConfigMaps,
// NetworkPolicies, now and then an operator CR) among unrelated workloads, Grafana
// dashboards in ConfigMaps, CRD-sized documents, Secrets, RBAC and Namespaces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, and the same on every platform. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERSIONS = ['21.1.2', '22.0.5', '24.0.5', '25.0.6', '26.0.7', '26.1.4', '26.2.5', '26.3.1'];

/**
 * Writes `folders` folders under `root` and returns the number of files, documents and
 * bytes written. `docsPerFolder` > 1 packs more small documents into each folder (the
 * 100 000-document tree).
 */
export function writeTree(root, folders, { seed = 6, dense = false } = {}) {
  const rnd = random(seed + folders);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const stats = { files: 0, documents: 0, bytes: 0 };
  const write = (dir, name, docs) => {
    const text = `${docs.join('---\n')}`;
    writeFileSync(join(dir, name), text);
    stats.files++;
    stats.documents += docs.length;
    stats.bytes += Buffer.byteLength(text);
  };
  for (let i = 0; i < folders; i++) {
    const team = `team-${i % 97}`;
    const dir = join(root, team, `app-${String(i).padStart(5, '0')}`);
    mkdirSync(dir, { recursive: true });
    const ns = `ns-${i % 41}`;
    const name = `app-${i}`;
    if (dense) {
      // Many small documents per file: unrelated workloads and their Services.
      const docs = [];
      for (let d = 0; d < 25; d++) {
        docs.push(deployment(`${name}-${d}`, ns, rnd, pick), service(`${name}-${d}`, ns));
      }
      write(dir, 'workloads.yaml', docs);
      continue;
    }
    const r = rnd();
    if (r < 0.1) {
      keycloakSetup(dir, name, ns, rnd, pick, write);
    } else if (r < 0.13) {
      const version = pick(VERSIONS.filter((v) => v >= '24'));
      write(dir, 'keycloak.yaml', [keycloakCr(name, ns, version, rnd), namespace(ns)]);
    } else if (r < 0.3) {
      write(dir, 'dashboard.yaml', [dashboard(name, ns, rnd, 12 + Math.floor(rnd() * 40))]);
    } else if (r < 0.37) {
      write(dir, 'crd.yaml', [crd(name, rnd, 6 + Math.floor(rnd() * 12))]);
    } else {
      write(dir, 'deployment.yaml', [deployment(name, ns, rnd, pick)]);
      write(dir, 'service.yaml', [service(name, ns)]);
      const extras = [configMap(name, ns, rnd)];
      if (rnd() < 0.3) extras.push(secret(name, ns));
      if (rnd() < 0.2) extras.push(rbac(name, ns));
      write(dir, 'config.yaml', extras);
    }
  }
  return stats;
}

function keycloakSetup(dir, name, ns, rnd, pick, write) {
  const version = pick(VERSIONS);
  const broken = rnd() < 0.5;
  const replicas = 1 + Math.floor(rnd() * 3);
  const kc = `${name}-kc`;
  const discovery = `${kc}-discovery`;
  // A broken setup gets one or two of the usual mistakes.
  const faults = new Set();
  if (broken) {
    const all = ['stack', 'dns-namespace', 'not-headless', 'affinity', 'dev', 'proxy', 'java'];
    faults.add(pick(all));
    if (rnd() < 0.4) faults.add(pick(all));
  }
  const env = [
    ['KC_DB', 'postgres'],
    ['KC_DB_URL', `jdbc:postgresql://postgres.${ns}:5432/keycloak`],
    ['KC_HOSTNAME', `https://sso-${name}.example.com`],
    ['KC_HEALTH_ENABLED', 'true'],
  ];
  if (!faults.has('proxy')) env.push(['KC_PROXY_HEADERS', 'xforwarded']);
  if (faults.has('stack')) env.push(['KC_CACHE_STACK', 'tcp']);
  else env.push(['KC_CACHE_STACK', 'kubernetes']);
  const dnsNs = faults.has('dns-namespace') ? 'default' : ns;
  const javaOpts = faults.has('java')
    ? '-Xms512m -Xmx1g'
    : `-Djgroups.dns.query=${discovery}.${dnsNs}.svc.cluster.local`;
  env.push([faults.has('java') ? 'JAVA_OPTS' : 'JAVA_OPTS_APPEND', javaOpts]);
  const args = faults.has('dev') ? ['start-dev'] : ['start', '--optimized'];
  const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${kc}
  namespace: ${ns}
  labels:
    app: ${kc}
spec:
  serviceName: ${discovery}
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${kc}
  template:
    metadata:
      labels:
        app: ${kc}
    spec:
      containers:
        - name: keycloak
          image: quay.io/keycloak/keycloak:${version}
          args: [${args.map((a) => JSON.stringify(a)).join(', ')}]
          env:
${env.map(([k, v]) => `            - name: ${k}\n              value: "${v}"`).join('\n')}
            - name: KC_DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${kc}-db
                  key: password
          envFrom:
            - configMapRef:
                name: ${kc}-config
          ports:
            - name: http
              containerPort: 8080
            - name: jgroups
              containerPort: 7800
            - name: management
              containerPort: 9000
          readinessProbe:
            httpGet:
              path: /health/ready
              port: 9000
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
`;
  const discoveryService = `apiVersion: v1
kind: Service
metadata:
  name: ${discovery}
  namespace: ${ns}
spec:
${faults.has('not-headless') ? '' : '  clusterIP: None\n'}  publishNotReadyAddresses: true
  selector:
    app: ${kc}
  ports:
    - name: jgroups
      port: 7800
`;
  const httpService = `apiVersion: v1
kind: Service
metadata:
  name: ${kc}
  namespace: ${ns}
spec:
  selector:
    app: ${kc}
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
  const affinity = faults.has('affinity')
    ? ''
    : `    nginx.ingress.kubernetes.io/affinity: cookie
    nginx.ingress.kubernetes.io/session-cookie-name: KC_ROUTE
    nginx.ingress.kubernetes.io/proxy-buffer-size: 128k
`;
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${kc}
  namespace: ${ns}
  annotations:
${affinity}    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  tls:
    - hosts: [sso-${name}.example.com]
      secretName: ${kc}-tls
  rules:
    - host: sso-${name}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${kc}
                port:
                  number: 80
`;
  const config = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${kc}-config
  namespace: ${ns}
data:
  KC_LOG_LEVEL: info
  KC_METRICS_ENABLED: "true"
`;
  const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${kc}
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      app: ${kc}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: ${kc}
      ports:
        - port: 7800
        - port: 8080
`;
  const db = `apiVersion: v1
kind: Secret
metadata:
  name: ${kc}-db
  namespace: ${ns}
type: Opaque
stringData:
  password: change-me-${Math.floor(rnd() * 1e6)}
`;
  write(dir, 'statefulset.yaml', [statefulSet]);
  write(dir, 'services.yaml', [discoveryService, httpService]);
  write(dir, 'ingress.yaml', [ingress]);
  write(dir, 'config.yaml', [config, db, policy]);
}

function keycloakCr(name, ns, version, rnd) {
  const instances = 1 + Math.floor(rnd() * 3);
  return `apiVersion: k8s.keycloak.org/v2alpha1
kind: Keycloak
metadata:
  name: ${name}-kc
  namespace: ${ns}
spec:
  instances: ${instances}
  image: quay.io/keycloak/keycloak:${version}
  db:
    vendor: postgres
    host: postgres.${ns}
    usernameSecret:
      name: ${name}-db
      key: username
    passwordSecret:
      name: ${name}-db
      key: password
  hostname:
    hostname: sso-${name}.example.com
  http:
    tlsSecret: ${name}-tls
${rnd() < 0.5 ? '  proxy:\n    headers: xforwarded\n' : ''}`;
}

function namespace(ns) {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
  labels:
    istio-injection: disabled
`;
}

function deployment(name, ns, rnd, pick) {
  const image = pick(['nginx:1.27', 'redis:7.2', 'ghcr.io/acme/api:2.3.1', 'grafana/grafana:11.1']);
  const envCount = Math.floor(rnd() * 8);
  const env = Array.from(
    { length: envCount },
    (_, k) => `            - name: SETTING_${k}\n              value: "value-${k}-${name}"`,
  ).join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/part-of: platform
  annotations:
    reloader.stakater.com/auto: "true"
spec:
  replicas: ${1 + Math.floor(rnd() * 4)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      serviceAccountName: ${name}
      containers:
        - name: main
          image: ${image}
          ports:
            - name: http
              containerPort: 8080
${envCount > 0 ? `          env:\n${env}\n` : ''}          livenessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            limits:
              memory: 256Mi
`;
}

function service(name, ns) {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
`;
}

function configMap(name, ns, rnd) {
  const lines = Array.from(
    { length: 5 + Math.floor(rnd() * 20) },
    (_, k) => `  key-${k}: "value ${k} of ${name}"`,
  );
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-settings
  namespace: ${ns}
data:
${lines.join('\n')}
  application.properties: |
    server.port=8080
    feature.flags=${Math.floor(rnd() * 1000)}
`;
}

function secret(name, ns) {
  return `apiVersion: v1
kind: Secret
metadata:
  name: ${name}-credentials
  namespace: ${ns}
type: Opaque
data:
  username: YWRtaW4=
  password: c2VjcmV0LXBhc3N3b3Jk
`;
}

function rbac(name, ns) {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${name}
  namespace: ${ns}
rules:
  - apiGroups: [""]
    resources: [configmaps, secrets]
    verbs: [get, list, watch]
`;
}

/** A Grafana dashboard shipped in a ConfigMap: one big JSON block scalar. */
function dashboard(name, ns, rnd, panels) {
  const panel = (k) =>
    JSON.stringify(
      {
        id: k,
        type: k % 3 === 0 ? 'stat' : 'timeseries',
        title: `Panel ${k} of ${name}`,
        datasource: { type: 'prometheus', uid: 'prometheus' },
        gridPos: { h: 8, w: 12, x: (k % 2) * 12, y: Math.floor(k / 2) * 8 },
        targets: [
          {
            expr: `sum(rate(http_server_requests_seconds_count{namespace="${ns}",app="${name}",code=~"5.."}[5m])) by (pod)`,
            legendFormat: '{{pod}}',
            refId: 'A',
          },
        ],
        fieldConfig: {
          defaults: { unit: 'reqps', thresholds: { steps: [{ color: 'green', value: null }] } },
        },
        options: { legend: { displayMode: 'list', placement: 'bottom' }, seed: rnd() },
      },
      null,
      2,
    );
  const json = JSON.stringify({ title: name, uid: name, panels: [] }, null, 2).replace(
    '"panels": []',
    `"panels": [\n${Array.from({ length: panels }, (_, k) => panel(k)).join(',\n')}\n]`,
  );
  const body = json
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-dashboard
  namespace: monitoring
  labels:
    grafana_dashboard: "1"
data:
  ${name}.json: |
${body}
`;
}

/** A CustomResourceDefinition with a deep openAPIV3Schema, as operators ship them. */
function crd(name, rnd, properties) {
  const lines = [];
  const field = (depth, key, indent) => {
    const pad = ' '.repeat(indent);
    lines.push(`${pad}${key}:`);
    lines.push(`${pad}  description: The ${key} setting; see the operator documentation for`);
    lines.push(`${pad}    the values it accepts and how it interacts with the others.`);
    if (depth > 0 && rnd() < 0.8) {
      lines.push(`${pad}  type: object`);
      lines.push(`${pad}  properties:`);
      const n = 2 + Math.floor(rnd() * 4);
      for (let k = 0; k < n; k++) field(depth - 1, `${key}Field${k}`, indent + 4);
    } else {
      lines.push(`${pad}  type: ${rnd() < 0.5 ? 'string' : 'integer'}`);
      if (rnd() < 0.3) lines.push(`${pad}  enum: [One, Two, Three]`);
    }
  };
  for (let k = 0; k < properties; k++) field(3, `property${k}`, 18);
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets${name.replace(/\D/g, '')}.example.com
spec:
  group: example.com
  names:
    kind: Widget${name.replace(/\D/g, '')}
    plural: widgets${name.replace(/\D/g, '')}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
${lines.join('\n')}
`;
}
