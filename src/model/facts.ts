// Keycloak facts the rules share, with the versions where they changed
// (../shared/spec/keycloak-facts.md, cited as facts §N).
import type { Distribution } from './types.js';
import { atLeast, holdsFor, type Version } from './version.js';

/** Where each distribution reads keycloak.conf and cache XML files from. */
export const CONF_DIR: Readonly<Record<Distribution, string>> = {
  quarkus: '/opt/keycloak/conf',
  bitnami: '/opt/bitnami/keycloak/conf',
  legacy: '/opt/jboss/keycloak/standalone/configuration',
};

/** Built-in transport stacks (facts §1.2): jdbc-ping and jdbc-ping-udp exist from 26.1. */
export function builtinStacks(version: Version): readonly string[] {
  const stacks = ['tcp', 'udp', 'kubernetes', 'ec2', 'azure', 'google'];
  return atLeast(version, 26, 1) ? ['jdbc-ping', 'jdbc-ping-udp', ...stacks] : stacks;
}

export const ALL_STACKS: readonly string[] = [
  'jdbc-ping',
  'jdbc-ping-udp',
  'tcp',
  'udp',
  'kubernetes',
  'ec2',
  'azure',
  'google',
];

/** Stacks whose discovery or cluster messages use IP multicast (facts §2.1). */
export const MULTICAST_STACKS: ReadonlySet<string> = new Set(['udp', 'tcp', 'jdbc-ping-udp']);

/** How each multicast stack uses multicast, for messages. */
export const MULTICAST_USE: Readonly<Record<string, string>> = {
  udp: 'UDP transport with multicast discovery (PING)',
  tcp: 'TCP transport with multicast discovery (MPING)',
  'jdbc-ping-udp': 'UDP transport, which sends cluster-wide messages by IP multicast',
};

export const CLOUD_STACKS: ReadonlySet<string> = new Set(['ec2', 'azure', 'google']);

/** Stacks with a TCP transport: they listen on the transport port and transport + 50000. */
export const TCP_STACKS: ReadonlySet<string> = new Set([
  'tcp',
  'kubernetes',
  'jdbc-ping',
  'ec2',
  'azure',
  'google',
]);

/** The version from which a stack is deprecated (facts §0: 26.1 and 26.3). */
export function deprecatedSince(stack: string): string | undefined {
  if (stack === 'kubernetes') return '26.3';
  if (['udp', 'tcp', 'jdbc-ping-udp', 'ec2', 'azure', 'google'].includes(stack)) return '26.1';
  return undefined;
}

export function isDeprecatedStack(stack: string, version: Version | undefined): boolean {
  const since = deprecatedSince(stack);
  if (!since) return false;
  const [major, minor] = since.split('.').map(Number) as [number, number];
  return holdsFor(version, (v) => atLeast(v, major, minor));
}

/** Cookies Keycloak sets itself; a proxy cookie of the same name collides (facts §5). */
export const KEYCLOAK_COOKIES: Readonly<Record<string, string>> = {
  AUTH_SESSION_ID: 'the authentication session',
  AUTH_SESSION_ID_LEGACY: 'the authentication session (legacy SameSite copy)',
  KC_AUTH_SESSION_HASH: 'the authentication session hash read by the login page',
  KC_RESTART: 'restarting an interrupted login',
  KC_STATE_CHECKER: 'the state of detached pages',
  KEYCLOAK_IDENTITY: 'the SSO session identity',
  KEYCLOAK_IDENTITY_LEGACY: 'the SSO session identity (legacy SameSite copy)',
  KEYCLOAK_SESSION: 'the SSO session marker',
  KEYCLOAK_SESSION_LEGACY: 'the SSO session marker (legacy SameSite copy)',
  KEYCLOAK_LOCALE: 'the chosen locale',
  KEYCLOAK_REMEMBER_ME: 'the remembered user name',
  WELCOME_STATE_CHECKER: 'the welcome page',
};

/** The stack a cache-stack fix should recommend for the version. */
export function recommendedStackFix(
  version: Version | undefined,
): 'before261' | 'from261' | 'from263' | 'unknown' {
  if (!version) return 'unknown';
  if (!atLeast(version, 26, 1)) return 'before261';
  return atLeast(version, 26, 3) ? 'from263' : 'from261';
}
