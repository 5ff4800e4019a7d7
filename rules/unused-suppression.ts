import { defineRule } from '../src/engine/rule.js';
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
      noReason:
        'Give the reason after --, for example: {{example}} -- managed by the platform team.',
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
      const what =
        s.via === 'annotation'
          ? 'The keycloak-lint.io/ignore annotation'
          : 'This keycloak-lint-disable comment';
      const unknown = s.rules.filter((id) => !context.knownRuleIds.includes(id));
      const base = { what, rules: list(s.rules) || 'no rule' };
      for (const rule of unknown) {
        const guess = nearest(rule, context.knownRuleIds);
        const suggestion = guess ? ` (did you mean ${guess}?)` : '';
        yield {
          messageId: 'unknownRule',
          data: { ...base, rule, suggestion, instead: guess ? `, such as ${guess}` : '' },
          at: s.at,
          ...(s.resource ? { resource: s.resource } : {}),
          fixId: 'unknownRule',
        };
      }
      if (unknown.length > 0) continue;
      // A suppression of rules the configuration turns off has nothing to match.
      if (s.rules.length > 0 && s.rules.every((id) => !context.ruleIds.includes(id))) continue;
      const example =
        s.via === 'annotation'
          ? `keycloak-lint.io/ignore: "${s.rules.join(', ')}`
          : `# keycloak-lint-disable ${s.rules.join(', ')}`;
      yield {
        messageId: s.reason === undefined ? 'noReason' : 'unused',
        data: { ...base, example },
        at: s.at,
        ...(s.resource ? { resource: s.resource } : {}),
        ...(s.reason === undefined ? { fixId: 'noReason' } : {}),
      };
    }
  },
});
