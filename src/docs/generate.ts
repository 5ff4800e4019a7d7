import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../rules/index.js';
import { exampleNames, rulePage } from './pages.js';

/**
 * Every file generated from the rules' metadata, by path relative to the project root:
 * the rule pages, their index, the README's rule table and the configuration schema's
 * list of rule ids. `npm run generate` writes them; a test fails when one is stale.
 */
export function generatedFiles(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    const folder = join(root, 'fixtures', rule.id);
    const fixtures = existsSync(folder) ? readdirSync(folder) : [];
    const names = exampleNames(rule, fixtures);
    const read = (name: string | undefined) =>
      name ? { name, text: readFileSync(join(folder, name), 'utf8') } : undefined;
    const invalid = read(names.invalid);
    const valid = read(names.valid);
    out.set(
      `docs/rules/${rule.id}.md`,
      rulePage(rule, { ...(invalid ? { invalid } : {}), ...(valid ? { valid } : {}) }),
    );
  }
  out.set('docs/rules/README.md', rulesIndex());
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  out.set(
    'README.md',
    readme.replace(
      /(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/,
      `$1${rulesTable('docs/rules/')}$2`,
    ),
  );
  const schema = JSON.parse(readFileSync(join(root, 'schemas/config.schema.json'), 'utf8'));
  schema.properties.rules.propertyNames = { enum: rules.map((r) => r.id) };
  out.set('schemas/config.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
  return out;
}

function rulesTable(prefix: string): string {
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](${prefix}${r.id}.md) | ${r.meta.severity} | ${r.meta.summary} |`,
  );
  return ['| rule | severity | what it checks |', '|---|---|---|', ...rows].join('\n');
}

function rulesIndex(): string {
  return `# Rules\n\nEvery rule of keycloak-lint, with its default severity. Each page is generated from the rule's metadata (\`npm run generate\`).\n\n${rulesTable('')}\n`;
}
