import { ruleTester } from '../helpers/rule-tester.js';

const ENV = 'spec.template.spec.containers[0].env';

ruleTester('invalid-field-type', {
  valid: [
    'valid.quoted_and_tagged_values.yaml',
    'valid.service_int_or_string_ports.yaml',
    'valid.unread_kind_and_fields.json',
  ],
  invalid: [
    {
      fixture: 'invalid.top_level_list.yaml',
      findings: [{ line: 2, column: 3, message: 'This document is a bare list of objects' }],
    },
    {
      fixture: 'invalid.list_item_not_object.yaml',
      findings: [
        { line: 9, column: 5, message: 'This item of the list is the string "just-a-string"' },
        { line: 10, column: 5, message: 'This item of the list is the number 42' },
      ],
    },
    {
      fixture: 'invalid.unquoted_env_values.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          endColumn: 26,
          message: `${ENV}[1].value must be a string, not the boolean true; the API server rejects StatefulSet fires-keycloak`,
          fix: `Quote the value: ${ENV}[1].value: "true"`,
          resource: 'StatefulSet/fires-keycloak',
        },
        // YAML 1.1 (what Kubernetes reads) takes `yes` for a boolean.
        {
          line: 27,
          column: 22,
          endColumn: 25,
          message: `${ENV}[2].value must be a string, not the boolean true`,
        },
        {
          line: 31,
          column: 22,
          message: `${ENV}[4].value must be a string, not the number 7800`,
          fix: '"7800"',
        },
      ],
    },
    {
      fixture: 'invalid.string_replicas_and_ports.yaml',
      findings: [
        {
          line: 7,
          column: 13,
          endColumn: 16,
          message: 'spec.replicas must be an integer, not the string "3"',
          fix: 'Write spec.replicas as an integer',
        },
        {
          line: 23,
          column: 30,
          message: 'containers[0].ports[0].containerPort must be an integer, not the string "8080"',
        },
      ],
    },
    {
      fixture: 'invalid.annotation_and_label_values.yaml',
      findings: [
        {
          line: 8,
          column: 14,
          message: 'metadata.labels.version must be a string, not the number 2',
          resource: 'Ingress/fires-keycloak',
        },
        {
          line: 11,
          column: 47,
          endColumn: 52,
          message:
            'metadata.annotations["nginx.ingress.kubernetes.io/ssl-redirect"] must be a string, ' +
            'not the boolean false',
          fix: '"false"',
        },
        {
          line: 12,
          column: 50,
          message:
            '["nginx.ingress.kubernetes.io/proxy-body-size"] must be a string, not the number 0',
        },
      ],
    },
    {
      fixture: 'invalid.configmap_data_in_list.yaml',
      findings: [
        {
          line: 11,
          column: 44,
          message: 'data.KC_CACHE_EMBEDDED_NETWORK_BIND_PORT must be a string, not the number 7800',
          resource: 'ConfigMap/fires-keycloak-env',
        },
        {
          line: 21,
          column: 17,
          message: 'spec.ports[0].port must be an integer, not the string "8080"',
          resource: 'Service/fires-keycloak-http',
        },
        {
          line: 33,
          column: 20,
          message: 'spec.maxReplicas must be an integer',
          resource: 'HorizontalPodAutoscaler/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.json_string_replicas.json',
      findings: [
        {
          line: 6,
          column: 17,
          endColumn: 20,
          message: 'spec.replicas must be an integer, not the string "2"',
        },
        {
          line: 16,
          column: 61,
          endColumn: 65,
          message: `${ENV}[0].value must be a string, not the boolean true`,
        },
      ],
    },
    // Regression: the fix quotes the number YAML parsed (26, 2.1, 8), not the text written.
    {
      fixture: 'invalid.number_that_yaml_rewrites.yaml',
      findings: [
        {
          line: 7,
          column: 32,
          endColumn: 36,
          message: 'metadata.labels["app.kubernetes.io/version"] must be a string',
          fix: '"26.0"',
        },
        {
          line: 24,
          column: 22,
          message: `${ENV}[0].value must be a string`,
          fix: `${ENV}[0].value: "2.10"`,
        },
        {
          line: 26,
          column: 22,
          message: `${ENV}[1].value must be a string`,
          fix: `${ENV}[1].value: "010"`,
        },
      ],
    },
  ],
});
