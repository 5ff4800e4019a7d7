import { defineRule } from '../src/engine/rule.js';
import { scalarSource } from '../src/load/nodes.js';
import type { Path } from '../src/load/source.js';

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
    },
    messages: {
      wrongType:
        '{{field}} must be {{expected}}, not {{actual}}; the API server rejects {{resource}} as ' +
        'written.',
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
    for (const problem of model.shapeProblems) {
      const { resource, path, expected, actual } = problem;
      // Quote a number as written (YAML reads 26.0 as 26 and 010 as 8), a boolean as the
      // value Kubernetes read (`yes` is true in YAML 1.1, and Keycloak expects `true`).
      const boolean = /^the boolean (.*)$/.exec(actual)?.[1];
      const written =
        boolean ?? (actual.startsWith('the number ') ? scalarSource(resource.at(path)) : undefined);
      const quote = expected === 'a string' && written !== undefined;
      yield {
        messageId: 'wrongType',
        data: {
          field: fieldName(path),
          expected,
          actual: written !== undefined && boolean === undefined ? `the number ${written}` : actual,
          resource: `${resource.kind} ${resource.name}`,
          text: written ?? '',
        },
        at: resource.at(path),
        resource,
        ...(quote ? { fixId: 'quote' } : {}),
      };
    }
  },
});

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
