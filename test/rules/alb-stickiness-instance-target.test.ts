import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('alb-stickiness-instance-target', {
  valid: ['valid.ip_target.yaml', 'valid.no_stickiness.yaml'],
  invalid: [
    {
      // No target-type: the controller's default is instance; at the attributes.
      fixture: 'invalid.default_instance_target.yaml',
      findings: [
        {
          line: 48,
          column: 56,
          message:
            'Ingress fires-keycloak enables ALB stickiness with the default target-type ' +
            'instance: the targets the ALB sticks to are nodes, and kube-proxy may forward the ' +
            'requests to different Keycloak pods.',
          fix:
            'Set alb.ingress.kubernetes.io/target-type: ip, which registers the pods rather than ' +
            'the nodes as targets.',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // The Service's target-type wins over the Ingress's; reported where it is written.
      fixture: 'invalid.instance_target_on_service.yaml',
      findings: [
        {
          line: 34,
          column: 44,
          endColumn: 52,
          message: 'enables ALB stickiness with target-type: instance',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
  ],
});
