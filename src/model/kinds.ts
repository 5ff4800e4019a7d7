/** A kind in one API group, as the index keys it. */
export interface KindRef {
  readonly group: string;
  readonly kind: string;
}

const kind = (kind: string, ...groups: string[]): KindRef[] =>
  groups.map((group) => ({ group, kind }));

// Older API groups are read like their current forms: old manifests are still setups.
export const DEPLOYMENT = kind('Deployment', 'apps', 'extensions');
export const STATEFUL_SET = kind('StatefulSet', 'apps');
export const DAEMON_SET = kind('DaemonSet', 'apps', 'extensions');
export const REPLICA_SET = kind('ReplicaSet', 'apps', 'extensions');
export const POD = kind('Pod', '');
export const WORKLOAD_KINDS = [
  ...DEPLOYMENT,
  ...STATEFUL_SET,
  ...DAEMON_SET,
  ...REPLICA_SET,
  ...POD,
];
export const SERVICE = kind('Service', '');
export const CONFIG_MAP = kind('ConfigMap', '');
export const SECRET = kind('Secret', '');
export const INGRESS = kind('Ingress', 'networking.k8s.io', 'extensions');
export const INGRESS_CLASS = kind('IngressClass', 'networking.k8s.io');
export const HPA = kind('HorizontalPodAutoscaler', 'autoscaling');
export const NAMESPACE = kind('Namespace', '');
export const KEYCLOAK_CR = kind('Keycloak', 'k8s.keycloak.org');

export function isKind(refs: readonly KindRef[], group: string, name: string): boolean {
  return refs.some((ref) => ref.group === group && ref.kind === name);
}

/** Kinds without a namespace: the API server ignores a `metadata.namespace` written on them. */
export const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'IngressClass',
  'PriorityClass',
  'RuntimeClass',
  'CSIDriver',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
  'ClusterIssuer',
  'GatewayClass',
  'VolumeSnapshotClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
]);
