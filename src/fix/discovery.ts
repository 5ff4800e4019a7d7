import { SERVICE } from '../model/kinds.js';
import type { JsonObject } from '../model/resource.js';
import type { KeycloakContainer, Model } from '../model/types.js';
import { addEnv, envAbsent, soleEnvEntry } from './env-edit.js';
import { type TextEdit, YamlEditor } from './yaml-edit.js';

/**
 * The edits that give a clustered container DNS discovery: `-Djgroups.dns.query` in
 * JAVA_OPTS_APPEND pointing at the one headless Service that selects its pods, or at a new
 * headless Service `<workload>-discovery` appended after the workload's document (its
 * namespace, a selector equal to the pod labels, `clusterIP: None`,
 * `publishNotReadyAddresses: true`, the JGroups ports). `env` adds further variables in the
 * same edit of the env list. Undefined when any part is not certain.
 */
export function discoveryEdits(
  model: Model,
  kc: KeycloakContainer,
  env: readonly { name: string; value: string }[] = [],
): { edits: TextEdit[]; query: string } | undefined {
  const workload = kc.workload;
  const resource = workload.resource;
  const editor = YamlEditor.of(resource);
  if (!editor) return undefined;
  const headless = model.servicesSelecting(workload).filter((s) => s.spec.clusterIP === 'None');
  if (headless.length > 1) return undefined;
  let query: string;
  const edits: TextEdit[] = [];
  // The new document goes last: an insertion at the same offset (the end of the
  // workload's env list ending its document) must come before it.
  const documents: TextEdit[] = [];
  if (headless[0]) {
    const service = headless[0];
    // TODO(#7): a bare `<service>` relies on the pod's DNS search domains, which the facts
    // do not verify for JGroups' resolver; without a namespace the query is not certain.
    if (!service.namespace) return undefined;
    query = `${service.name}.${service.namespace}`;
  } else {
    const created = newService(model, kc, editor);
    if (!created) return undefined;
    query = created.query;
    documents.push(...created.edits);
  }
  const option = `-Djgroups.dns.query=${query}`;
  const name = 'JAVA_OPTS_APPEND';
  if (envAbsent(kc, name)) {
    const added = addEnv(editor, kc, [...env, { name, value: option }]);
    if (!added) return undefined;
    edits.push(...added);
  } else {
    const index = soleEnvEntry(kc, name);
    const node =
      index === undefined ? undefined : editor.scalar([...kc.path, 'env', index, 'value']);
    if (!node || typeof node.value !== 'string') return undefined;
    const current = node.value.trimEnd();
    const replaced = editor.replaceScalar(node, current ? `${current} ${option}` : option);
    const added = addEnv(editor, kc, env);
    if (!replaced || !added) return undefined;
    edits.push(...replaced, ...added);
  }
  return { edits: [...edits, ...documents], query };
}

function newService(
  model: Model,
  kc: KeycloakContainer,
  editor: YamlEditor,
): { edits: TextEdit[]; query: string } | undefined {
  const workload = kc.workload;
  const resource = workload.resource;
  // An item of a List has no document of its own to stand beside.
  if (resource.base.length > 0 || !resource.name) return undefined;
  const labels = workload.podLabels;
  if (Object.keys(labels).length === 0) return undefined;
  // The selector would also pick the pods of another workload: which labels to add is a choice.
  const selectsOthers = model.workloads.some(
    (w) => w !== workload && Object.entries(labels).every(([k, v]) => w.podLabels[k] === v),
  );
  if (selectsOthers) return undefined;
  const namespace = resource.namespace;
  // The query names the namespace (see above): unknown, the fix is not certain.
  if (!namespace) return undefined;
  // A StatefulSet's governing Service, when it is missing, is the natural one to create.
  const governing = resource.kind === 'StatefulSet' ? resource.spec.serviceName : undefined;
  const name =
    typeof governing === 'string' &&
    governing !== '' &&
    !model.index.find(SERVICE, namespace, governing) &&
    !model.isExternal('Service', namespace, governing)
      ? governing
      : `${resource.name}-discovery`;
  if (name.length > 63) return undefined;
  if (model.index.find(SERVICE, namespace, name) || model.isExternal('Service', namespace, name))
    return undefined;
  const transport = kc.cluster.transportPort;
  const fd = kc.cluster.failureDetectionPort;
  if (transport.unknown || fd.unknown) return undefined;
  const metadata: JsonObject = { name };
  if (resource.explicitNamespace) metadata.namespace = resource.explicitNamespace;
  const service: JsonObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: {
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector: { ...labels },
      ports: [
        { name: 'jgroups', port: transport.port },
        { name: 'jgroups-fd', port: fd.port },
      ],
    },
  };
  const edits = editor.appendDocument(service);
  if (!edits) return undefined;
  return { edits, query: `${name}.${namespace}` };
}

/** A fix as a Draft's spread. */
export function editsOf(fix: { edits: readonly TextEdit[] } | undefined): {
  edits?: readonly TextEdit[];
} {
  return fix && fix.edits.length > 0 ? { edits: fix.edits } : {};
}
