import type { Location } from '../load/source.js';

/**
 * A value of the effective configuration and where it came from. `value` is undefined
 * when the linter cannot know it (a Secret that is not in the files, a fieldRef); such a
 * value is never guessed at, and rules treat it as "could be anything".
 */
export interface Setting {
  readonly value: string | undefined;
  /** Why the value is unknown. */
  readonly unknown?: string;
  /** Where the value is written. */
  readonly at: Location;
  /** Locations the value passed through on its way (an envFrom entry, a key reference). */
  readonly via: readonly Location[];
  /** How a message names the source: `--cache-stack`, `KC_CACHE_STACK`, `JAVA_OPTS_APPEND`. */
  readonly origin: string;
  /** The object the value was read from, when it is not the workload: `ConfigMap kc-env`. */
  readonly from?: string;
}

// Kubernetes leaves `$(NAME)` in place when NAME is undefined; when NAME is defined but its
// value is unknown to the linter, the reference is kept between these private-use marks so
// that the rest of the string stays readable and only the affected value becomes unknown.
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function unknownReference(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

export function hasUnknownReference(text: string): boolean {
  return text.includes(OPEN);
}

/** The text as the manifest writer would recognise it (`$(NAME)` for unknown references). */
export function displayValue(text: string): string {
  return text.replace(/\uE000([^\uE001]*)\uE001/g, '$($1)');
}

/** A setting's value for a message; values read from Secrets are never printed. */
export function shownValue(setting: Pick<Setting, 'value' | 'from'>): string {
  if (setting.from?.startsWith('Secret ')) return `a value from ${setting.from}`;
  return setting.value === undefined ? 'value unknown' : displayValue(setting.value);
}

/** Reads a boolean option the way Keycloak does (case-insensitive `true`). */
export function isTrue(setting: Setting | undefined): boolean {
  return setting?.value?.trim().toLowerCase() === 'true';
}
