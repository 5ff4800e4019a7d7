import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('local-cache-with-replicas', {
  valid: [
    'valid.start_dev_implicit_local.yaml',
    'valid.single_replica.yaml',
    'valid.cache_from_missing_secret.yaml',
    'valid.arg_overrides_env.yaml',
    'valid.later_env_entry_wins.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.cache_local_arg.yaml',
      // the `local` part of "--cache=local"
      findings: [
        {
          line: 21,
          column: 36,
          endLine: 21,
          endColumn: 41,
          message: '--cache=local on StatefulSet fires-keycloak with 3 replicas',
          fix: 'set it to ispn',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.envfrom_configmap_prefix.yaml',
      // Regression: message renders "KC_CACHE from ConfigMap ok-keycloak-options=local")
      // The value at fault is the ConfigMap key CACHE, read through envFrom with prefix KC_.
      findings: [
        {
          line: 8,
          column: 10,
          endColumn: 15,
          message:
            /KC_CACHE=local.*ConfigMap ok-keycloak-options|ConfigMap ok-keycloak-options.*KC_CACHE=local/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.configmap_key_ref_with_hpa.yaml',
      // The ConfigMap value `local`; the HPA's maxReplicas makes the Deployment clustered.
      findings: [
        {
          line: 7,
          column: 9,
          endColumn: 14,
          message: 'up to 3 replicas through HorizontalPodAutoscaler ok-keycloak',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.keycloak_conf_mounted.yaml',
      // `local` on the cache= line inside the keycloak.conf block scalar
      findings: [
        {
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 16,
          message: 'cache=local in keycloak.conf',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.var_expansion_in_args.yaml',
      // Regression: the span of the expanded text is applied to the unexpanded source:
      // the tool reports 19:36-19:41, i.e. "$(CAC"; the reference is "$(CACHE_MODE)", 19:36-19:49)
      findings: [
        {
          line: 19,
          column: 36,
          endLine: 19,
          endColumn: 49,
          message: '--cache=local',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_cache_type_local.yaml',
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 27,
          message: 'KEYCLOAK_CACHE_TYPE=local on StatefulSet fires-keycloak with 2 replicas',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.operator_cr_additional_option.yaml',
      // Position: the CR field that produces KC_CACHE, i.e. `local` of the additionalOptions entry.
      findings: [
        {
          line: 24,
          column: 14,
          endLine: 24,
          endColumn: 19,
          message: /cache.*local.*fires-keycloak|fires-keycloak.*cache.*local/,
        },
      ],
    },
  ],
});
