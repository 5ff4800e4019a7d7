import { defineRule } from '../src/engine/rule.js';
import { keyOf } from '../src/load/source.js';
import {
  MISSPELT_NGINX_PREFIXES,
  NGINX_ANNOTATIONS,
  NGINX_INC_ANNOTATIONS,
  NGINX_PREFIX,
  NGINX_RETIRED_ANNOTATIONS,
} from '../src/model/ingress-nginx.js';
import type { ControllerFamily } from '../src/model/types.js';
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
      const family = view.controller && FAMILIES[view.controller];
      if (!family) continue;
      for (const key of Object.keys(view.resource.annotations)) {
        const slash = key.indexOf('/');
        if (slash < 0) continue;
        const verdict = family.judge(key, key.slice(0, slash), key.slice(slash + 1));
        if (!verdict) continue;
        yield {
          messageId: verdict.messageId,
          data: { key, controller: family.name, nginx: NGINX_DOMAIN, ...verdict.data },
          at: keyOf(view.resource.at(['metadata', 'annotations', key])),
          resource: view.resource,
          ...(verdict.suggested === undefined ? { fixId: 'remove' } : {}),
        };
      }
    }
  },
});

interface Verdict {
  readonly messageId: 'wrongPrefix' | 'otherController' | 'unknownName';
  readonly data: Readonly<Record<string, string>>;
  /** The key to use instead; undefined when there is none. */
  readonly suggested: string | undefined;
}

interface Family {
  readonly name: string;
  judge(key: string, prefix: string, name: string): Verdict | undefined;
}

const verdict = (
  messageId: Verdict['messageId'],
  suggested: string | undefined,
  data: Record<string, string> = {},
): Verdict => ({ messageId, suggested, data: { ...data, suggested: suggested ?? '' } });

const didYouMean = (guess: string | undefined) => (guess ? ` (did you mean ${guess}?)` : '');

const INGRESS_NGINX: Family = {
  name: 'ingress-nginx',
  judge(_key, prefix, name) {
    if (prefix === NGINX_DOMAIN) {
      if (NGINX_ANNOTATIONS.has(name) || NGINX_RETIRED_ANNOTATIONS.has(name)) return undefined;
      const guess = nearest(name, NGINX_ANNOTATIONS);
      return verdict('unknownName', guess && `${NGINX_PREFIX}${guess}`, {
        name,
        suggestion: didYouMean(guess),
      });
    }
    if (MISSPELT_NGINX_PREFIXES.has(prefix) || distance(prefix, NGINX_DOMAIN) <= 3) {
      const known = NGINX_ANNOTATIONS.has(name) ? name : (nearest(name, NGINX_ANNOTATIONS) ?? name);
      return verdict('wrongPrefix', `${NGINX_PREFIX}${known}`, { prefix });
    }
    if (prefix === 'nginx.org' || prefix === 'nginx.com') {
      const equivalent = F5_EQUIVALENTS[name] ?? (NGINX_ANNOTATIONS.has(name) ? name : undefined);
      return verdict('otherController', equivalent && `${NGINX_PREFIX}${equivalent}`, {
        owner: 'the F5 NGINX Ingress Controller',
      });
    }
    return undefined;
  },
};

const NGINX_INC: Family = {
  name: 'the F5 NGINX Ingress Controller',
  judge(key, prefix, name) {
    if (prefix === NGINX_DOMAIN) {
      const own = `nginx.org/${name}`;
      const equivalent = NGINX_TO_F5[name] ?? (NGINX_INC_ANNOTATIONS.has(own) ? own : undefined);
      return verdict('otherController', equivalent, { owner: 'ingress-nginx' });
    }
    if ((prefix === 'nginx.org' || prefix === 'nginx.com') && !NGINX_INC_ANNOTATIONS.has(key)) {
      const guess = nearest(key, NGINX_INC_ANNOTATIONS);
      return verdict('unknownName', guess, { name, suggestion: didYouMean(guess) });
    }
    return undefined;
  },
};

// TODO(#5): the families of Traefik, HAProxy, ALB and GKE.
const FAMILIES: Partial<Record<ControllerFamily, Family>> = {
  'ingress-nginx': INGRESS_NGINX,
  'nginx-inc': NGINX_INC,
};
