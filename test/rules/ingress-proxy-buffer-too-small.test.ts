import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ingress-proxy-buffer-too-small', {
  valid: [
    'valid.size_16k.yaml',
    'valid.size_128k.yaml',
    'valid.size_1m.yaml',
    // The controller ConfigMap ingress-nginx-controller raises it for every Ingress.
    'valid.configmap_32k.yaml',
    // Not ingress-nginx: not checked.
    'valid.traefik_ingress.yaml',
    'valid.unknown_controller.yaml',
  ],
  invalid: [
    {
      // Missing annotation: reported at annotations, the nearest existing parent.
      fixture: 'invalid.missing_annotation.yaml',
      findings: [
        {
          line: 42,
          column: 3,
          endLine: 42,
          endColumn: 14,
          message:
            'Ingress fires-keycloak sends Keycloak traffic through ingress-nginx without ' +
            'proxy-buffer-size, so nginx keeps its 4k buffer',
          fix: 'nginx.ingress.kubernetes.io/proxy-buffer-size: "128k"',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.no_annotations_block.yaml',
      findings: [
        {
          line: 39,
          column: 1,
          endColumn: 9,
          message: 'without proxy-buffer-size',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.size_4k.yaml',
      findings: [
        {
          line: 44,
          column: 52,
          endLine: 44,
          endColumn: 56,
          message: 'proxy-buffer-size is 4k, below the 16k',
          fix: 'at least 16k',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.size_8k_annotation_class.yaml',
      findings: [
        {
          line: 44,
          column: 52,
          endColumn: 54,
          message: 'proxy-buffer-size is 8k, below the 16k',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Regression: the message claims the 4k default although the ConfigMap sets 8k)
      fixture: 'invalid.configmap_8k.yaml',
      findings: [
        {
          line: 42,
          column: 3,
          message: /^(?![\s\S]*\b4k\b)[\s\S]*\b8k\b/,
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // The Ingress annotation wins over the ConfigMap's 32k.
      // Regression: the fix offers raising the ConfigMap, which the annotation overrides)
      fixture: 'invalid.annotation_8k_overrides_configmap.yaml',
      findings: [
        {
          line: 43,
          column: 52,
          endColumn: 56,
          message: 'proxy-buffer-size is 8k, below the 16k',
          fix: /^(?![\s\S]*ConfigMap)[\s\S]*proxy-buffer-size/,
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
  ],
});
