import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('unused-suppression', {
  valid: ['valid.annotation_suppresses.yaml', 'valid.comment_suppresses.yaml'],
  invalid: [
    {
      fixture: 'invalid.comment_matches_nothing.yaml',
      findings: [
        {
          line: 21,
          column: 13,
          message: 'comment for multicast-stack-on-kubernetes matches no finding',
          fix: 'Remove the suppression.',
        },
      ],
    },
    {
      fixture: 'invalid.no_reason.yaml',
      findings: [
        {
          line: 17,
          column: 11,
          message: 'gives no reason after --, so it suppresses nothing',
          fix: '-- managed by the platform team',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_rule_annotation.yaml',
      findings: [
        {
          line: 7,
          column: 30,
          message:
            'names dns-query-service-not-headles, which is not a rule of keycloak-lint (did you mean dns-query-service-not-headless?)',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
  ],
});
