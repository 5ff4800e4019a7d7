import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'unrendered-template',
  meta: {
    severity: 'warning',
    category: 'input',
    summary: 'Report Helm or Go template files that cannot be read as manifests',
    rationale:
      'A chart template is not a manifest until Helm renders it: its values, names and even its ' +
      'structure depend on the values file. The file is left out of the run, so nothing in it is ' +
      'checked, and the resources it would create are missing from every cross-reference.',
    fix:
      'Lint the rendered output instead: `helm template <release> <chart> -f values.yaml | ' +
      'keycloak-lint lint -`, or `kustomize build <dir> | keycloak-lint lint -`.',
    messages: {
      template:
        'The file holds template syntax ({{snippet}}) and cannot be read as manifests; it is ' +
        'left out of the run.',
    },
    appliesTo: ['*'],
    limitations: [
      'A `{{` inside a quoted string or a block scalar (a Prometheus alert text, a Grafana ' +
        'legend) is not template syntax; such files are linted normally, unless they use ' +
        'Helm-only references such as `.Values` outside block scalars.',
    ],
  },
  *check(model) {
    for (const problem of model.problems) {
      if (problem.ruleId !== 'unrendered-template') continue;
      yield {
        messageId: problem.messageId,
        data: problem.data,
        at: { file: problem.file, start: problem.start, end: problem.end },
      };
    }
  },
});
