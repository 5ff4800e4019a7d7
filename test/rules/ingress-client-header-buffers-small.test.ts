import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ingress-client-header-buffers-small', {
  valid: [
    'valid.configmap_with_buffers.yaml',
    // Keycloak is not behind ingress-nginx in these files.
    'valid.no_ingress_nginx_front.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.configmap_without_key.yaml',
      findings: [
        {
          line: 67,
          column: 1,
          endColumn: 5,
          message:
            'ConfigMap ingress-nginx-controller configures the ingress-nginx controller in ' +
            'front of Keycloak without large-client-header-buffers, so request headers keep ' +
            'the "4 8k" default.',
          fix: 'Set large-client-header-buffers: "4 32k" in ConfigMap ingress-nginx-controller.',
          resource: 'ConfigMap/ingress-nginx-controller',
        },
      ],
    },
    {
      // No data at all: at the name of the ConfigMap.
      fixture: 'invalid.configmap_without_data.yaml',
      findings: [
        {
          line: 65,
          column: 9,
          endColumn: 28,
          message: 'ConfigMap nginx-configuration configures the ingress-nginx controller',
          resource: 'ConfigMap/nginx-configuration',
        },
      ],
    },
  ],
});
