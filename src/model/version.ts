/** A Keycloak release, read from an image tag or from the configuration. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number | undefined;
  readonly text: string;
}

export function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const [, major, minor, patch] = match;
  const version = {
    major: Number(major),
    minor: Number(minor),
    patch: patch === undefined ? undefined : Number(patch),
  };
  return {
    ...version,
    text: `${version.major}.${version.minor}${patch === undefined ? '' : `.${version.patch}`}`,
  };
}

/** `v >= major.minor[.patch]` */
export function atLeast(v: Version, major: number, minor = 0, patch = 0): boolean {
  if (v.major !== major) return v.major > major;
  if (v.minor !== minor) return v.minor > minor;
  return (v.patch ?? 0) >= patch;
}

/** One release of every minor that changed something this linter knows of, 17 to 26.8. */
const QUARKUS_RELEASES: readonly Version[] = [
  '17.0',
  '18.0',
  '19.0',
  '20.0',
  '21.0',
  '21.1',
  '22.0',
  '23.0',
  '24.0',
  '25.0',
  '26.0',
  '26.1',
  '26.2',
  '26.3',
  '26.4',
  '26.5',
  '26.6',
  '26.7',
  '26.8',
].map((text) => parseVersion(text)!);

/**
 * A version gate. With a known version it is the predicate itself; with an unknown one it
 * holds only when it holds for every Quarkus release, so no rule claims something that
 * the running version might not do.
 */
export function holdsFor(
  version: Version | undefined,
  predicate: (v: Version) => boolean,
): boolean {
  return version ? predicate(version) : QUARKUS_RELEASES.every(predicate);
}
