import type { Rule } from '../engine/rule.js';

export interface PageExamples {
  /** A manifest on which the rule fires, and its fixture name. */
  readonly invalid?: { readonly name: string; readonly text: string };
  /** A manifest on which it does not. */
  readonly valid?: { readonly name: string; readonly text: string };
}

const CATEGORY_REFERENCES: Readonly<Record<string, readonly string[]>> = {
  input: [
    '[Kubernetes objects](https://kubernetes.io/docs/concepts/overview/working-with-objects/)',
  ],
  'cluster-formation': [
    '[Keycloak: Configuring distributed caches](https://www.keycloak.org/server/caching)',
    '[Keycloak: All configuration options](https://www.keycloak.org/server/all-config)',
  ],
  network: [
    '[Kubernetes: Network Policies](https://kubernetes.io/docs/concepts/services-networking/network-policies/)',
  ],
  ingress: [
    '[ingress-nginx annotations](https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/)',
    '[Keycloak: Configuring a reverse proxy](https://www.keycloak.org/server/reverseproxy)',
  ],
  proxy: ['[Keycloak: Configuring a reverse proxy](https://www.keycloak.org/server/reverseproxy)'],
  hostname: ['[Keycloak: Configuring the hostname](https://www.keycloak.org/server/hostname)'],
  health: [
    '[Keycloak: Tracking instance status with health checks](https://www.keycloak.org/observability/health)',
  ],
};

// Names of the fix variants that several rules share.
const FIX_LABELS: Readonly<Record<string, string>> = {
  before261: 'Keycloak 17 to 26.0',
  from261: 'Keycloak 26.1 and 26.2',
  from263: 'Keycloak 26.3 and later',
  unknown: 'Version unknown',
  xml: 'Stack set in a cache XML',
  heap: 'Keycloak 24 and later',
  candidate: 'A headless Service selects the pods',
  known: 'A headless Service selects the pods',
  bitnami: 'Bitnami image',
  operator: 'Keycloak Operator CR',
};

/** `smallConfigMap` → `Small config map`. */
const humanize = (id: string) => {
  const words = id.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** `{{stack}}` placeholders as a reader sees them: `<stack>`. */
const placeholders = (text: string) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>');

/** The documentation page of a rule, generated from its metadata (docs/rules/<id>.md). */
export function rulePage(rule: Rule, examples: PageExamples = {}): string {
  const { meta } = rule;
  const out: string[] = [];
  out.push(`# ${rule.id}`, '');
  out.push(
    `${meta.summary}.`,
    '',
    `- Severity: ${meta.severity}${meta.graded ? ` (${meta.graded.replace(/\.$/, '')})` : ''}`,
    `- Category: ${meta.category}`,
    `- Reads: ${meta.appliesTo.join(', ')}`,
    ...(meta.versions ? [`- Keycloak versions: ${meta.versions}`] : []),
    '',
  );
  out.push('## Why it matters', '', meta.rationale, '');
  out.push('## How to fix', '', placeholders(meta.fix), '');
  const variants = Object.entries(meta.fixes ?? {});
  if (variants.length > 0) {
    out.push(
      meta.category === 'input'
        ? 'Depending on the case, the fix reads:'
        : 'Depending on the Keycloak version and the setup, the fix reads:',
      '',
    );
    for (const [id, text] of variants)
      out.push(`- ${FIX_LABELS[id] ?? humanize(id)}: ${placeholders(text)}`);
    out.push('');
  }
  out.push(
    meta.fixable === undefined
      ? '`keycloak-lint lint --fix` does not change this: the fix depends on choices the ' +
          'manifests do not show.'
      : meta.fixable === true
        ? '`keycloak-lint lint --fix` applies this fix (`--fix-dry-run` shows it as a diff).'
        : '`keycloak-lint lint --fix` applies this fix (`--fix-dry-run` shows it as a diff) ' +
          meta.fixable,
    '',
  );
  out.push('## What it reports', '');
  for (const text of Object.values(meta.messages)) out.push(`- ${placeholders(text)}`);
  out.push('');
  const texts = [meta.fix, ...Object.values(meta.fixes ?? {}), ...Object.values(meta.messages)];
  if (texts.some((t) => /\{\{\s*\w+\s*\}\}/.test(t))) {
    out.push(
      'A word in angle brackets, such as <service>, stands for what the finding fills in: the ' +
        'setting, the object or the version it found.',
      '',
    );
  }
  if (examples.invalid || examples.valid) {
    out.push('## Examples', '');
    if (examples.invalid) {
      out.push(
        `Reported (\`fixtures/${rule.id}/${examples.invalid.name}\`):`,
        '',
        '```yaml',
        examples.invalid.text.trimEnd(),
        '```',
        '',
      );
    }
    if (examples.valid) {
      out.push(
        `Not reported (\`fixtures/${rule.id}/${examples.valid.name}\`):`,
        '',
        '```yaml',
        examples.valid.text.trimEnd(),
        '```',
        '',
      );
    }
  }
  out.push('## Known limitations', '');
  const limitations = meta.limitations ?? [];
  if (limitations.length === 0) out.push('None known.', '');
  else out.push(...limitations.map((l) => `- ${l}`), '');
  out.push('## Turning it off', '');
  out.push(
    'In `.keycloak-lint.yaml`:',
    '',
    '```yaml',
    'rules:',
    `  ${rule.id}: off   # or info, warning, error`,
    '```',
    '',
    'Or for one place, with a reason:',
    '',
    '```yaml',
    `# keycloak-lint-disable-next-line ${rule.id} -- <why this is fine here>`,
    '```',
    '',
  );
  const references = [...(meta.references ?? []), ...(CATEGORY_REFERENCES[meta.category] ?? [])];
  if (references.length > 0) {
    out.push('## References', '', ...references.map((r) => `- ${r}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The fixtures a page shows: the ones the metadata names, else the first of each kind. */
export function exampleNames(
  rule: Rule,
  fixtures: readonly string[],
): { invalid?: string; valid?: string } {
  const sorted = [...fixtures].sort();
  const invalid = rule.meta.examples?.invalid ?? sorted.find((f) => f.startsWith('invalid.'));
  const valid = rule.meta.examples?.valid ?? sorted.find((f) => f.startsWith('valid.'));
  return { ...(invalid ? { invalid } : {}), ...(valid ? { valid } : {}) };
}
