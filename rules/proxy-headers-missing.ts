import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, list, nameOf } from '../src/model/describe.js';
import { envLocation, ingressesOf, termination } from '../src/model/http.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { isTrue } from '../src/model/setting.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'proxy-headers-missing',
  meta: {
    severity: 'error',
    category: 'proxy',
    summary: 'Make Keycloak read the forwarded headers of a TLS-terminating Ingress',
    rationale:
      'When the Ingress ends TLS, Keycloak sees plain HTTP from the proxy and knows the real ' +
      'scheme, host and client address only from the Forwarded or X-Forwarded-* headers. From ' +
      'Keycloak 24 it reads them only when `proxy-headers` is set (`forwarded` or ' +
      '`xforwarded`); the `proxy` option that did it before is deprecated in 24 and removed in ' +
      '26.0. Without it Keycloak builds http:// URLs and redirects, rejects origin-checked ' +
      'requests with 403 and sees the proxy as the client.',
    fix: 'Set KC_PROXY_HEADERS=xforwarded (or forwarded, matching what the proxy sends).',
    fixes: {
      operator:
        'Set spec.proxy.headers to xforwarded (or forwarded, matching what the proxy sends).',
    },
    messages: {
      missing:
        '{{ingresses}} {{verb}} TLS in front of {{workload}}, but {{version}} does not read the ' +
        'forwarded headers: {{missing}}.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod', 'Ingress'],
    versions: '24 and later',
    limitations: [
      'Only Ingresses with a `tls` section count as ending TLS; a controller that ends TLS with ' +
        'a default certificate or a cloud certificate (ALB certificate-arn) is not seen.',
      'Bitnami images before 26 write the proxy option themselves and are not checked; on 26 ' +
        'and later, KEYCLOAK_PROXY_HEADERS counts as set.',
      'With `proxy` set on 24 and later, proxy-option-obsolete reports instead.',
    ],
    references: [
      '[Configuring a reverse proxy](https://www.keycloak.org/server/reverseproxy)',
      '[Keycloak 24 upgrading guide: proxy option deprecated](https://www.keycloak.org/docs/latest/upgrading/index.html#deprecated-proxy-option)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const version = kc.version;
      // Below 24 `proxy` is the current option; with an unknown version the fix may not exist.
      if (!version || !atLeast(version, 24)) continue;
      if (kc.mode.kind === 'other' || kc.mode.kind === 'none') continue;
      if (kc.distribution === 'bitnami') {
        if (!atLeast(version, 26) || kc.env.vars.has('KEYCLOAK_PROXY_HEADERS')) continue;
      }
      // Any proxy setting is proxy-option-obsolete's finding (it fires on 24+ whatever the value).
      if (kc.option('proxy') || kc.option('proxy-headers')) continue;
      // PROXY protocol (26.0+) excludes proxy-headers: that setup is a TCP passthrough.
      const proxyProtocol = kc.option('proxy-protocol-enabled');
      if (proxyProtocol && (proxyProtocol.value === undefined || isTrue(proxyProtocol))) continue;
      const fronting = ingressesOf(model, kc).filter((v) => termination(v) === 'terminates');
      if (fronting.length === 0) continue;
      const resource = kc.workload.resource;
      yield {
        messageId: 'missing',
        data: {
          ingresses: list(fronting.map((v) => nameOf(v.resource))),
          verb: fronting.length === 1 ? 'ends' : 'end',
          workload: `${resource.kind} ${resource.name}`,
          version: keycloakVersionText(kc),
          missing: atLeast(version, 26)
            ? 'proxy-headers is not set'
            : 'neither proxy-headers nor proxy is set',
        },
        at: envLocation(kc),
        resource,
        related: fronting.map((v) => ({
          at: v.resource.at(['spec', 'tls']),
          resource: v.resource,
          message: `${nameOf(v.resource)} ends TLS here.`,
        })),
      };
    }
  },
});
