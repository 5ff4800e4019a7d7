/**
 * The fix cases: a fixture of a rule and the file `--fix` must turn it into, written out in
 * `test/fix/expected/<rule>/<fixture>` (outside the fixtures folder, which the rule tester
 * requires to hold only its own cases). `expected: false`: the finding has a suggestion
 * only, and the file must stay byte for byte as it is.
 */
export interface FixCase {
  readonly rule: string;
  readonly fixture: string;
  readonly expected: boolean;
}

const fixed = (rule: string, ...fixtures: string[]): FixCase[] =>
  fixtures.map((fixture) => ({ rule, fixture, expected: true }));
const untouched = (rule: string, ...fixtures: string[]): FixCase[] =>
  fixtures.map((fixture) => ({ rule, fixture, expected: false }));

export const FIX_CASES: readonly FixCase[] = [
  ...fixed(
    'discovery-service-not-publishing-unready',
    'invalid.field_false.yaml',
    'invalid.field_missing.yaml',
  ),
  // The Service is an Ingress backend too: publishing unready pods would route users to them.
  ...untouched('discovery-service-not-publishing-unready', 'invalid.also_ingress_backend.yaml'),
  ...fixed(
    'jgroups-ports-not-declared',
    'invalid.kubernetes_only_http_port.yaml',
    'invalid.default_jdbc_ping_no_ports.yaml',
    'invalid.failure_detection_port_missing.yaml',
    'invalid.flow_map_ports.yaml',
  ),
  // The name jgroups is taken by another port: which name to give is not certain.
  ...untouched('jgroups-ports-not-declared', 'invalid.custom_bind_port.yaml'),
  ...fixed(
    'affinity-cookie-name-collision',
    'invalid.auth_session_id.yaml',
    'invalid.legacy_cookie_name_quoted.yaml',
    'invalid.haproxy_ingress_insert.yaml',
  ),
  ...untouched('affinity-cookie-name-collision', 'invalid.traefik_service_cookie_name.yaml'),
  ...fixed(
    'ingress-proxy-buffer-too-small',
    'invalid.missing_annotation.yaml',
    'invalid.no_annotations_block.yaml',
    'invalid.size_4k.yaml',
  ),
  ...fixed(
    'ingress-annotation-ignored',
    'invalid.misspelt_name.yaml',
    'invalid.nginx_kubernetes_io_prefix.yaml',
    'invalid.traefik_misspelt_prefix.yaml',
  ),
  // F5 annotations have other values than their ingress-nginx counterparts.
  ...untouched('ingress-annotation-ignored', 'invalid.nginx_inc_annotations.yaml'),
  ...fixed(
    'java-opts-replaces-defaults',
    'invalid.heap_flags_on_23_single_replica.yaml',
    'invalid.dns_query_in_java_opts_on_26.yaml',
  ),
  ...untouched('java-opts-replaces-defaults', 'invalid.secret_ref_not_in_files.yaml'),
  ...fixed(
    'multicast-stack-on-kubernetes',
    'invalid.udp_default_on_23.yaml',
    'invalid.explicit_udp_env_on_24.yaml',
  ),
  // An explicit tcp stack on 26.2: jdbc-ping or kubernetes is the user's choice.
  ...untouched('multicast-stack-on-kubernetes', 'invalid.explicit_tcp_on_26_2.yaml'),
  ...fixed(
    'kubernetes-stack-missing-dns-query',
    'invalid.headless_service_present.yaml',
    'invalid.dns_query_in_heap_opts_ignored.yaml',
  ),
  // No namespace in the manifest: the query <service>.<namespace> cannot be written.
  ...untouched('kubernetes-stack-missing-dns-query', 'invalid.two_args_no_service.yaml'),
  // Findings on objects a Keycloak CR generates are not edited.
  ...untouched('multicast-stack-on-kubernetes', 'invalid.operator_cr_udp_option.yaml'),
  ...fixed(
    'proxy-option-obsolete',
    'invalid.env_edge_behind_ingress_nginx_on_26.yaml',
    'invalid.env_passthrough_on_25.yaml',
    'invalid.none_on_26.yaml',
  ),
  // No Ingress in front: whether the proxy sends Forwarded or X-Forwarded-* is not certain.
  ...untouched('proxy-option-obsolete', 'invalid.env_edge_on_26.yaml'),
  // The option is in a Keycloak CR's additionalOptions: suggestion only.
  ...untouched('proxy-option-obsolete', 'invalid.operator_cr_additional_option.yaml'),
  ...fixed(
    'networkpolicy-blocks-jgroups',
    'invalid.http_only.yaml',
    'invalid.fd_port_missing.yaml',
    'invalid.egress_dns_only.yaml',
    'invalid.default_deny_plus_http_policy.yaml',
    'invalid.custom_bind_port.yaml',
  ),
  // Only an empty podSelector isolates the pods: which policy to add the rule to is a choice.
  ...untouched('networkpolicy-blocks-jgroups', 'invalid.default_deny_unknown_version.yaml'),
  // The policy names the ports: declaring them on the container is the fix, not numbers here.
  ...untouched('networkpolicy-blocks-jgroups', 'invalid.named_port_not_declared.yaml'),
  ...fixed('dns-query-service-not-headless', 'invalid.headless_candidate_present.yaml'),
  // No headless Service selects the pods: which one to create is another rule's fix.
  ...untouched('dns-query-service-not-headless', 'invalid.http_service_as_discovery.yaml'),
];
