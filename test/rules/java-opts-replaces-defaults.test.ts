import { ruleTester } from '../helpers/rule-tester.js';

const DROPS = 'so kc.sh drops its own JVM defaults';
const HEAP = ', which can include the heap sized from the container memory';
const HEAP_FIX = 'heap flags such as -Xms, -Xmx or -XX:MaxRAMPercentage to JAVA_OPTS_KC_HEAP';

ruleTester('java-opts-replaces-defaults', {
  valid: [
    'valid.append_and_kc_heap.yaml',
    'valid.other_containers_and_legacy.yaml',
    'valid.envfrom_configmap_not_in_files.yaml',
    // Regression: kc.sh tests `"x$JAVA_OPTS" = "x"`, so an empty JAVA_OPTS keeps the defaults.
    'valid.empty_java_opts.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.dns_query_in_java_opts_on_26.yaml',
      findings: [
        {
          line: 30,
          column: 22,
          endLine: 30,
          endColumn: 98,
          severity: 'warning',
          // The unknown $(POD_IP) is shown as written.
          message: `JAVA_OPTS is set (-Djgroups.dns.query=keycloak-headless.iam -Djgroups.bind.address=$(POD_IP)) on container keycloak, ${DROPS}${HEAP}.`,
          fix: HEAP_FIX,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.heap_flags_on_23_single_replica.yaml',
      findings: [
        {
          line: 22,
          column: 22,
          endColumn: 35,
          // Before 24: no container heap default to lose, no JAVA_OPTS_KC_HEAP to suggest.
          message:
            /^JAVA_OPTS is set \(-Xms1g -Xmx1g\) on container keycloak, so kc\.sh drops its own JVM defaults\.$/,
          fix: /^Move the flags to JAVA_OPTS_APPEND, which kc\.sh adds after its defaults\.$/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.from_configmap_unknown_version.yaml',
      // Reported on the workload, at the ConfigMap value that sets it.
      findings: [
        {
          line: 7,
          column: 14,
          endColumn: 50,
          message:
            /JAVA_OPTS is set \(-XX:MaxRAMPercentage=75 -XX:\+UseG1GC\) on container keycloak, so kc\.sh drops its own JVM defaults\.$/,
          fix: 'on 24 and later, heap flags can go to JAVA_OPTS_KC_HEAP',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.secret_ref_not_in_files.yaml',
      findings: [
        {
          line: 21,
          column: 15,
          message: `JAVA_OPTS is set (value unknown) on container keycloak, ${DROPS}${HEAP}`,
          fix: HEAP_FIX,
        },
      ],
    },
    // Regression: with configMapKeyRef the JAVA_OPTS entry is in the workload (30:15); the
    // finding points at the ConfigMap's `java-opts` value instead.
    {
      fixture: 'invalid.bitnami_config_map_key_ref.yaml',
      findings: [
        {
          line: 30,
          column: 15,
          message: `JAVA_OPTS is set (-Xmx2g) on container keycloak, ${DROPS}${HEAP}`,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
