import { loadModel } from '../../src/lint.js';
import type { KeycloakContainer, Model } from '../../src/model/types.js';

/** The model of one YAML text, as if piped to `keycloak-lint lint -`. */
export function modelOf(
  text: string,
  options: { keycloakVersion?: string; namespace?: string } = {},
): Model {
  return loadModel({ paths: ['-'], stdin: { text, filename: 'input.yaml' }, ...options }).model;
}

/** The only Keycloak container of a text. */
export function keycloakOf(
  text: string,
  options: { keycloakVersion?: string; namespace?: string } = {},
): KeycloakContainer {
  const containers = modelOf(text, options).keycloak;
  if (containers.length !== 1)
    throw new Error(`expected one Keycloak container, found ${containers.length}`);
  return containers[0]!;
}

/** A StatefulSet running one Keycloak container, with the given container body (indented YAML). */
export function statefulSet(
  container: string,
  { replicas = 3, image = 'quay.io/keycloak/keycloak:26.0.7', extra = '' } = {},
): string {
  const body = container
    .trim()
    .split('\n')
    .map((line) => `          ${line}`)
    .join('\n');
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kc
  namespace: iam
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: kc}
  template:
    metadata:
      labels: {app: kc}
    spec:
      containers:
        - name: keycloak
          image: ${image}
${body}
${extra}`;
}
