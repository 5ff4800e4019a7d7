import type { Rule } from '../src/engine/rule.js';
import affinityCookieNameCollision from './affinity-cookie-name-collision.js';
import cloudStackOnKubernetes from './cloud-stack-on-kubernetes.js';
import deprecatedCacheStack from './deprecated-cache-stack.js';
import devModeWithReplicas from './dev-mode-with-replicas.js';
import discoveryServiceNotPublishingUnready from './discovery-service-not-publishing-unready.js';
import discoveryServiceSelectorMismatch from './discovery-service-selector-mismatch.js';
import dnsQueryNamespaceMismatch from './dns-query-namespace-mismatch.js';
import dnsQueryServiceNotFound from './dns-query-service-not-found.js';
import dnsQueryServiceNotHeadless from './dns-query-service-not-headless.js';
import duplicateResource from './duplicate-resource.js';
import envVarOverridden from './env-var-overridden.js';
import healthProbeWithoutHealthEnabled from './health-probe-without-health-enabled.js';
import healthProbeWrongPort from './health-probe-wrong-port.js';
import hostnameAdminNotUrl from './hostname-admin-not-url.js';
import hostnameNotConfigured from './hostname-not-configured.js';
import hostnameV1OptionRemoved from './hostname-v1-option-removed.js';
import httpDisabledBehindEdgeProxy from './http-disabled-behind-edge-proxy.js';
import ingressAnnotationIgnored from './ingress-annotation-ignored.js';
import ingressProxyBufferTooSmall from './ingress-proxy-buffer-too-small.js';
import invalidFieldType from './invalid-field-type.js';
import invalidYaml from './invalid-yaml.js';
import javaOptsReplacesDefaults from './java-opts-replaces-defaults.js';
import jgroupsPortsNotDeclared from './jgroups-ports-not-declared.js';
import keycloakVersionUnknown from './keycloak-version-unknown.js';
import kubernetesStackMissingDnsQuery from './kubernetes-stack-missing-dns-query.js';
import legacyDistribution from './legacy-distribution.js';
import localCacheWithReplicas from './local-cache-with-replicas.js';
import missingSessionAffinity from './missing-session-affinity.js';
import multicastStackOnKubernetes from './multicast-stack-on-kubernetes.js';
import noSharedDatabase from './no-shared-database.js';
import proxyHeadersMissing from './proxy-headers-missing.js';
import proxyOptionObsolete from './proxy-option-obsolete.js';
import unknownCacheStack from './unknown-cache-stack.js';
import unrenderedTemplate from './unrendered-template.js';
import unusedSuppression from './unused-suppression.js';

/** Every rule, in alphabetical order of id. */
export const rules: readonly Rule[] = [
  affinityCookieNameCollision,
  cloudStackOnKubernetes,
  deprecatedCacheStack,
  devModeWithReplicas,
  discoveryServiceNotPublishingUnready,
  discoveryServiceSelectorMismatch,
  dnsQueryNamespaceMismatch,
  dnsQueryServiceNotFound,
  dnsQueryServiceNotHeadless,
  duplicateResource,
  envVarOverridden,
  healthProbeWithoutHealthEnabled,
  healthProbeWrongPort,
  hostnameAdminNotUrl,
  hostnameNotConfigured,
  hostnameV1OptionRemoved,
  httpDisabledBehindEdgeProxy,
  ingressAnnotationIgnored,
  ingressProxyBufferTooSmall,
  invalidFieldType,
  invalidYaml,
  javaOptsReplacesDefaults,
  jgroupsPortsNotDeclared,
  keycloakVersionUnknown,
  kubernetesStackMissingDnsQuery,
  legacyDistribution,
  localCacheWithReplicas,
  missingSessionAffinity,
  multicastStackOnKubernetes,
  noSharedDatabase,
  proxyHeadersMissing,
  proxyOptionObsolete,
  unknownCacheStack,
  unrenderedTemplate,
  unusedSuppression,
];
