import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('jgroups-ports-not-declared', {
  valid: [
    'valid.operator_cr.yaml',
    'valid.ports_declared.yaml',
    'valid.custom_bind_port_declared.yaml',
    'valid.udp_default_on_24.yaml',
    'valid.jdbc_ping_udp_on_26_1.yaml',
    'valid.stack_from_missing_secret.yaml',
    // Regression: cache-embedded-network-bind-port only exists from 26.4; on 26.2 the transport stays on 7800)
    'valid.embedded_bind_port_before_26_4.yaml',
    'valid.single_replica.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.flow_map_ports.yaml',
      findings: [
        {
          line: 24,
          column: 11,
          endColumn: 16,
          severity: 'info',
          message: 'does not declare the JGroups ports 7800 and 57800',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kubernetes_only_http_port.yaml',
      // at the container's `ports:` key
      findings: [
        {
          line: 29,
          column: 11,
          endLine: 29,
          endColumn: 16,
          severity: 'info',
          message:
            'Container keycloak runs the kubernetes stack but does not declare the JGroups ' +
            'ports 7800 and 57800',
          fix:
            'Declare containerPort 7800 (name jgroups) and containerPort 57800 (name ' +
            'jgroups-fd) on container keycloak',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.default_jdbc_ping_no_ports.yaml',
      // no `ports` at all: the nearest existing parent is the container
      findings: [
        {
          line: 17,
          column: 11,
          endLine: 17,
          message: 'runs the jdbc-ping stack but does not declare the JGroups ports 7800 and 57800',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.custom_bind_port.yaml',
      // jgroups.bind.port=7900 in JAVA_OPTS_APPEND: 7800/57800 are declared, 7900/57900 are not
      findings: [
        {
          line: 27,
          column: 11,
          message: 'does not declare the JGroups ports 7900 and 57900',
          fix: 'containerPort 7900 (name jgroups) and containerPort 57900 (name jgroups-fd)',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.failure_detection_port_missing.yaml',
      findings: [
        {
          line: 21,
          column: 11,
          endColumn: 16,
          message: /does not declare the JGroups port 57800\.$/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bind_port_as_arg_tcp_stack.yaml',
      // -Djgroups.bind.port=7900 as a container argument; 7900 is declared, 57900 is not
      findings: [
        {
          line: 20,
          column: 11,
          message: /runs the tcp stack but does not declare the JGroups port 57900\.$/,
          fix: 'containerPort 57900',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.embedded_bind_port_on_26_4.yaml',
      findings: [
        {
          line: 26,
          column: 11,
          message: 'does not declare the JGroups ports 7801 and 57801',
          fix: 'containerPort 7801 (name jgroups) and containerPort 57801 (name jgroups-fd)',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
