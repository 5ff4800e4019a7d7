/** An image reference split into its parts. */
export interface ImageRef {
  readonly raw: string;
  /** Repository path without registry or tag: `keycloak/keycloak`, `bitnami/keycloak`. */
  readonly repository: string;
  /** Last path segment of the repository. */
  readonly name: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

export function parseImage(raw: string): ImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  // The first segment is a registry when it looks like a host name.
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    parts.shift();
  }
  const repository = parts.join('/');
  return { raw, repository, name: parts[parts.length - 1] ?? '', tag: tag || undefined, digest };
}

/** Images whose name contains "keycloak" but which are tools around it, not the server. */
const NOT_THE_SERVER = /operator|gatekeeper|config-cli|exporter|theme|init|proxy|client/;

export function isKeycloakImage(image: ImageRef): boolean {
  const name = image.name.toLowerCase();
  return name.includes('keycloak') && !NOT_THE_SERVER.test(name);
}

/** Official images: their entrypoint is kc.sh with no default command. */
export function isOfficialImage(image: ImageRef): boolean {
  return /(^|\/)keycloak\/keycloak$|(^|\/)rhbk\/keycloak-rhel\d+$/.test(image.repository);
}

/** Bitnami images translate their own KEYCLOAK_* variables and choose the start command. */
export function isBitnamiImage(image: ImageRef): boolean {
  return /(^|\/)bitnami[a-z]*\/keycloak$/.test(image.repository);
}

/** The WildFly distribution: `jboss/keycloak`, `*-legacy` (the caller checks versions < 17). */
export function isLegacyImage(image: ImageRef): boolean {
  return /(^|\/)jboss\/keycloak$/.test(image.repository) || /-legacy$/.test(image.tag ?? '');
}
