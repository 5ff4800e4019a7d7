// Build-time options per Keycloak version (facts §1.5, §0): with `start --optimized` kc.sh
// does not run its build step, so these keep the values persisted when the image was built.
import { asArray, asObject, valueAt } from './resource.js';
import type { KeycloakContainer } from './types.js';
import { atLeast, type Version } from './version.js';

/** A build-time option and the value the official images are built with (none: unset). */
export interface BuildTimeOption {
  readonly name: string;
  /** The default persisted in the official images; undefined when the option is unset. */
  readonly officialDefault: string | undefined;
}

// Options that are build-time in every Quarkus version the linter knows (facts §1.5, §9).
const ALWAYS: readonly BuildTimeOption[] = [
  { name: 'db', officialDefault: 'dev-file' },
  { name: 'features', officialDefault: undefined },
  { name: 'health-enabled', officialDefault: 'false' },
  { name: 'metrics-enabled', officialDefault: 'false' },
];

// Cache options are build-time up to 24 and runtime from 25 (facts §0, UPG-25.0).
const CACHE_UNTIL_24: readonly BuildTimeOption[] = [
  { name: 'cache', officialDefault: 'ispn' },
  { name: 'cache-stack', officialDefault: undefined },
  { name: 'cache-config-file', officialDefault: 'cache-ispn.xml' },
];

// Management interface options, from 25 (facts §9).
const FROM_25: readonly BuildTimeOption[] = [
  { name: 'legacy-observability-interface', officialDefault: 'false' },
];

/** The build-time options of a version; with an unknown one, those of every version. */
export function buildTimeOptions(version: Version | undefined): readonly BuildTimeOption[] {
  if (!version) return ALWAYS;
  return [...ALWAYS, ...(atLeast(version, 25) ? FROM_25 : CACHE_UNTIL_24)];
}

/** Whether a value is what the official image was built with. */
export function isOfficialDefault(option: BuildTimeOption, value: string): boolean {
  const trimmed = value.trim().toLowerCase();
  if (option.officialDefault === undefined) return trimmed === '';
  return trimmed === option.officialDefault;
}

/**
 * Whether the container runs `kc.sh build` itself (a script `kc.sh build && kc.sh start
 * --optimized`): that build persists the variables and keycloak.conf it sees.
 */
export function buildsInContainer(kc: KeycloakContainer): boolean {
  const container = asObject(valueAt(kc.workload.resource.value, kc.path));
  const words = [...asArray(container?.command), ...asArray(container?.args)].filter(
    (w): w is string => typeof w === 'string',
  );
  return words.some((w) => /(^|[\s/])kc\.sh\b[^;&|\n]*?\sbuild(\s|$)/.test(w));
}
