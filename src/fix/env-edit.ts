import { asArray, asObject, asString, valueAt } from '../model/resource.js';
import type { KeycloakContainer } from '../model/types.js';
import type { TextEdit, YamlEditor } from './yaml-edit.js';

/**
 * The index of the one `env` entry that sets a variable, when the variable is set exactly
 * there: not also by `envFrom` (which `env` would win over, but a reader would not expect
 * the edit to leave a second source), and by no second entry.
 */
export function soleEnvEntry(kc: KeycloakContainer, name: string): number | undefined {
  const variable = kc.env.vars.get(name);
  if (!variable || variable.index === undefined) return undefined;
  const entries = asArray(valueAt(kc.workload.resource.value, [...kc.path, 'env']));
  const named = entries.filter((e) => asString(asObject(e)?.name) === name);
  if (named.length !== 1 || kc.opaque.length > 0) return undefined;
  return variable.index;
}

/** Whether the container's environment certainly lacks a variable (no opaque envFrom). */
export function envAbsent(kc: KeycloakContainer, name: string): boolean {
  return !kc.env.vars.has(name) && kc.opaque.length === 0;
}

/** Appends `name=value` to the container's env list (created when absent). */
export function addEnv(
  editor: YamlEditor,
  kc: KeycloakContainer,
  vars: readonly { name: string; value: string }[],
): TextEdit[] | undefined {
  if (vars.some((v) => !envAbsent(kc, v.name))) return undefined;
  return editor.append(
    [...kc.path, 'env'],
    vars.map((v) => ({ name: v.name, value: v.value })),
  );
}

/**
 * Adds a JVM option to JAVA_OPTS_APPEND: after the flags of a literal value written in
 * `env`, or as a new entry when the variable is absent. Anything else (a value from a
 * Secret, an envFrom source) is not certain.
 */
export function appendJvmOption(
  editor: YamlEditor,
  kc: KeycloakContainer,
  option: string,
): TextEdit[] | undefined {
  const name = 'JAVA_OPTS_APPEND';
  if (envAbsent(kc, name)) return addEnv(editor, kc, [{ name, value: option }]);
  const index = soleEnvEntry(kc, name);
  if (index === undefined) return undefined;
  const node = editor.scalar([...kc.path, 'env', index, 'value']);
  if (!node || typeof node.value !== 'string') return undefined;
  const current = node.value.trimEnd();
  return editor.replaceScalar(node, current ? `${current} ${option}` : option);
}
