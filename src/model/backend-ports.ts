import type { Path } from '../load/source.js';
import { asArray, asObject, type Json, type Resource } from './resource.js';
import type { Workload } from './types.js';

/** A port of a Service, with where it is written. */
export interface ServicePort {
  readonly index: number;
  readonly name: string | undefined;
  readonly port: number | undefined;
  /** `targetPort`, or the port itself when it is absent (Kubernetes' default). */
  readonly target: number | string | undefined;
  readonly targetWritten: boolean;
}

export function servicePorts(service: Resource): ServicePort[] {
  return asArray(service.spec.ports).flatMap((p, index) => {
    const port = asObject(p);
    if (!port) return [];
    const number = typeof port.port === 'number' ? port.port : undefined;
    const target = port.targetPort;
    const written = typeof target === 'number' || typeof target === 'string';
    return [
      {
        index,
        name: typeof port.name === 'string' ? port.name : undefined,
        port: number,
        target: written ? (target as number | string) : number,
        targetWritten: written,
      },
    ];
  });
}

export function servicePortPath(port: ServicePort): Path {
  return ['spec', 'ports', port.index, ...(port.targetWritten ? ['targetPort'] : ['port'])];
}

/** The port the reference selects: by number or by name. */
export function findServicePort(
  service: Resource,
  ref: { readonly number?: number; readonly name?: string },
): ServicePort | undefined {
  return servicePorts(service).find((p) =>
    ref.number !== undefined ? p.port === ref.number : p.name === ref.name,
  );
}

const numeric = (text: string | undefined): number | undefined =>
  text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;

/**
 * Whether a Service's target port reaches a port of the workload's pods: a named port must
 * be declared by a container; a number must be declared by a container or be one Keycloak
 * listens on (its HTTP, HTTPS or management port, as configured). Undefined when it cannot
 * be told (a port option whose value is unknown).
 */
export function targetReachesPod(workload: Workload, target: number | string): boolean | undefined {
  const containers = [
    ...asArray(workload.podSpec.containers),
    // Native sidecars: init containers that keep running.
    ...asArray(workload.podSpec.initContainers).filter(
      (c) => asObject(c)?.restartPolicy === 'Always',
    ),
  ];
  const declared = containers.flatMap((c) =>
    asArray(asObject(c)?.ports).map((p: Json) => asObject(p) ?? {}),
  );
  if (typeof target === 'string') {
    const asNumber = numeric(target);
    if (asNumber === undefined) return declared.some((p) => p.name === target);
    target = asNumber;
  }
  if (declared.some((p) => p.containerPort === target)) return true;
  let unknown = false;
  for (const kc of workload.keycloak) {
    const listening = new Set<number>();
    if (kc.distribution === 'legacy') {
      for (const p of [8080, 8443, 9990]) listening.add(p);
    } else {
      const options: [string, number][] = [
        ['http-port', 8080],
        ['https-port', 8443],
        ['http-management-port', 9000],
      ];
      for (const [option, fallback] of options) {
        const setting = kc.option(option);
        if (setting && setting.value === undefined) unknown = true;
        listening.add(setting ? (numeric(setting.value) ?? fallback) : fallback);
      }
      if (kc.distribution === 'bitnami') {
        // Bitnami's entrypoint reads its own KEYCLOAK_*_PORT variables.
        for (const [name, variable] of kc.env.vars) {
          if (!/^KEYCLOAK_\w*PORT$/.test(name)) continue;
          const value = numeric(variable.value);
          if (value !== undefined) listening.add(value);
          else unknown = true;
        }
      }
    }
    if (listening.has(target)) return true;
  }
  return unknown ? undefined : false;
}
