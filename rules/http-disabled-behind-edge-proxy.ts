import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, list, nameOf, settingText } from '../src/model/describe.js';
import {
  backendProtocol,
  backendsTo,
  envLocation,
  httpsConfigured,
  ingressesOf,
  optionForm,
  termination,
} from '../src/model/http.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { isTrue } from '../src/model/setting.js';
import { atLeast, holdsFor } from '../src/model/version.js';

export default defineRule({
  id: 'http-disabled-behind-edge-proxy',
  meta: {
    severity: 'error',
    category: 'proxy',
    summary: 'Enable HTTP when the Ingress ends TLS and forwards plain HTTP to Keycloak',
    rationale:
      'In production mode (`start`) Keycloak listens only for HTTPS unless `http-enabled` is ' +
      'true. Behind an Ingress that ends TLS and talks HTTP to the pods, and with no ' +
      'certificate configured, Keycloak does not start ("Key material not provided to setup ' +
      'HTTPS"). Up to 25, `proxy=edge` turned HTTP on by itself; since 24 the replacement is ' +
      '`proxy-headers` plus `http-enabled=true`, and 26.0 removed `proxy`, so dropping ' +
      '`KC_PROXY=edge` without adding `KC_HTTP_ENABLED=true` breaks the start.',
    fix: 'Set {{option}}=true.',
    fixes: {
      operator: 'Set spec.http.httpEnabled: true.',
    },
    messages: {
      disabled:
        '{{ingresses}} {{verb}} TLS and {{talk}} plain HTTP to {{workload}}, but {{version}} ' +
        'has HTTP off ({{http}}) and no certificate is configured, so Keycloak does not start.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod', 'Ingress'],
    versions: '17 and later',
    limitations: [
      'Bitnami images turn HTTP on themselves in some releases and are not checked.',
      'Only the backend-protocol settings of ingress-nginx, NGINX Inc., Traefik, HAProxy, ALB ' +
        'and GKE are read; behind another controller HTTP is assumed only when the backend ' +
        "reaches Keycloak's HTTP port.",
      'A key store baked into a custom image is not visible in the manifest.',
    ],
    references: [
      '[Configuring a reverse proxy](https://www.keycloak.org/server/reverseproxy)',
      '[Configuring TLS](https://www.keycloak.org/server/enabletls)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      // Dev mode has HTTP on; Bitnami's entrypoint writes http-enabled itself in some releases.
      if (kc.mode.kind !== 'start' || kc.distribution === 'bitnami') continue;
      const http = kc.option('http-enabled');
      if (http && (http.value === undefined || isTrue(http))) continue;
      // proxy=edge turns HTTP on up to 25; a value or version that cannot be read is silence.
      const proxy = kc.option('proxy');
      if (proxy) {
        const edge = proxy.value === undefined || proxy.value.trim().toLowerCase() === 'edge';
        if (edge && !holdsFor(kc.version, (v) => atLeast(v, 26))) continue;
      }
      if (httpsConfigured(kc) !== false) continue;
      const views = ingressesOf(model, kc).filter(
        (view) =>
          termination(view) === 'terminates' &&
          backendsTo(view, kc).some((b) => backendProtocol(view, b, kc) === 'http'),
      );
      if (views.length === 0) continue;
      const resource = kc.workload.resource;
      yield {
        messageId: 'disabled',
        data: {
          ingresses: list(views.map((v) => nameOf(v.resource))),
          verb: views.length === 1 ? 'ends' : 'end',
          talk: views.length === 1 ? 'talks' : 'talk',
          workload: `${resource.kind} ${resource.name}`,
          version: keycloakVersionText(kc),
          http:
            (http ? settingText(http, 'http-enabled') : 'http-enabled is not set') +
            (proxy && kc.version && atLeast(kc.version, 26)
              ? `; ${settingText(proxy, 'proxy')} no longer turns it on, the option was ` +
                'removed in 26.0'
              : ''),
          option: optionForm('http-enabled', http),
        },
        at: http ? http.at : envLocation(kc),
        resource,
        related: views.flatMap((view) =>
          backendsTo(view, kc)
            .filter((b) => backendProtocol(view, b, kc) === 'http')
            .slice(0, 1)
            .map((b) => ({
              at: b.at,
              resource: view.resource,
              message: `${nameOf(view.resource)} forwards plain HTTP to Service ${b.serviceName}.`,
            })),
        ),
      };
    }
  },
});
