import type { Rule } from '../src/engine/rule.js';
import affinityCookieNameCollision from './affinity-cookie-name-collision.js';
import albStickinessInstanceTarget from './alb-stickiness-instance-target.js';
import buildTimeOptionAtRuntime from './build-time-option-at-runtime.js';
import cacheConfigFileInvalid from './cache-config-file-invalid.js';
import cacheStackOverridesConfigFile from './cache-stack-overrides-config-file.js';
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
import ingressBackendNotFound from './ingress-backend-not-found.js';
import ingressClientHeaderBuffersSmall from './ingress-client-header-buffers-small.js';
import ingressProxyBufferTooSmall from './ingress-proxy-buffer-too-small.js';
import ingressTargetsDiscoveryService from './ingress-targets-discovery-service.js';
import invalidFieldType from './invalid-field-type.js';
import invalidYaml from './invalid-yaml.js';
import istioAuthzDeniesJgroups from './istio-authz-denies-jgroups.js';
import istioJgroupsTrafficUnhandled from './istio-jgroups-traffic-unhandled.js';
import istioStrictMtlsJgroups from './istio-strict-mtls-jgroups.js';
import javaOptsReplacesDefaults from './java-opts-replaces-defaults.js';
import jbossNodeNameRemoved from './jboss-node-name-removed.js';
import jgroupsPortExposed from './jgroups-port-exposed.js';
import jgroupsPortsNotDeclared from './jgroups-ports-not-declared.js';
import keycloakVersionUnknown from './keycloak-version-unknown.js';
import kubernetesStackMissingDnsQuery from './kubernetes-stack-missing-dns-query.js';
import legacyDistribution from './legacy-distribution.js';
import legacyEnvIgnored from './legacy-env-ignored.js';
import localCacheWithReplicas from './local-cache-with-replicas.js';
import missingSessionAffinity from './missing-session-affinity.js';
import mixedKeycloakVersions from './mixed-keycloak-versions.js';
import multicastStackOnKubernetes from './multicast-stack-on-kubernetes.js';
import networkpolicyBlocksJgroups from './networkpolicy-blocks-jgroups.js';
import noSharedDatabase from './no-shared-database.js';
import noStartCommand from './no-start-command.js';
import proxyHeadersMissing from './proxy-headers-missing.js';
import proxyOptionObsolete from './proxy-option-obsolete.js';
import traefikStickyOnIngress from './traefik-sticky-on-ingress.js';
import unknownCacheStack from './unknown-cache-stack.js';
import unrenderedTemplate from './unrendered-template.js';
import unusedSuppression from './unused-suppression.js';

/** Every rule, in alphabetical order of id. */
export const rules: readonly Rule[] = [
  affinityCookieNameCollision,
  albStickinessInstanceTarget,
  buildTimeOptionAtRuntime,
  cacheConfigFileInvalid,
  cacheStackOverridesConfigFile,
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
  ingressBackendNotFound,
  ingressClientHeaderBuffersSmall,
  ingressProxyBufferTooSmall,
  ingressTargetsDiscoveryService,
  invalidFieldType,
  invalidYaml,
  istioAuthzDeniesJgroups,
  istioJgroupsTrafficUnhandled,
  istioStrictMtlsJgroups,
  javaOptsReplacesDefaults,
  jbossNodeNameRemoved,
  jgroupsPortExposed,
  jgroupsPortsNotDeclared,
  keycloakVersionUnknown,
  kubernetesStackMissingDnsQuery,
  legacyDistribution,
  legacyEnvIgnored,
  localCacheWithReplicas,
  missingSessionAffinity,
  mixedKeycloakVersions,
  multicastStackOnKubernetes,
  networkpolicyBlocksJgroups,
  noSharedDatabase,
  noStartCommand,
  proxyHeadersMissing,
  proxyOptionObsolete,
  traefikStickyOnIngress,
  unknownCacheStack,
  unrenderedTemplate,
  unusedSuppression,
];
