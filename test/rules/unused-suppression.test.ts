import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('unused-suppression', {
  valid: ['valid.annotation_suppresses.yaml', 'valid.comment_suppresses.yaml'],
  invalid: [
    {
      fixture: 'invalid.misspelt_and_unused_annotation.yaml',
      findings: [
        {
          line: 7,
          column: 30,
          message:
            'The keycloak-lint.io/ignore annotation for missing-session-affinity matches no finding.',
          resource: 'Service/fires-keycloak',
        },
        {
          line: 7,
          column: 57,
          endColumn: 77,
          message:
            'names proxy-option-obsolet, which is not a rule of keycloak-lint (did you mean proxy-option-obsolete?)',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.half_used_annotation.yaml',
      // multicast-stack-on-kubernetes is suppressed; missing-session-affinity matches nothing
      findings: [
        {
          line: 8,
          column: 30,
          message:
            'The keycloak-lint.io/ignore annotation for missing-session-affinity matches no finding.',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
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
          // The example keeps the form the user chose: next-line stays next-line.
          fix:
            '# keycloak-lint-disable-next-line multicast-stack-on-kubernetes -- managed by the ' +
            'platform team',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_rule_annotation.yaml',
      findings: [
        {
          // At the misspelt id inside the annotation's value.
          line: 7,
          column: 31,
          endColumn: 60,
          message:
            'names dns-query-service-not-headles, which is not a rule of keycloak-lint (did you mean dns-query-service-not-headless?)',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
  ],
});
