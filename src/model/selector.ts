import { asArray, asObject, type Json } from './resource.js';

/** A label selector as workloads, NetworkPolicies and PDBs write it. */
export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly { key: string; operator: string; values: string[] }[];
}

export function toLabelSelector(value: Json | undefined): LabelSelector | undefined {
  const object = asObject(value);
  if (!object) return undefined;
  const matchLabels: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(object.matchLabels) ?? {})) {
    if (typeof v === 'string') matchLabels[k] = v;
  }
  const matchExpressions = asArray(object.matchExpressions).flatMap((entry) => {
    const e = asObject(entry);
    if (!e || typeof e.key !== 'string' || typeof e.operator !== 'string') return [];
    const values = asArray(e.values).filter((v): v is string => typeof v === 'string');
    return [{ key: e.key, operator: e.operator, values }];
  });
  return { matchLabels, matchExpressions };
}

/** Label-selector semantics: every requirement must hold; an empty selector selects all. */
export function matchesLabelSelector(
  selector: LabelSelector,
  labels: Readonly<Record<string, string>>,
): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    if (labels[key] !== value) return false;
  }
  for (const { key, operator, values } of selector.matchExpressions) {
    const has = Object.hasOwn(labels, key);
    const value = labels[key];
    switch (operator) {
      case 'In':
        if (!has || !values.includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // An unknown operator is rejected by the API server; select nothing.
        return false;
    }
  }
  return true;
}

/** Service-selector semantics: equality on every pair; an empty selector selects nothing. */
export function matchesServiceSelector(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}
