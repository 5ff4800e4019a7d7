import { defineRule } from '../src/engine/rule.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import { keyOf } from '../src/load/source.js';
import { FAMILY_NAMES } from '../src/model/controllers/names.js';
import {
  misspellingLimit,
  OPERATOR_ANNOTATIONS,
  ownerOf,
  prefixesOf,
} from '../src/model/controllers/prefixes.js';
import {
  TRAEFIK_PREFIX,
  TRAEFIK_ROUTER_ANNOTATIONS,
  TRAEFIK_ROUTER_OPEN_PREFIXES,
  TRAEFIK_SERVICE_ANNOTATIONS,
} from '../src/model/controllers/traefik.js';
import {
  MISSPELT_NGINX_PREFIXES,
  NGINX_ANNOTATIONS,
  NGINX_INC_ANNOTATIONS,
  NGINX_PREFIX,
  NGINX_RETIRED_ANNOTATIONS,
} from '../src/model/ingress-nginx.js';
import { TRAEFIK_STICKY } from '../src/model/stickiness.js';
import type { ControllerFamily } from '../src/model/types.js';
import { distance, nearest } from '../src/util/nearest.js';

const NGINX_DOMAIN = NGINX_PREFIX.slice(0, -1);
const TRAEFIK_DOMAIN = TRAEFIK_PREFIX.slice(0, -1);

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
      'stickiness, buffer sizes or the backend protocol silently keep their defaults. The same ' +
      'holds for every controller: Traefik reads `traefik.ingress.kubernetes.io/*`, HAProxy ' +
      '`haproxy.org/*` or `haproxy-ingress.github.io/*`, the AWS Load Balancer Controller ' +
      '`alb.ingress.kubernetes.io/*`, and none of them reads another family’s annotations. ' +
      'The annotations the Keycloak Operator writes itself (`nginx.ingress.kubernetes.io/' +
      'backend-protocol`, `route.openshift.io/termination`) are never reported.',
    fix: 'Use {{suggested}}.',
    fixable:
      'when the key is a misspelling of one annotation of the same controller (a misspelt ' +
      'prefix of a known name, or one nearest name): the key is renamed and the value kept. ' +
      'Annotations of another controller are not rewritten, as their values may differ.',
    fixes: {
      remove: 'Remove {{key}}; {{controller}} has no equivalent annotation.',
      removeOther:
        'Remove {{key}}; it only configures {{owner}}. Write the setting the way ' +
        '{{controller}} takes it, if it has one.',
      moveToService:
        'Move {{key}} to the backend Service: Traefik reads service.* annotations there.',
    },
    messages: {
      wrongPrefix:
        '{{key}} uses the prefix {{prefix}}/, which {{controller}} does not read (it reads ' +
        '{{own}}/), so this setting is ignored.',
      otherController: '{{key}} is an annotation of {{owner}}; {{controller}} ignores it.',
      unknownName:
        '{{controller}} has no annotation named {{name}}{{suggestion}}, so {{key}} is ignored.',
      serviceOnIngress:
        '{{key}} is a Traefik service annotation, which Traefik reads from the backend Service ' +
        'only, so on the Ingress it is ignored.',
    },
    appliesTo: ['Ingress'],
    limitations: [
      'The controller may be started with another --annotations-prefix; keycloak-lint assumes ' +
        'the default.',
      'Names under a correct prefix are checked for ingress-nginx, the F5 NGINX Ingress ' +
        'Controller and Traefik (its v2/v3 router.* and service.* names; other names are ' +
        'Traefik 1.x names and are not checked). For HAProxy, the AWS Load Balancer Controller, ' +
        'GKE and Istio only prefixes are checked: keycloak-lint has no reliable list of their ' +
        'names across versions.',
      '`ingress.kubernetes.io/` is read by Traefik 1.x and by both HAProxy controllers, so it ' +
        'is reported on ingress-nginx only.',
    ],
    references: [
      '[ingress-nginx: annotations](https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/)',
      '[F5 NGINX Ingress Controller: annotations](https://docs.nginx.com/nginx-ingress-controller/configuration/ingress-resources/advanced-configuration-with-annotations/)',
      '[Traefik: Kubernetes Ingress annotations](https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#annotations)',
      '[AWS Load Balancer Controller: Ingress annotations](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/)',
    ],
  },
  *check(model) {
    for (const view of model.ingresses) {
      const family = view.controller;
      if (!family || family === 'other') continue;
      const judge = JUDGES[family] ?? prefixJudge(family);
      const annotations = view.resource.annotations;
      for (const key of Object.keys(annotations)) {
        if (OPERATOR_ANNOTATIONS.has(key)) continue;
        const slash = key.indexOf('/');
        if (slash < 0) continue;
        const verdict = judge(key, key.slice(0, slash), key.slice(slash + 1));
        if (!verdict) continue;
        yield {
          messageId: verdict.messageId,
          data: { key, controller: FAMILY_NAMES[family], ...verdict.data },
          at: keyOf(view.resource.at(['metadata', 'annotations', key])),
          resource: view.resource,
          ...(verdict.rename && verdict.suggested && !(verdict.suggested in annotations)
            ? fixOf(view.resource, (e) =>
                e.renameKey(['metadata', 'annotations', key], verdict.suggested!),
              )
            : {}),
          ...(verdict.fixId
            ? { fixId: verdict.fixId }
            : verdict.suggested === undefined
              ? { fixId: 'remove' }
              : {}),
        };
      }
    }
  },
});

interface Verdict {
  readonly messageId: 'wrongPrefix' | 'otherController' | 'unknownName' | 'serviceOnIngress';
  readonly data: Readonly<Record<string, string>>;
  /** The key to use instead; undefined when there is none. */
  readonly suggested: string | undefined;
  readonly fixId?: string;
  /** The suggested key means the same setting with the same values: `--fix` renames. */
  readonly rename?: boolean;
}

type Judge = (key: string, prefix: string, name: string) => Verdict | undefined;

const verdict = (
  messageId: Verdict['messageId'],
  suggested: string | undefined,
  data: Record<string, string> = {},
): Verdict => ({ messageId, suggested, data: { ...data, suggested: suggested ?? '' } });

const didYouMean = (guess: string | undefined) => (guess ? ` (did you mean ${guess}?)` : '');

/** Another family's prefix: the annotation is that controller's. */
function otherFamily(family: ControllerFamily, prefix: string): Verdict | undefined {
  const owner = ownerOf(prefix);
  if (!owner || owner === family) return undefined;
  return {
    ...verdict('otherController', undefined, { owner: FAMILY_NAMES[owner] }),
    fixId: 'removeOther',
  };
}

/** A prefix close to one of the family's own: a misspelling of it. */
function misspelt(family: ControllerFamily, prefix: string): string | undefined {
  if (ownerOf(prefix)) return undefined;
  return prefixesOf(family).find((own) => {
    const d = distance(prefix, own);
    return d > 0 && d <= misspellingLimit(own);
  });
}

/** For families without a reliable list of names: other families' and misspelt prefixes. */
function prefixJudge(family: ControllerFamily): Judge {
  return (_key, prefix, name) => {
    const other = otherFamily(family, prefix);
    if (other) return other;
    const own = misspelt(family, prefix);
    return own
      ? { ...verdict('wrongPrefix', `${own}/${name}`, { prefix, own }), rename: true }
      : undefined;
  };
}

const INGRESS_NGINX: Judge = (_key, prefix, name) => {
  if (prefix === NGINX_DOMAIN) {
    if (NGINX_ANNOTATIONS.has(name) || NGINX_RETIRED_ANNOTATIONS.has(name)) return undefined;
    const guess = nearest(name, NGINX_ANNOTATIONS);
    return {
      ...verdict('unknownName', guess && `${NGINX_PREFIX}${guess}`, {
        name,
        suggestion: didYouMean(guess),
      }),
      // Renamed only when no other name is as near.
      rename:
        guess !== undefined &&
        [...NGINX_ANNOTATIONS].filter((c) => distance(name, c) <= distance(name, guess)).length ===
          1,
    };
  }
  if (prefix === 'nginx.org' || prefix === 'nginx.com') {
    const equivalent = F5_EQUIVALENTS[name] ?? (NGINX_ANNOTATIONS.has(name) ? name : undefined);
    return verdict('otherController', equivalent && `${NGINX_PREFIX}${equivalent}`, {
      owner: FAMILY_NAMES['nginx-inc'],
    });
  }
  const other = otherFamily('ingress-nginx', prefix);
  if (other) return other;
  if (MISSPELT_NGINX_PREFIXES.has(prefix) || distance(prefix, NGINX_DOMAIN) <= 3) {
    const known = NGINX_ANNOTATIONS.has(name) ? name : (nearest(name, NGINX_ANNOTATIONS) ?? name);
    return {
      ...verdict('wrongPrefix', `${NGINX_PREFIX}${known}`, { prefix, own: NGINX_DOMAIN }),
      // A second guess (the name too) is not certain enough to rewrite.
      rename: known === name && NGINX_ANNOTATIONS.has(name),
    };
  }
  return undefined;
};

const NGINX_INC: Judge = (key, prefix, name) => {
  if (prefix === NGINX_DOMAIN) {
    const own = `nginx.org/${name}`;
    const equivalent = NGINX_TO_F5[name] ?? (NGINX_INC_ANNOTATIONS.has(own) ? own : undefined);
    return verdict('otherController', equivalent, { owner: FAMILY_NAMES['ingress-nginx'] });
  }
  if ((prefix === 'nginx.org' || prefix === 'nginx.com') && !NGINX_INC_ANNOTATIONS.has(key)) {
    const guess = nearest(key, NGINX_INC_ANNOTATIONS);
    return verdict('unknownName', guess, { name, suggestion: didYouMean(guess) });
  }
  return otherFamily('nginx-inc', prefix);
};

const TRAEFIK_NAMES = [...TRAEFIK_ROUTER_ANNOTATIONS, ...TRAEFIK_SERVICE_ANNOTATIONS];

const TRAEFIK: Judge = (key, prefix, name) => {
  if (prefix === TRAEFIK_DOMAIN) {
    const lower = name.toLowerCase();
    if (lower.startsWith('service.')) {
      // Sticky keys are traefik-sticky-on-ingress's; other known service keys are misplaced.
      if (key === TRAEFIK_STICKY || key.startsWith(`${TRAEFIK_STICKY}.`)) return undefined;
      if (TRAEFIK_SERVICE_ANNOTATIONS.has(lower)) {
        return { ...verdict('serviceOnIngress', undefined), fixId: 'moveToService' };
      }
    } else if (!lower.startsWith('router.')) {
      // Traefik 1.x names (rewrite-target, frontend-entry-points, ...): not checked.
      return undefined;
    }
    if (TRAEFIK_ROUTER_ANNOTATIONS.has(lower)) return undefined;
    if (TRAEFIK_ROUTER_OPEN_PREFIXES.some((p) => lower.startsWith(p))) return undefined;
    const guess = nearest(lower, TRAEFIK_NAMES);
    return verdict('unknownName', guess && `${TRAEFIK_PREFIX}${guess}`, {
      name,
      suggestion: didYouMean(guess),
    });
  }
  return prefixJudge('traefik')(key, prefix, name);
};

const JUDGES: Partial<Record<ControllerFamily, Judge>> = {
  'ingress-nginx': INGRESS_NGINX,
  'nginx-inc': NGINX_INC,
  traefik: TRAEFIK,
};
