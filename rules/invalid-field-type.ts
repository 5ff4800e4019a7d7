import { defineRule } from '../src/engine/rule.js';
import { scalarSource } from '../src/load/nodes.js';
import type { Path } from '../src/load/source.js';
import { kindAndName } from '../src/model/describe.js';
import { type Resource, valueAt } from '../src/model/resource.js';

export default defineRule({
  id: 'invalid-field-type',
  meta: {
    severity: 'error',
    category: 'input',
    summary: 'Report fields whose type the Kubernetes API rejects',
    rationale:
      'The API server rejects an object whose fields have the wrong type: an env value written ' +
      'as an unquoted `true` or `7800`, a port or replica count written as a string, a ' +
      'non-string annotation. The object is never applied, so whatever it configures does not ' +
      'happen. keycloak-lint treats such a field as absent.',
    fix: 'Write {{field}} as {{expected}}.',
    fixes: {
      quote: 'Quote the value: {{field}}: "{{text}}".',
      missing: 'Add {{field}}.',
      misspelt: 'Write {{field}} (field names are case-sensitive).',
      notAList: 'Write items as a list of objects.',
      notAnObject: 'Write each item as a Kubernetes object (apiVersion, kind, metadata, ...).',
      topLevelList:
        'Write each object as its own YAML document (separated by ---), or wrap them in ' +
        'apiVersion: v1, kind: List, items: [...].',
    },
    messages: {
      wrongType:
        '{{field}} must be {{expected}}, not {{actual}}; the API server rejects {{resource}} as ' +
        'written.',
      missing:
        'The object has no {{field}}, so kubectl cannot apply it; it is left out of the checks.',
      misspelt:
        '{{found}} is not {{field}}, so kubectl cannot apply the object; it is left out of the ' +
        'checks.',
      notAList: 'items must be a list; kubectl cannot apply the list as written.',
      notAnObject:
        'This item of the list is {{found}}, not an object, so kubectl cannot apply the list as ' +
        'written.',
      topLevelList:
        'This document is a bare list of objects, which kubectl does not read as manifests; the ' +
        'objects in it are left out of the checks.',
    },
    appliesTo: [
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'Pod',
      'Service',
      'Ingress',
      'ConfigMap',
      'Secret',
      'HorizontalPodAutoscaler',
      'IngressClass',
    ],
  },
  *check(model) {
    for (const problem of model.objectProblems) {
      const { field, kind, found } = problem;
      yield { messageId: kind, data: { field, found: found ?? '' }, at: problem.at, fixId: kind };
    }
    for (const problem of model.shapeProblems) {
      const { resource, path, expected, actual } = problem;
      // Quote what was written (YAML reads 26.0 as 26 and 010 as 8), except a YAML 1.1
      // boolean (`yes`, `on`) in a Keycloak option variable, which must become `true`.
      const boolean = /^the boolean (.*)$/.exec(actual)?.[1];
      const source = /^the (number|boolean) /.test(actual)
        ? scalarSource(resource.at(path))
        : undefined;
      const written = boolean !== undefined && isKeycloakOption(resource, path) ? boolean : source;
      const quote = expected === 'a string' && written !== undefined;
      yield {
        messageId: 'wrongType',
        data: {
          field: fieldName(path),
          expected,
          actual: written !== undefined && boolean === undefined ? `the number ${written}` : actual,
          resource: kindAndName(resource),
          text: written ?? '',
        },
        at: resource.at(path),
        resource,
        ...(quote ? { fixId: 'quote' } : {}),
      };
    }
  },
});

/** Whether the path is the value of a `KC_*` env entry, which Keycloak reads as an option. */
function isKeycloakOption(resource: Resource, path: Path): boolean {
  if (path[path.length - 1] !== 'value' || path[path.length - 3] !== 'env') return false;
  const entry = resource.value && valueAt(resource.value, path.slice(0, -1));
  const name = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry.name : undefined;
  return typeof name === 'string' && name.startsWith('KC_');
}

/** `spec.template.spec.containers[0].env[2].value` */
function fieldName(path: Path): string {
  return path
    .map((p, i) =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z0-9_-]+$/.test(p)
          ? `${i === 0 ? '' : '.'}${p}`
          : `["${p}"]`,
    )
    .join('');
}
