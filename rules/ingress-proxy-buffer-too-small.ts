import { defineRule } from '../src/engine/rule.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import {
  NGINX_DEFAULT_PROXY_BUFFER_SIZE,
  NGINX_PREFIX,
  parseNginxSize,
} from '../src/model/ingress-nginx.js';
import { asObject } from '../src/model/resource.js';

const MINIMUM = 16 * 1024;
/** The size the fix writes: ample for Keycloak's cookies, as its documentation examples use. */
const SUGGESTED = '128k';

export default defineRule({
  id: 'ingress-proxy-buffer-too-small',
  meta: {
    severity: 'warning',
    category: 'ingress',
    summary: 'Require a proxy buffer large enough for Keycloak response headers on ingress-nginx',
    rationale:
      'ingress-nginx reads the response headers from Keycloak into a buffer of ' +
      "`proxy-buffer-size`, 4k by default. Keycloak's login and token responses set several " +
      'cookies (AUTH_SESSION_ID, KC_RESTART, KEYCLOAK_IDENTITY, ...) that can exceed it, and ' +
      'nginx then answers 502 with "upstream sent too big header while reading response header ' +
      'from upstream" in its log.',
    fix:
      'Set nginx.ingress.kubernetes.io/proxy-buffer-size: "128k" (at least 16k), or raise ' +
      'proxy-buffer-size in the controller ConfigMap.',
    fixable:
      'on Ingresses written in the files: the annotation is set to "128k" (the controller ' +
      'ConfigMap is left alone, as it concerns every Ingress of the controller).',
    fixes: {
      operator:
        'Add nginx.ingress.kubernetes.io/proxy-buffer-size: "128k" (at least 16k) to ' +
        'spec.ingress.annotations, or raise proxy-buffer-size in the controller ConfigMap.',
      annotation:
        'Raise nginx.ingress.kubernetes.io/proxy-buffer-size to "128k" (at least 16k); the ' +
        'annotation overrides the controller-wide value for this Ingress.',
    },
    messages: {
      missing:
        'Ingress {{ingress}} sends Keycloak traffic through ingress-nginx without ' +
        'proxy-buffer-size, so nginx keeps its {{default}} buffer for response headers.',
      smallConfigMap:
        'Ingress {{ingress}} sends Keycloak traffic through ingress-nginx with the {{size}} ' +
        'proxy-buffer-size of ConfigMap {{configMap}}, below 16k.',
      small:
        'proxy-buffer-size is {{size}}, below the 16k that Keycloak response headers can need.',
    },
    appliesTo: ['Ingress', 'ConfigMap'],
    limitations: [
      'A controller ConfigMap that is not in the linted files is unknown; declare its value on ' +
        'the Ingress, or lint it too. It is recognised by its name: ingress-nginx-controller, ' +
        'nginx-configuration, or one listed in ingressNginxConfigMaps in the configuration file.',
    ],
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller !== 'ingress-nginx') continue;
      const key = `${NGINX_PREFIX}proxy-buffer-size`;
      const value = view.resource.annotations[key];
      if (value !== undefined) {
        const bytes = parseNginxSize(value);
        if (bytes === undefined || bytes >= MINIMUM) continue;
        yield {
          messageId: 'small',
          data: { size: value },
          at: view.resource.at(['metadata', 'annotations', key]),
          resource: view.resource,
          fixId: 'annotation',
          ...fixOf(view.resource, (e) => e.set(['metadata', 'annotations', key], SUGGESTED)),
        };
        continue;
      }
      // Without the annotation, the controller ConfigMap's value applies (4k by default).
      const configured = model.nginxControllerConfigMaps.flatMap((c) => {
        const size = asObject(c.value.data)?.['proxy-buffer-size'];
        return typeof size === 'string'
          ? [{ configMap: c, size, bytes: parseNginxSize(size) ?? 0 }]
          : [];
      });
      if (configured.some((c) => c.bytes >= MINIMUM)) continue;
      const small = configured[0];
      yield {
        messageId: small ? 'smallConfigMap' : 'missing',
        data: {
          ingress: view.resource.name,
          default: NGINX_DEFAULT_PROXY_BUFFER_SIZE,
          size: small?.size ?? '',
          configMap: small?.configMap.name ?? '',
        },
        at: view.resource.at(['metadata', 'annotations']),
        resource: view.resource,
        ...fixOf(view.resource, (e) => e.set(['metadata', 'annotations', key], SUGGESTED)),
        ...(small
          ? {
              related: [
                {
                  at: small.configMap.at(['data', 'proxy-buffer-size']),
                  resource: small.configMap,
                  message: `proxy-buffer-size: ${small.size}`,
                },
              ],
            }
          : {}),
      };
    }
  },
});
