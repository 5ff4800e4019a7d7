/** A Keycloak release, read from an image tag or from the configuration. */
export interface Version {
    readonly major: number;
    readonly minor: number;
    readonly patch: number | undefined;
    readonly text: string;
}
export declare function parseVersion(text: string): Version | undefined;
/** `v >= major.minor[.patch]` */
export declare function atLeast(v: Version, major: number, minor?: number, patch?: number): boolean;
/**
 * A version gate. With a known version it is the predicate itself; with an unknown one it
 * holds only when it holds for every Quarkus release, so no rule claims something that
 * the running version might not do.
 */
export declare function holdsFor(version: Version | undefined, predicate: (v: Version) => boolean): boolean;
