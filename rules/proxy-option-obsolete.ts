import { defineRule } from '../src/engine/rule.js';
import { editsOf } from '../src/fix/discovery.js';
import { addEnv, envAbsent, soleEnvEntry } from '../src/fix/env-edit.js';
import { type TextEdit, YamlEditor } from '../src/fix/yaml-edit.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { frontsOf } from '../src/model/fronts.js';
import { hostnameV1 } from '../src/model/http.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { isTrue } from '../src/model/setting.js';
import type { KeycloakContainer, Model } from '../src/model/types.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'proxy-option-obsolete',
  meta: {
    severity: 'error',
    category: 'proxy',
    summary: 'Replace the proxy option, deprecated in Keycloak 24 and removed in 26.0',
    rationale:
      'Up to 23, `proxy` (edge, reencrypt, passthrough, none) told Keycloak how it sits behind a ' +
      'reverse proxy. Keycloak 24 deprecates it in favour of `proxy-headers` (forwarded or ' +
      'xforwarded) plus `http-enabled` where TLS ends at the proxy, and 26.0 removes it: a ' +
      'leftover KC_PROXY no longer makes Keycloak read the forwarded headers, so it builds wrong ' +
      'URLs and rejects requests behind the proxy.',
    fix: 'Remove the proxy option.',
    fixes: {
      edge:
        'Replace it with {{headers}}=xforwarded (or forwarded, matching what the proxy sends) ' +
        'and {{http}}=true.',
      reencrypt:
        'Replace it with {{headers}}=xforwarded (or forwarded, matching what the proxy sends).',
      passthrough:
        'Remove it: with TLS passthrough the proxy adds no forwarded headers for Keycloak to read.',
      covered: 'Remove it: the options that replace it are already set.',
      edgeHttp:
        'Remove it, and set {{http}}=true: proxy-headers, which replaces the rest, is already set.',
      operator:
        'Remove proxy from additionalOptions; where the proxy sends forwarded headers (edge or ' +
        'reencrypt), set spec.proxy.headers to xforwarded or forwarded, and for edge also ' +
        'spec.http.httpEnabled: true.',
    },
    fixable:
      "when KC_PROXY is written with its value in the container's env (not in a ConfigMap, a " +
      'Secret, keycloak.conf or the arguments, which get a suggestion only) of an image other ' +
      "than Bitnami's: `none` is removed, and so is `passthrough` where hostname v1 is not in " +
      'effect; `edge` and `reencrypt` become KC_PROXY_HEADERS (kept when already set, else ' +
      '`xforwarded`, only when every Ingress in front of the pods is an ingress-nginx one without ' +
      'snippet annotations, as the headers another proxy sends are not in the manifests), with ' +
      'KC_HTTP_ENABLED=true added for `edge`. A Keycloak CR gets a suggestion only.',
    messages: {
      removed:
        '{{setting}}: the proxy option no longer exists in {{version}} (it was removed in ' +
        '26.0), so it does not make Keycloak read the forwarded headers of the proxy.',
      deprecated:
        '{{setting}}: the proxy option is deprecated since Keycloak 24 and removed in 26.0 ' +
        '({{version}} still reads it).',
    },
    graded: 'warning on Keycloak 24 and 25, error from 26.0.',
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '24 and later',
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const setting = kc.options.get('proxy');
      // Set at all is enough: whatever its value, the option is deprecated or gone.
      if (!setting || !kc.version || !atLeast(kc.version, 24)) continue;
      const removed = atLeast(kc.version, 26);
      const value = setting.value?.trim().toLowerCase() ?? '';
      const cli = setting.origin.startsWith('--');
      const env = setting.origin.startsWith('KC_');
      yield {
        messageId: removed ? 'removed' : 'deprecated',
        data: {
          setting: settingText(setting, 'proxy'),
          version: keycloakVersionText(kc),
          headers: cli ? '--proxy-headers' : env ? 'KC_PROXY_HEADERS' : 'proxy-headers',
          http: cli ? '--http-enabled' : env ? 'KC_HTTP_ENABLED' : 'http-enabled',
        },
        at: setting.at,
        resource: kc.workload.resource,
        severity: removed ? 'error' : 'warning',
        fixId: fixIdOf(value, kc.options.has('proxy-headers'), isTrue(kc.option('http-enabled'))),
        ...(env ? replacement(model, kc, value) : {}),
      };
    }
  },
});

/** The fix text for a value, leaving out what the container already sets. */
function fixIdOf(value: string, headersSet: boolean, httpOn: boolean): string {
  if (value === 'edge') {
    if (headersSet) return httpOn ? 'covered' : 'edgeHttp';
    return httpOn ? 'reencrypt' : 'edge';
  }
  if (value === 'reencrypt') return headersSet ? 'covered' : 'reencrypt';
  return value === 'passthrough' ? 'passthrough' : 'default';
}

/**
 * The edit that retires KC_PROXY when the replacement is certain: an entry of the
 * container's own `env` with a literal value, the only source of the option, in an image
 * that reads KC_* variables as kc.sh does. `none`, and `passthrough` where no hostname v1
 * option depends on it, are removed. `edge` and `reencrypt` become KC_PROXY_HEADERS: kept
 * as it is when already set, else `xforwarded`, only when every front of the pods is an
 * ingress-nginx Ingress (its template sets X-Forwarded-*, not Forwarded) without snippets
 * that could change the headers; `edge` also needs KC_HTTP_ENABLED=true.
 */
function replacement(model: Model, kc: KeycloakContainer, value: string) {
  if (kc.distribution !== 'quarkus' || (kc.optionSources.get('proxy') ?? []).length !== 1)
    return {};
  const index = soleEnvEntry(kc, 'KC_PROXY');
  const editor = YamlEditor.of(kc.workload.resource);
  if (index === undefined || !editor) return {};
  const entry = [...kc.path, 'env', index];
  const written = editor.scalar([...entry, 'value']);
  if (typeof written?.value !== 'string' || written.value.trim().toLowerCase() !== value) return {};
  const remove = () => ({ ...editsOf(wrap(editor.removeItem([...kc.path, 'env'], index))) });
  if (value === 'none') return remove();
  if (value === 'passthrough') return hostnameV1(kc) === false ? remove() : {};
  const http: { name: string; value: string }[] = [];
  if (value === 'edge') {
    const enabled = kc.option('http-enabled');
    if (enabled && !isTrue(enabled)) return {};
    if (!enabled) {
      if (!envAbsent(kc, 'KC_HTTP_ENABLED')) return {};
      http.push({ name: 'KC_HTTP_ENABLED', value: 'true' });
    }
  }
  const headers = kc.option('proxy-headers');
  if (headers) {
    // Already set: the proxy option only has to go (and HTTP be enabled for edge).
    const known = ['forwarded', 'xforwarded'].includes(headers.value?.trim() ?? '');
    if (!known) return {};
    const removed = editor.removeItem([...kc.path, 'env'], index);
    const added = addEnv(editor, kc, http);
    return removed && added ? editsOf({ edits: [...removed, ...added] }) : {};
  }
  if (!envAbsent(kc, 'KC_PROXY_HEADERS') || !sendsXForwarded(model, kc)) return {};
  const name = editor.scalar([...entry, 'name']);
  const renamed = name ? editor.replaceScalar(name, 'KC_PROXY_HEADERS') : undefined;
  const style = editor.replaceScalar(written, 'xforwarded');
  const added = addEnv(editor, kc, http);
  if (!renamed || !style || !added) return {};
  return editsOf({ edits: [...renamed, ...style, ...added] });
}

const wrap = (edits: TextEdit[] | undefined) => (edits ? { edits } : undefined);

/** Annotations that can rewrite the headers ingress-nginx sends upstream. */
const SNIPPETS = ['configuration-snippet', 'server-snippet', 'location-snippet'];

/** Whether every front of the pods is an ingress-nginx Ingress that sends X-Forwarded-*. */
function sendsXForwarded(model: Model, kc: KeycloakContainer): boolean {
  const fronts = frontsOf(model).filter((f) => f.keycloak.includes(kc.workload));
  return (
    fronts.length > 0 &&
    fronts.every(
      (f) =>
        f.kind === 'Ingress' &&
        f.controller === 'ingress-nginx' &&
        !SNIPPETS.some((s) => `nginx.ingress.kubernetes.io/${s}` in f.resource.annotations),
    )
  );
}
