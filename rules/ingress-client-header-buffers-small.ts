import { defineRule } from '../src/engine/rule.js';
import { asObject } from '../src/model/resource.js';

export default defineRule({
  id: 'ingress-client-header-buffers-small',
  meta: {
    severity: 'info',
    category: 'ingress',
    summary: 'Recommend larger client header buffers in the ingress-nginx controller ConfigMap',
    rationale:
      'ingress-nginx reads request headers into `large-client-header-buffers`, "4 8k" by ' +
      'default, a setting of the controller ConfigMap only (no annotation). A browser that ' +
      "holds Keycloak's session cookies (KEYCLOAK_IDENTITY, AUTH_SESSION_ID, KC_RESTART, ...) " +
      'next to the cookies of the applications on the same domain can send a Cookie header ' +
      'above 8k, and nginx then answers 400 "Request Header Or Cookie Too Large".',
    fix: 'Set large-client-header-buffers: "4 32k" in ConfigMap {{configMap}}.',
    messages: {
      missing:
        'ConfigMap {{configMap}} configures the ingress-nginx controller in front of Keycloak ' +
        'without large-client-header-buffers, so request headers keep the "4 8k" default.',
    },
    appliesTo: ['ConfigMap'],
    limitations: [
      'Only a controller ConfigMap in the linted files is checked: one named ' +
        'ingress-nginx-controller or nginx-configuration, or listed in ingressNginxConfigMaps ' +
        'in the configuration file.',
    ],
    references: [
      '[ingress-nginx: ConfigMap large-client-header-buffers](https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#large-client-header-buffers)',
    ],
  },
  *check(model) {
    // Only where the files put Keycloak behind ingress-nginx: the advice is about its cookies.
    if (!model.ingresses.some((v) => v.controller === 'ingress-nginx')) return;
    for (const configMap of model.nginxControllerConfigMaps) {
      const data = asObject(configMap.value.data);
      if (data && typeof data['large-client-header-buffers'] === 'string') continue;
      yield {
        messageId: 'missing',
        data: { configMap: configMap.name },
        at: configMap.at(data ? ['data'] : ['metadata', 'name']),
        resource: configMap,
      };
    }
  },
});
