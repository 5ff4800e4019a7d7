// Prints the Markdown table of rules that the README carries (checked by a test).
import { loadRules } from './load-rules.mjs';

export function rulesTable(rules) {
  const lines = ['| rule | severity | what it checks |', '|---|---|---|'];
  for (const rule of rules)
    lines.push(`| \`${rule.id}\` | ${rule.meta.severity} | ${rule.meta.summary} |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(rulesTable(await loadRules()));
