import type { Path } from '../load/source.js';
import { type ResourceIndex, sameNamespace } from './index.js';
import { DAEMON_SET, HPA, isKind, POD, WORKLOAD_KINDS } from './kinds.js';
import { asObject, asString, type JsonObject, type Resource } from './resource.js';
import type { Replicas, Workload } from './types.js';

/** The pod template of a workload kind, or undefined for other kinds. */
export function podTemplateOf(
  resource: Resource,
): { specPath: Path; spec: JsonObject; labels: Record<string, string> } | undefined {
  if (!isKind(WORKLOAD_KINDS, resource.group, resource.kind)) return undefined;
  if (isKind(POD, resource.group, resource.kind)) {
    return { specPath: ['spec'], spec: resource.spec, labels: { ...resource.labels } };
  }
  const template = asObject(resource.spec.template);
  const spec = asObject(template?.spec);
  if (!template || !spec) return undefined;
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(asObject(template.metadata)?.labels) ?? {})) {
    if (typeof v === 'string') labels[k] = v;
  }
  return { specPath: ['spec', 'template', 'spec'], spec, labels };
}

/** Replicas as the cluster will run them: the larger of `spec.replicas` and an HPA's maximum. */
export function replicasOf(resource: Resource, index: ResourceIndex): Replicas {
  if (isKind(DAEMON_SET, resource.group, resource.kind)) {
    return {
      count: undefined,
      clustered: true,
      at: resource.at(['spec']),
      text: 'one pod per node',
    };
  }
  if (isKind(POD, resource.group, resource.kind)) {
    return { count: 1, clustered: false, at: resource.at(['metadata', 'name']), text: '1 replica' };
  }
  const raw = resource.spec.replicas;
  const declared =
    typeof raw === 'number' && Number.isInteger(raw) && !resource.isInvalid(['spec', 'replicas'])
      ? raw
      : 1;
  const at = resource.at(['spec', 'replicas']);
  const hpa = index.ofKind(HPA).find((h) => targets(h, resource));
  const max = hpa ? hpa.spec.maxReplicas : undefined;
  if (hpa && typeof max === 'number' && max > declared) {
    return {
      count: max,
      clustered: max > 1,
      at: hpa.at(['spec', 'maxReplicas']),
      hpa,
      text: `up to ${max} replicas through HorizontalPodAutoscaler ${hpa.name}`,
    };
  }
  return {
    count: declared,
    clustered: declared > 1,
    at,
    text: `${declared} replica${declared === 1 ? '' : 's'}`,
  };
}

function targets(hpa: Resource, resource: Resource): boolean {
  const ref = asObject(hpa.spec.scaleTargetRef);
  return (
    asString(ref?.kind) === resource.kind &&
    asString(ref?.name) === resource.name &&
    sameNamespace(hpa.namespace, resource.namespace)
  );
}

export type { Workload };
