import { posix } from 'node:path';
import { annotationSuppression, commentSuppressions } from '../engine/suppressions.js';
import type { LoadProblem, ParsedDocument } from '../load/parse.js';
import type { SourceDocument, SourceFile } from '../load/source.js';
import { validateShape } from '../shape/validate.js';
import { push, ResourceIndex, sameNamespace } from './index.js';
import { buildIngressViews } from './ingress.js';
import { keycloakContainersOf } from './keycloak.js';
import { CONFIG_MAP, SERVICE } from './kinds.js';
import { crVersion, isKeycloakCr, operatorObjects } from './operator.js';
import {
  asArray,
  asObject,
  asString,
  type ObjectProblem,
  type Resource,
  resourcesOf,
} from './resource.js';
import { matchesServiceSelector } from './selector.js';
import type {
  ControllerFamily,
  DiscoveryView,
  KeycloakContainer,
  Model,
  ShapeProblem,
  Workload,
} from './types.js';
import type { Version } from './version.js';
import { podTemplateOf, replicasOf } from './workload.js';

export interface ModelOptions {
  /** Namespace of resources that name none (`--namespace`). */
  readonly defaultNamespace?: string | undefined;
  readonly keycloakVersion?: Version | undefined;
  /** `Kind/namespace/name` (`*` for any namespace) of objects that exist outside the files. */
  readonly externalResources?: ReadonlySet<string>;
  /** Ingress class names mapped to controller families by the configuration. */
  readonly ingressClasses?: Readonly<Record<string, ControllerFamily>>;
  /** More names of the ingress-nginx controller ConfigMap: `name` or `namespace/name`. */
  readonly ingressNginxConfigMaps?: readonly string[];
  /** Read `# keycloak-lint-disable` comments (default true). */
  readonly inlineConfig?: boolean;
}

/** Builds the indexed model of one run from every parsed document. */
export function buildModel(
  documents: readonly ParsedDocument[],
  problems: readonly LoadProblem[],
  files: number,
  options: ModelOptions,
): Model {
  const patches = kustomizePatches(documents);
  const resources: Resource[] = [];
  const objectProblems: ObjectProblem[] = [];
  for (const document of documents) {
    // A kustomize patch is a fragment of a resource defined elsewhere, not a resource.
    if (patches.has(document.doc.file.displayPath)) continue;
    const found = resourcesOf(document, options.defaultNamespace);
    for (const resource of found.resources) resources.push(resource);
    for (const problem of found.problems) objectProblems.push(problem);
  }
  const shapeProblems: ShapeProblem[] = resources.flatMap(validateShape);
  // A Keycloak CR stands for the objects the operator makes of it; they join the universe.
  for (const cr of resources.filter(isKeycloakCr)) {
    resources.push(...operatorObjects(cr, crVersion(cr, options.keycloakVersion)));
  }
  const index = new ResourceIndex(resources);

  const workloads: Workload[] = [];
  for (const resource of resources) {
    const template = podTemplateOf(resource);
    if (!template) continue;
    const keycloak: KeycloakContainer[] = [];
    const workload: Workload = {
      resource,
      podSpecPath: template.specPath,
      podSpec: template.spec,
      podLabels: template.labels,
      replicas: replicasOf(resource, index),
      keycloak,
    };
    for (const kc of keycloakContainersOf(workload, index, options)) keycloak.push(kc);
    workloads.push(workload);
  }

  // Services by one of their selector pairs, so that finding the Services of a pod
  // template is a lookup per label rather than a scan of every Service.
  const servicesByLabel = new Map<string, Resource[]>();
  const selectorOf = (service: Resource): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(asObject(service.spec.selector) ?? {}))
      if (typeof v === 'string') out[k] = v;
    return out;
  };
  for (const service of index.ofKind(SERVICE)) {
    const first = Object.entries(selectorOf(service))[0];
    if (!first) continue;
    push(servicesByLabel, `${first[0]}=${first[1]}`, service);
  }
  const workloadsByLabel = new Map<string, Workload[]>();
  for (const workload of workloads) {
    for (const [k, v] of Object.entries(workload.podLabels))
      push(workloadsByLabel, `${k}=${v}`, workload);
  }

  const selectingCache = new Map<Workload, Resource[]>();
  const servicesSelecting = (workload: Workload): Resource[] => {
    const cached = selectingCache.get(workload);
    if (cached) return cached;
    const found = new Set<Resource>();
    for (const [k, v] of Object.entries(workload.podLabels)) {
      for (const service of servicesByLabel.get(`${k}=${v}`) ?? []) {
        if (
          sameNamespace(service.namespace, workload.resource.namespace) &&
          matchesServiceSelector(selectorOf(service), workload.podLabels)
        ) {
          found.add(service);
        }
      }
    }
    const result = [...found];
    selectingCache.set(workload, result);
    return result;
  };
  const selectedCache = new Map<Resource, Workload[]>();
  const workloadsSelectedBy = (service: Resource): Workload[] => {
    const cached = selectedCache.get(service);
    if (cached) return cached;
    const selector = selectorOf(service);
    const first = Object.entries(selector)[0];
    const found = first
      ? (workloadsByLabel.get(`${first[0]}=${first[1]}`) ?? []).filter(
          (w) =>
            sameNamespace(w.resource.namespace, service.namespace) &&
            matchesServiceSelector(selector, w.podLabels),
        )
      : [];
    selectedCache.set(service, found);
    return found;
  };

  const discovery = (kc: KeycloakContainer): DiscoveryView | undefined => {
    const query = kc.cluster.dnsQuery;
    if (!query) return undefined;
    const own = kc.workload.resource.namespace;
    const mismatch =
      query.namespace !== undefined && own !== undefined && query.namespace !== own
        ? query.namespace
        : undefined;
    let services = index.findAll(SERVICE, query.namespace ?? own, query.service);
    // The query names another namespace but the Service sits beside the workload: that is
    // the intended one, and the namespace is what is wrong.
    if (services.length === 0 && mismatch) services = index.findAll(SERVICE, own, query.service);
    const externals = options.externalResources ?? new Set<string>();
    const external =
      externals.has(`Service/${query.namespace ?? own ?? '*'}/${query.service}`) ||
      externals.has(`Service/*/${query.service}`);
    return { query, services, namespaceMismatch: mismatch, external };
  };

  const keycloak = workloads.flatMap((w) => w.keycloak);
  const ingresses = buildIngressViews(index, workloadsSelectedBy, options.ingressClasses);
  const controllerNames = new Set([
    'ingress-nginx-controller', // the Helm chart's name
    'nginx-configuration', // the static manifests' name
    ...(options.ingressNginxConfigMaps ?? []),
  ]);
  const nginxControllerConfigMaps = index
    .ofKind(CONFIG_MAP)
    .filter((c) => controllerNames.has(c.name) || controllerNames.has(`${c.namespace}/${c.name}`));

  return {
    index,
    files,
    problems,
    objectProblems,
    shapeProblems,
    workloads,
    keycloak,
    ingresses,
    servicesSelecting,
    workloadsSelectedBy,
    discovery,
    isExternal: (kind, namespace, name) => {
      const externals = options.externalResources ?? new Set<string>();
      return (
        externals.has(`${kind}/*/${name}`) ||
        (namespace !== undefined && externals.has(`${kind}/${namespace}/${name}`)) ||
        // An unspecified namespace may be any: an entry for any namespace matches it.
        (namespace === undefined &&
          [...externals].some((e) => e.startsWith(`${kind}/`) && e.endsWith(`/${name}`)))
      );
    },
    nginxControllerConfigMaps,
    // --no-inline-config audits everything the manifests themselves suppress.
    suppressions:
      options.inlineConfig === false
        ? []
        : [
            ...[...documentsByFile(documents)].flatMap(([file, docs]) =>
              commentSuppressions(file, docs),
            ),
            ...resources.flatMap((r) => annotationSuppression(r) ?? []),
          ],
  };
}

/** The documents of each file, in one pass (a filter per file would be quadratic). */
function documentsByFile(documents: readonly ParsedDocument[]): Map<SourceFile, SourceDocument[]> {
  const out = new Map<SourceFile, SourceDocument[]>();
  for (const { doc } of documents) push(out, doc.file, doc);
  return out;
}

const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

/**
 * Files that kustomizations in the run use as patches (`patches`, `patchesStrategicMerge`,
 * `patchesJson6902`), as display paths. Their documents are fragments, so linting a
 * kustomize base folder does not report them as duplicates of what they patch.
 */
function kustomizePatches(documents: readonly ParsedDocument[]): Set<string> {
  const out = new Set<string>();
  for (const { doc, value } of documents) {
    const object = asObject(value);
    const isKustomization =
      KUSTOMIZATION_FILE.test(doc.file.displayPath) ||
      object?.kind === 'Kustomization' ||
      object?.kind === 'Component';
    if (!object || !isKustomization) continue;
    const dir = posix.dirname(doc.file.displayPath);
    const paths = [
      ...asArray(object.patches).map((p) => asString(asObject(p)?.path)),
      ...asArray(object.patchesJson6902).map((p) => asString(asObject(p)?.path)),
      ...asArray(object.patchesStrategicMerge).map((p) => asString(p)),
    ];
    for (const path of paths) {
      // Inline patches (YAML text) are not paths.
      if (path && !path.includes('\n')) out.add(posix.normalize(posix.join(dir, path)));
    }
  }
  return out;
}
