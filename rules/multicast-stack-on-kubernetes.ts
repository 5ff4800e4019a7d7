import { defineRule } from '../src/engine/rule.js';
import { discoveryEdits } from '../src/fix/discovery.js';
import { envAbsent, soleEnvEntry } from '../src/fix/env-edit.js';
import { YamlEditor } from '../src/fix/yaml-edit.js';
import { keycloakVersionText, workloadName } from '../src/model/describe.js';
import { MULTICAST_STACKS, MULTICAST_USE, recommendedStackFix } from '../src/model/facts.js';
import {
  mayHideJvmOptions,
  stackLocation,
  stackOrigin,
  withTransport,
} from '../src/model/query.js';
import type { KeycloakContainer, Model } from '../src/model/types.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'multicast-stack-on-kubernetes',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Forbid transport stacks that rely on IP multicast',
    rationale:
      'The `udp` and `tcp` stacks discover members by IP multicast (PING, MPING), and ' +
      '`jdbc-ping-udp` sends cluster messages by multicast. Kubernetes does not guarantee ' +
      'multicast between pods, and where the pod network drops it every pod forms its own ' +
      'cluster ("no members discovered ... creating cluster as coordinator"). From 17 to 26.0 ' +
      '`udp` is the default when no stack is set and the loaded cache XML names none; from 26.1 ' +
      'the default is `jdbc-ping`, which discovers members through the database.',
    fix: 'Choose a stack that does not rely on multicast.',
    fixes: {
      before261:
        'Set KC_CACHE_STACK=kubernetes, add a headless Service (clusterIP: None) selecting the ' +
        'Keycloak pods, and pass -Djgroups.dns.query=<service>.<namespace> in JAVA_OPTS_APPEND; ' +
        'or upgrade to 26.1 or later, whose default jdbc-ping stack discovers members through ' +
        'the shared database.',
      from261:
        'Leave cache-stack unset so that Keycloak uses jdbc-ping, which discovers members ' +
        'through the shared database; the kubernetes stack with a headless Service and ' +
        '-Djgroups.dns.query also works up to 26.2.',
      from263:
        'Leave cache-stack unset so that Keycloak uses jdbc-ping, which discovers members ' +
        'through the shared database.',
      unknown:
        'Use jdbc-ping (the default from 26.1 when cache-stack is unset) or, up to 26.2, the ' +
        'kubernetes stack with a headless Service and -Djgroups.dns.query=<service>.<namespace>.',
      xml:
        'Set cache-stack (it takes precedence over the XML) or the transport stack in {{file}} ' +
        'to a stack without multicast: kubernetes with a headless Service and ' +
        '-Djgroups.dns.query up to 26.2, jdbc-ping from 26.1.',
      operator:
        'Remove cache-stack from additionalOptions (and a multicast stack from the cache file of ' +
        'spec.cache): the operator then uses the kubernetes stack with its own headless ' +
        'discovery Service up to 26.2, and the jdbc-ping default from 26.3.',
    },
    fixable:
      'on 17 to 26.0 when no stack is set (the udp default) or KC_CACHE_STACK, written in the ' +
      "container's env, names a multicast stack, in a container that starts with start (not " +
      '--optimized, as cache-stack is a build option up to 24): KC_CACHE_STACK=' +
      'kubernetes is set together with the DNS discovery the stack needs (the one headless ' +
      'Service that selects the pods, or a new one, and -Djgroups.dns.query in ' +
      'JAVA_OPTS_APPEND, written as <service>.<namespace>, so the namespace must be known). An ' +
      'explicit stack set elsewhere (arguments, keycloak.conf, a ConfigMap), a cache XML and ' +
      'versions from 26.1, where jdbc-ping is the other choice, get a suggestion only.',
    messages: {
      explicit:
        '{{origin}} selects {{use}}; Kubernetes does not guarantee multicast between pods, so ' +
        'the {{replicas}} of {{workload}} may each form their own cluster.',
      byDefault:
        'No cache stack is set, so {{version}} uses its default udp stack ({{use}}); Kubernetes ' +
        'does not guarantee multicast between pods, so the {{replicas}} of {{workload}} may ' +
        'each form their own cluster.',
      fromXml:
        '{{origin}} asks for {{use}}; Kubernetes does not guarantee multicast between pods, so ' +
        'the {{replicas}} of {{workload}} may each form their own cluster.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later (the udp default: 17 to 26.0)',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const { stack } = kc.cluster;
      if (!stack.name || !MULTICAST_STACKS.has(stack.name)) continue;
      const data = {
        origin: stackOrigin(kc),
        use: `the ${stack.name} stack, ${MULTICAST_USE[stack.name]}`,
        replicas: kc.workload.replicas.text,
        workload: workloadName(kc.workload),
        version: keycloakVersionText(kc),
        file: stack.xml?.file ?? '',
      };
      const messageId =
        stack.source === 'default' ? 'byDefault' : stack.source === 'xml' ? 'fromXml' : 'explicit';
      if (stack.source === 'default') data.use = MULTICAST_USE.udp!;
      const fixId =
        stack.source === 'xml' && !stack.xml?.shipped ? 'xml' : recommendedStackFix(kc.version);
      yield {
        messageId,
        data,
        at: stackLocation(kc),
        resource: kc.workload.resource,
        fixId,
        ...(stack.source === 'default' || stack.source === 'option'
          ? kubernetesStack(model, kc)
          : {}),
      };
    }
  },
});

/**
 * The kubernetes stack with its DNS discovery, for the udp default of 17 to 26.0 or a
 * multicast stack set by KC_CACHE_STACK in the container's env: before 26.1 it is the one
 * stack certain to cluster on Kubernetes without other changes (jdbc-ping comes in 26.1,
 * the cloud stacks need their provider's API).
 */
function kubernetesStack(model: Model, kc: KeycloakContainer) {
  const version = kc.version;
  if (!version || !atLeast(version, 17) || atLeast(version, 26, 1)) return {};
  if (kc.distribution !== 'quarkus' || kc.mode.kind !== 'start' || kc.optimized) return {};
  if (mayHideJvmOptions(kc) || kc.properties.has('jgroups.dns.query')) return {};
  if (kc.cluster.stack.source === 'default') {
    if (!envAbsent(kc, 'KC_CACHE_STACK') || kc.option('cache-stack')) return {};
    const fix = discoveryEdits(model, kc, [{ name: 'KC_CACHE_STACK', value: 'kubernetes' }]);
    return fix ? { edits: fix.edits } : {};
  }
  // An explicit stack: only KC_CACHE_STACK written in env, the one source of the option,
  // and no cache file of the user's, whose stacks and transport the fix would not check.
  if (kc.cluster.stack.xml && !kc.cluster.stack.xml.shipped) return {};
  const sources = kc.optionSources.get('cache-stack') ?? [];
  if (sources.length !== 1 || sources[0]?.origin !== 'KC_CACHE_STACK') return {};
  const index = soleEnvEntry(kc, 'KC_CACHE_STACK');
  const editor = YamlEditor.of(kc.workload.resource);
  const node =
    index === undefined ? undefined : editor?.scalar([...kc.path, 'env', index, 'value']);
  if (!editor || typeof node?.value !== 'string') return {};
  const stack = editor.replaceScalar(node, 'kubernetes');
  const fix = discoveryEdits(model, kc);
  return stack && fix ? { edits: [...stack, ...fix.edits] } : {};
}
