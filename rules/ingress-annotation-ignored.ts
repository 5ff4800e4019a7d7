import type { Draft } from '../src/engine/rule.js';
import { defineRule } from '../src/engine/rule.js';
import { keyOf } from '../src/load/source.js';
import {
  MISSPELT_NGINX_PREFIXES,
  NGINX_ANNOTATIONS,
  NGINX_INC_ANNOTATIONS,
  NGINX_PREFIX,
  NGINX_RETIRED_ANNOTATIONS,
} from '../src/model/ingress-nginx.js';
import type { IngressView } from '../src/model/types.js';
import { distance, nearest } from '../src/util/nearest.js';

const NGINX_DOMAIN = NGINX_PREFIX.slice(0, -1);

// F5 NGINX Ingress Controller names whose ingress-nginx counterpart has another name.
const F5_EQUIVALENTS: Readonly<Record<string, string>> = {
  'client-max-body-size': 'proxy-body-size',
  'sticky-cookie-services': 'affinity',
  'lb-method': 'load-balance',
  'ssl-services': 'backend-protocol',
  rewrites: 'rewrite-target',
};

// The reverse: ingress-nginx names and the F5 controller's key for the same setting.
const NGINX_TO_F5: Readonly<Record<string, string>> = {
  'proxy-body-size': 'nginx.org/client-max-body-size',
  affinity: 'nginx.com/sticky-cookie-services',
  'load-balance': 'nginx.org/lb-method',
  'backend-protocol': 'nginx.org/ssl-services',
  'rewrite-target': 'nginx.org/rewrites',
};

export default defineRule({
  id: 'ingress-annotation-ignored',
  meta: {
    severity: 'error',
    category: 'ingress',
    summary: 'Report Ingress annotations that the controller in use does not read',
    rationale:
      'A controller reads only its own annotation names, and ignores others without a word. ' +
      'ingress-nginx reads `nginx.ingress.kubernetes.io/*`: a misspelt prefix ' +
      '(`nginx.kubernetes.io/`, `ingress.kubernetes.io/`), an annotation of the F5 NGINX Ingress ' +
      'Controller (`nginx.org/*`, `nginx.com/*`) or a misspelt name leaves the setting off, so ' +
      'stickiness, buffer sizes or the backend protocol silently keep their defaults. The F5 ' +
      'controller, in turn, ignores ingress-nginx annotations.',
    fix: 'Use {{suggested}}.',
    fixes: {
      remove: 'Remove {{key}}; {{controller}} has no equivalent annotation.',
    },
    messages: {
      wrongPrefix:
        '{{key}} uses the prefix {{prefix}}/, which ingress-nginx does not read (it reads ' +
        '{{nginx}}/), so this setting is ignored.',
      otherController: '{{key}} is an annotation of {{owner}}; {{controller}} ignores it.',
      unknownName:
        '{{controller}} has no annotation named {{name}}{{suggestion}}, so {{key}} is ignored.',
    },
    appliesTo: ['Ingress'],
    limitations: [
      'The controller may be started with another --annotations-prefix; keycloak-lint assumes ' +
        'the default.',
      'Only ingress-nginx and the F5 NGINX Ingress Controller are checked yet (TODO(#5)).',
    ],
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller === 'ingress-nginx') yield* ingressNginx(view);
      else if (view.controller === 'nginx-inc') yield* nginxInc(view);
    }
  },
});

function split(key: string): { prefix: string; name: string } | undefined {
  const slash = key.indexOf('/');
  return slash < 0 ? undefined : { prefix: key.slice(0, slash), name: key.slice(slash + 1) };
}

function* ingressNginx(view: IngressView): Generator<Draft> {
  const controller = 'ingress-nginx';
  for (const key of Object.keys(view.resource.annotations)) {
    const parts = split(key);
    if (!parts) continue;
    const { prefix, name } = parts;
    const at = keyOf(view.resource.at(['metadata', 'annotations', key]));
    const base = { key, name, prefix, nginx: NGINX_DOMAIN, controller };
    if (prefix === NGINX_DOMAIN) {
      if (NGINX_ANNOTATIONS.has(name) || NGINX_RETIRED_ANNOTATIONS.has(name)) continue;
      const guess = nearest(name, NGINX_ANNOTATIONS);
      yield draft(
        'unknownName',
        at,
        view,
        {
          ...base,
          suggestion: guess ? ` (did you mean ${guess}?)` : '',
          suggested: `${NGINX_PREFIX}${guess}`,
        },
        !guess,
      );
    } else if (MISSPELT_NGINX_PREFIXES.has(prefix) || distance(prefix, NGINX_DOMAIN) <= 3) {
      const known = NGINX_ANNOTATIONS.has(name) ? name : nearest(name, NGINX_ANNOTATIONS);
      yield draft(
        'wrongPrefix',
        at,
        view,
        { ...base, suggested: `${NGINX_PREFIX}${known ?? name}` },
        false,
      );
    } else if (prefix === 'nginx.org' || prefix === 'nginx.com') {
      const equivalent = F5_EQUIVALENTS[name] ?? (NGINX_ANNOTATIONS.has(name) ? name : undefined);
      const owner = 'the F5 NGINX Ingress Controller';
      yield draft(
        'otherController',
        at,
        view,
        { ...base, owner, suggested: `${NGINX_PREFIX}${equivalent}` },
        !equivalent,
      );
    }
  }
}

function* nginxInc(view: IngressView): Generator<Draft> {
  const controller = 'the F5 NGINX Ingress Controller';
  for (const key of Object.keys(view.resource.annotations)) {
    const parts = split(key);
    if (!parts) continue;
    const { prefix, name } = parts;
    const at = keyOf(view.resource.at(['metadata', 'annotations', key]));
    const base = { key, name, prefix, nginx: NGINX_DOMAIN, controller };
    if (prefix === NGINX_DOMAIN) {
      const equivalent =
        NGINX_TO_F5[name] ??
        (NGINX_INC_ANNOTATIONS.has(`nginx.org/${name}`) ? `nginx.org/${name}` : undefined);
      yield draft(
        'otherController',
        at,
        view,
        { ...base, owner: 'ingress-nginx', suggested: equivalent ?? '' },
        !equivalent,
      );
    } else if (
      (prefix === 'nginx.org' || prefix === 'nginx.com') &&
      !NGINX_INC_ANNOTATIONS.has(key)
    ) {
      const guess = nearest(key, NGINX_INC_ANNOTATIONS);
      yield draft(
        'unknownName',
        at,
        view,
        { ...base, suggestion: guess ? ` (did you mean ${guess}?)` : '', suggested: guess ?? '' },
        !guess,
      );
    }
  }
}

function draft(
  messageId: string,
  at: Draft['at'],
  view: IngressView,
  data: Record<string, string>,
  remove: boolean,
): Draft {
  return { messageId, data, at, resource: view.resource, ...(remove ? { fixId: 'remove' } : {}) };
}
