import { defineRule } from '../src/engine/rule.js';
import { keyOf } from '../src/load/source.js';
import {
  MISSPELT_NGINX_PREFIXES,
  NGINX_ANNOTATIONS,
  NGINX_PREFIX,
  NGINX_RETIRED_ANNOTATIONS,
} from '../src/model/ingress-nginx.js';
import { distance, nearest } from '../src/util/nearest.js';

const NGINX_DOMAIN = NGINX_PREFIX.slice(0, -1);

// F5 NGINX Ingress Controller names whose ingress-nginx counterpart has another name.
const F5_EQUIVALENTS: Readonly<Record<string, string>> = {
  'client-max-body-size': 'proxy-body-size',
  'sticky-cookie-services': 'affinity',
  'lb-method': 'load-balance',
  'ssl-services': 'backend-protocol',
  'rewrites': 'rewrite-target',
};

export default defineRule({
  id: 'ingress-annotation-ignored',
  meta: {
    severity: 'error',
    category: 'ingress',
    summary: 'Report Ingress annotations that the controller in use does not read',
    rationale:
      'A controller reads only its own annotation names, and ignores others without a word. ingress-nginx ' +
      'reads `nginx.ingress.kubernetes.io/*`: a misspelt prefix (`nginx.kubernetes.io/`, ' +
      '`ingress.kubernetes.io/`), an annotation of the F5 NGINX Ingress Controller (`nginx.org/*`, ' +
      '`nginx.com/*`) or a misspelt name leaves the setting off, so stickiness, buffer sizes or the backend ' +
      'protocol silently keep their defaults.',
    fix: 'Use {{suggested}}.',
    fixes: {
      remove: 'Remove {{key}}; ingress-nginx has no equivalent annotation.',
    },
    messages: {
      wrongPrefix: '{{key}} uses the prefix {{prefix}}/, which ingress-nginx does not read (it reads {{nginx}}/), so this setting is ignored.',
      otherController: '{{key}} is an annotation of the F5 NGINX Ingress Controller; ingress-nginx ignores it.',
      unknownName: 'ingress-nginx has no annotation named {{name}}{{suggestion}}, so {{key}} is ignored.',
    },
    appliesTo: ['Ingress'],
    limitations: [
      'The controller may be started with another --annotations-prefix; keycloak-lint assumes the default.',
      'Only ingress-nginx Ingresses are checked yet (TODO(#5)).',
    ],
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller !== 'ingress-nginx') continue;
      for (const key of Object.keys(view.resource.annotations)) {
        const slash = key.indexOf('/');
        if (slash < 0) continue;
        const prefix = key.slice(0, slash);
        const name = key.slice(slash + 1);
        const at = keyOf(view.resource.at(['metadata', 'annotations', key]));
        const base = { key, name, prefix, nginx: NGINX_DOMAIN };
        if (prefix === NGINX_DOMAIN) {
          if (NGINX_ANNOTATIONS.has(name) || NGINX_RETIRED_ANNOTATIONS.has(name)) continue;
          const guess = nearest(name, NGINX_ANNOTATIONS);
          yield {
            messageId: 'unknownName',
            data: { ...base, suggestion: guess ? ` (did you mean ${guess}?)` : '', suggested: `${NGINX_PREFIX}${guess}` },
            at,
            resource: view.resource,
            ...(guess ? {} : { fixId: 'remove' }),
          };
        } else if (MISSPELT_NGINX_PREFIXES.has(prefix) || distance(prefix, NGINX_DOMAIN) <= 3) {
          const known = NGINX_ANNOTATIONS.has(name) ? name : nearest(name, NGINX_ANNOTATIONS);
          yield {
            messageId: 'wrongPrefix',
            data: { ...base, suggested: `${NGINX_PREFIX}${known ?? name}` },
            at,
            resource: view.resource,
          };
        } else if (prefix === 'nginx.org' || prefix === 'nginx.com') {
          const equivalent = F5_EQUIVALENTS[name] ?? (NGINX_ANNOTATIONS.has(name) ? name : undefined);
          yield {
            messageId: 'otherController',
            data: { ...base, suggested: `${NGINX_PREFIX}${equivalent}` },
            at,
            resource: view.resource,
            ...(equivalent ? {} : { fixId: 'remove' }),
          };
        }
      }
    }
  },
});
