import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('istio-strict-mtls-jgroups', {
  valid: [
    'valid.port_level_permissive.yaml',
    'valid.own_mtls_disabled.yaml',
    // just below the 26.2 gate, with the port declared
    'valid.before_26_2_declared.yaml',
    'valid.unknown_version_declared.yaml',
    'valid.outside_mesh.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.mesh_wide_strict_26_2.yaml',
      // at spec.mtls.mode of the mesh-wide policy in istio-system
      findings: [
        {
          line: 67,
          column: 11,
          endColumn: 17,
          severity: 'error',
          message:
            'PeerAuthentication fires-mesh-strict makes mTLS STRICT mesh-wide for the pods of ' +
            'StatefulSet fires-keycloak, including the JGroups transport port 7800, while ' +
            'Keycloak 26.2.5 encrypts JGroups with its own mTLS (on by default from 26.2)',
          fix: '`portLevelMtls: {"7800": {mode: PERMISSIVE}}`, or set cache-embedded-mtls-enabled=false',
          resource: 'PeerAuthentication/fires-mesh-strict',
        },
      ],
    },
    {
      fixture: 'invalid.mtls_enabled_on_24.yaml',
      findings: [
        {
          line: 72,
          column: 11,
          message:
            'Keycloak 24.0.5 encrypts JGroups with its own mTLS (KC_CACHE_EMBEDDED_MTLS_ENABLED=true)',
          resource: 'PeerAuthentication/fires-keycloak-strict',
        },
      ],
    },
    {
      fixture: 'invalid.undeclared_port_26_0.yaml',
      findings: [
        {
          line: 65,
          column: 11,
          message:
            'makes mTLS STRICT namespace-wide for the pods of StatefulSet fires-keycloak, and the ' +
            'JGroups transport port 7800 is not declared on Service keycloak-headless',
          fix: 'Declare TCP 7800 and 57800 on Service keycloak-headless (names starting tcp-)',
          resource: 'PeerAuthentication/fires-namespace-strict',
        },
      ],
    },
  ],
});
