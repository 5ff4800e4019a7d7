import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('missing-session-affinity', {
  valid: [
    'valid.nginx_cookie_affinity.yaml',
    'valid.upstream_hash_by.yaml',
    // Traefik reads stickiness from the Service; the Ingress itself carries none.
    'valid.traefik_sticky_cookie_on_service.yaml',
    'valid.single_replica.yaml',
    'valid.traefik_ingressroute_sticky.yaml',
    'valid.haproxy_cookie_persistence.yaml',
    // haproxy-ingress reads its annotations from the Service too.
    'valid.haproxy_ingress_affinity_on_service.yaml',
    'valid.alb_stickiness.yaml',
    'valid.gke_backendconfig.yaml',
    'valid.httproute_session_persistence.yaml',
    // A DestinationRule with consistentHash makes the HTTPRoute's Service sticky.
    'valid.httproute_istio_destinationrule.yaml',
    'valid.istio_class_destinationrule.yaml',
  ],
  invalid: [
    {
      // A working cluster: no error-level cluster-formation finding, so info.
      fixture: 'invalid.nginx_without_affinity.yaml',
      findings: [
        {
          line: 59,
          column: 3,
          endLine: 59,
          endColumn: 14,
          severity: 'info',
          message:
            'over the pods of StatefulSet ok-keycloak (3 replicas): no session affinity is ' +
            'configured for ingress-nginx',
          fix: 'nginx.ingress.kubernetes.io/affinity: cookie',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // dns-query-service-not-headless (error, cluster-formation) concerns the workload: warning.
      // Regression: the message states as fact a consequence that keycloak-facts.md §5 tags [U])
      fixture: 'invalid.broken_cluster_warning.yaml',
      findings: [
        {
          line: 48,
          column: 3,
          severity: 'warning',
          message:
            /^(?![\s\S]*\bis lost\b)[\s\S]*over the pods of StatefulSet ok-keycloak \(3 replicas\) without session affinity, while the Keycloak cluster itself has errors/,
          fix: 'Fix the cluster errors of StatefulSet ok-keycloak first',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Only a warning-level finding (discovery-service-not-publishing-unready) concerns the cluster: info.
      fixture: 'invalid.unready_warning_stays_info.yaml',
      findings: [
        {
          line: 57,
          column: 3,
          severity: 'info',
          message: 'no session affinity is configured for ingress-nginx',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // No class, no nginx annotations: the controller is unknown, the Ingress is still checked.
      fixture: 'invalid.unknown_controller.yaml',
      findings: [
        {
          line: 42,
          column: 3,
          severity: 'info',
          message:
            'no session affinity is configured for its controller (the Ingress names no class)',
          fix: "Enable the controller's cookie affinity",
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.misspelt_affinity_prefix.yaml',
      findings: [
        {
          line: 42,
          column: 3,
          severity: 'info',
          message: 'nginx.kubernetes.io/affinity',
          fix: 'Use nginx.ingress.kubernetes.io/ as the prefix of nginx.kubernetes.io/affinity',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // No annotations block: reported at the nearest existing parent, metadata.
      fixture: 'invalid.hpa_no_annotations.yaml',
      findings: [
        {
          line: 59,
          column: 1,
          endColumn: 9,
          severity: 'info',
          message:
            'over the pods of Deployment ok-keycloak (up to 4 replicas through ' +
            'HorizontalPodAutoscaler ok-keycloak)',
          fix: 'nginx.ingress.kubernetes.io/affinity: cookie',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Regression: an IngressClass with an unknown controller is rendered as "configured for other.")
      fixture: 'invalid.other_controller_class.yaml',
      findings: [
        {
          line: 39,
          column: 1,
          severity: 'info',
          message:
            /^(?![\s\S]*configured for other\b)[\s\S]*(projectcontour\.io\/ingress-controller|ok-contour)/,
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Regression: the Ingress names class ok-contour, yet the message says it names no controller)
      fixture: 'invalid.unknown_class_name.yaml',
      findings: [
        {
          line: 39,
          column: 1,
          severity: 'info',
          message: /^(?![\s\S]*does not name)[\s\S]*ok-contour/,
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Traefik's Service stickiness written on the Ingress does nothing.
      fixture: 'invalid.traefik_sticky_on_ingress.yaml',
      findings: [
        {
          line: 46,
          column: 3,
          severity: 'info',
          message:
            'Traefik reads traefik.ingress.kubernetes.io/service.sticky.cookie and ' +
            'traefik.ingress.kubernetes.io/service.sticky.cookie.name from the Service',
          fix: 'from the Ingress to Service ok-keycloak',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // IngressRoute (traefik.containo.us): the service entry reaching Keycloak has no sticky.
      fixture: 'invalid.traefik_ingressroute_no_sticky.yaml',
      findings: [
        {
          line: 52,
          column: 11,
          severity: 'info',
          message:
            'IngressRoute fires-keycloak spreads the requests of one browser over the pods of ' +
            'Deployment ok-keycloak (3 replicas): a service entry has no sticky.cookie.',
          fix: 'Add sticky: {cookie: {name: KC_ROUTE}} to this service entry',
          resource: 'IngressRoute/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.haproxy_no_affinity.yaml',
      findings: [
        {
          line: 46,
          column: 3,
          severity: 'info',
          message: 'no session affinity is configured for HAProxy',
          fix: 'haproxy.org/cookie-persistence: "KC_ROUTE"',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // stickiness.enabled=false is not stickiness.
      fixture: 'invalid.alb_stickiness_disabled.yaml',
      findings: [
        {
          line: 46,
          column: 3,
          severity: 'info',
          message: 'no session affinity is configured for the AWS Load Balancer Controller',
          fix: 'stickiness.enabled=true',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // The BackendConfig named through a port entry sets affinityType NONE.
      fixture: 'invalid.gke_backendconfig_none.yaml',
      findings: [
        {
          line: 57,
          column: 3,
          severity: 'info',
          message: 'no session affinity is configured for GKE Ingress',
          fix: 'cookie affinity generated by the load balancer (GENERATED_COOKIE)',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // At the rule that lacks sessionPersistence (its first key).
      fixture: 'invalid.httproute_no_persistence.yaml',
      findings: [
        {
          line: 50,
          column: 7,
          severity: 'info',
          message: 'HTTPRoute fires-keycloak spreads the requests of one browser',
          fix: 'Add sessionPersistence (type Cookie',
          resource: 'HTTPRoute/fires-keycloak',
        },
      ],
    },
    {
      // A DestinationRule without consistentHash is no stickiness; no annotations: at metadata.
      fixture: 'invalid.istio_class_no_destinationrule.yaml',
      findings: [
        {
          line: 55,
          column: 1,
          severity: 'info',
          message: 'no session affinity is configured for Istio',
          fix: 'consistentHash.httpCookie',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
  ],
});
