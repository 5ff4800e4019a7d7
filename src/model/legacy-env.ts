// Variables that only the entrypoint of the WildFly distribution (jboss/keycloak, before 17)
// read, with what replaces each in the Quarkus distribution (17+). Keycloak 17+ and its kc.sh
// never read them. Bitnami images read some of the database ones themselves, and names that
// Bitnami also uses (KEYCLOAK_HOSTNAME, KEYCLOAK_HTTP_PORT) are not listed (corpus decision 3).
import { atLeast, type Version } from './version.js';

/** What to use instead (a noun phrase), or, with `nothing`, what to do without it (a clause). */
export interface Replacement {
  readonly text: string;
  readonly nothing?: boolean;
}

type ReplacementOf = (version: Version | undefined) => Replacement;

const use =
  (text: string): ReplacementOf =>
  () => ({ text });

/** The bootstrap admin variables were renamed in 26.0 (facts §12). */
const admin =
  (field: 'USERNAME' | 'PASSWORD'): ReplacementOf =>
  (version) => {
    const before = field === 'USERNAME' ? 'KEYCLOAK_ADMIN' : 'KEYCLOAK_ADMIN_PASSWORD';
    const from26 = `KC_BOOTSTRAP_ADMIN_${field}`;
    if (!version) return { text: `${before} (up to 25) or ${from26} (26 and later)` };
    return { text: atLeast(version, 26) ? from26 : before };
  };

/** `proxy-headers` exists from 24; `proxy` before it (removed in 26.0, facts §8.1). */
const proxy: ReplacementOf = (version) => {
  if (!version)
    return { text: 'KC_PROXY_HEADERS=xforwarded (24 and later) or KC_PROXY (17 to 23)' };
  return {
    text: atLeast(version, 24)
      ? 'KC_PROXY_HEADERS=xforwarded'
      : 'KC_PROXY (edge or reencrypt, by how the proxy reaches Keycloak)',
  };
};

/** 26.1 made jdbc-ping the default, 26.3 deprecated the kubernetes stack (facts §0). */
const stack: ReplacementOf = (version) => {
  if (version && !atLeast(version, 26, 1)) return { text: 'KC_CACHE_STACK=kubernetes' };
  if (version && atLeast(version, 26, 3))
    return { text: 'leave KC_CACHE_STACK unset so that Keycloak uses jdbc-ping', nothing: true };
  if (version) return { text: 'KC_CACHE_STACK (or leave it unset for the default jdbc-ping)' };
  return { text: 'KC_CACHE_STACK (from 26.1 it can stay unset, for jdbc-ping)' };
};

const dnsQuery: ReplacementOf = (version) => {
  const query = '-Djgroups.dns.query=<service>.<namespace> in JAVA_OPTS_APPEND';
  if (version && !atLeast(version, 26, 1))
    return { text: `${query}, with KC_CACHE_STACK=kubernetes` };
  if (version && atLeast(version, 26, 3))
    return {
      text: 'the default jdbc-ping stack discovers members through the database',
      nothing: true,
    };
  if (version)
    return { text: `${query} with the kubernetes stack (the default jdbc-ping needs no query)` };
  return {
    text: `${query} with the kubernetes stack (from 26.1 the default jdbc-ping needs no query)`,
  };
};

const OWNERS = 'the owners attribute of the distributed caches in a cache XML (cache-config-file)';

export const LEGACY_VARIABLES: ReadonlyMap<string, ReplacementOf> = new Map([
  ['CACHE_OWNERS', use(OWNERS)],
  ['CACHE_OWNERS_AUTH_SESSIONS_COUNT', use(OWNERS)],
  ['CACHE_OWNERS_COUNT', use(OWNERS)],
  ['DB_ADDR', use('KC_DB_URL_HOST')],
  ['DB_DATABASE', use('KC_DB_URL_DATABASE')],
  ['DB_PASSWORD', use('KC_DB_PASSWORD')],
  ['DB_PORT', use('KC_DB_URL_PORT')],
  ['DB_SCHEMA', use('KC_DB_SCHEMA')],
  ['DB_USER', use('KC_DB_USERNAME')],
  ['DB_VENDOR', use('KC_DB')],
  ['JDBC_PARAMS', use('KC_DB_URL_PROPERTIES')],
  ['JGROUPS_DISCOVERY_PROPERTIES', dnsQuery],
  ['JGROUPS_DISCOVERY_PROTOCOL', stack],
  ['JGROUPS_TRANSPORT_STACK', stack],
  [
    'KEYCLOAK_IMPORT',
    use('the --import-realm option of start, with the realm files in /opt/keycloak/data/import'),
  ],
  ['KEYCLOAK_PASSWORD', admin('PASSWORD')],
  ['KEYCLOAK_STATISTICS', use('KC_METRICS_ENABLED=true')],
  ['KEYCLOAK_USER', admin('USERNAME')],
  ['PROXY_ADDRESS_FORWARDING', proxy],
]);
