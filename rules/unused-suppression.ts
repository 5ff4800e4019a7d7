import { defineRule } from '../src/engine/rule.js';
import type { Suppression } from '../src/engine/suppressions.js';
import { list } from '../src/model/describe.js';
import { nearest } from '../src/util/nearest.js';

export default defineRule({
  id: 'unused-suppression',
  meta: {
    severity: 'info',
    category: 'input',
    summary: 'Report suppressions that suppress nothing',
    rationale:
      'A `# keycloak-lint-disable` comment or a `keycloak-lint.io/ignore` annotation that ' +
      'matches no finding is stale: the problem was fixed, the rule id is misspelt, or the ' +
      'suppression sits on the wrong line. Left in place, it would hide the next problem of ' +
      'that kind. A suppression needs a reason after `--`; without one it suppresses nothing.',
    fix: 'Remove the suppression.',
    fixes: {
      noReason: 'Give the reason after --, for example: {{example}}.',
      unknownRule: 'Name a rule of keycloak-lint{{instead}} (keycloak-lint rules lists them).',
    },
    messages: {
      unused: '{{what}} for {{rules}} matches no finding.',
      noReason: '{{what}} for {{rules}} gives no reason after --, so it suppresses nothing.',
      unknownRule: '{{what}} names {{rule}}, which is not a rule of keycloak-lint{{suggestion}}.',
    },
    appliesTo: ['*'],
    phase: 3,
    limitations: [
      'A suppression that names several rules is reported only when none of them matched.',
    ],
  },
  *check(_model, context) {
    for (const s of context.unusedSuppressions()) {
      const what = WHAT[s.form];
      const where = s.resource ? { resource: s.resource } : {};
      const unknown = s.rules.filter((id) => !context.knownRuleIds.includes(id));
      for (const rule of unknown) {
        const guess = nearest(rule, context.knownRuleIds);
        yield {
          messageId: 'unknownRule',
          data: {
            what,
            rule,
            suggestion: guess ? ` (did you mean ${guess}?)` : '',
            instead: guess ? `, such as ${guess}` : '',
          },
          at: s.ruleAt.get(rule) ?? s.at,
          ...where,
          fixId: 'unknownRule',
        };
      }
      // The real rule ids of the list matched nothing either: say so too.
      const known = s.rules.filter((id) => context.knownRuleIds.includes(id));
      if (unknown.length > 0 && known.length === 0) continue;
      // A suppression of rules the configuration turns off has nothing to match.
      if (known.length > 0 && known.every((id) => !context.ruleIds.includes(id))) continue;
      const data = { what, rules: list(known) || 'no rule', example: example(s) };
      yield {
        messageId: s.reason === undefined ? 'noReason' : 'unused',
        data,
        at: s.at,
        ...where,
        ...(s.reason === undefined ? { fixId: 'noReason' } : {}),
      };
    }
  },
});

const WHAT: Readonly<Record<Suppression['form'], string>> = {
  'next-line': 'This keycloak-lint-disable-next-line comment',
  'rest-of-document': 'This keycloak-lint-disable comment',
  annotation: 'The keycloak-lint.io/ignore annotation',
};

/** The suppression as written, with a reason, in the form the user chose. */
function example(s: Suppression): string {
  const rules = s.rules.join(', ');
  const reason = 'managed by the platform team';
  if (s.form === 'annotation') return `keycloak-lint.io/ignore: "${rules} -- ${reason}"`;
  const directive =
    s.form === 'next-line' ? 'keycloak-lint-disable-next-line' : 'keycloak-lint-disable';
  return `# ${directive} ${rules} -- ${reason}`;
}
