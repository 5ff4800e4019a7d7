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
export declare function parseImage(raw: string): ImageRef;
export declare function isKeycloakImage(image: ImageRef): boolean;
/** Official images: their entrypoint is kc.sh with no default command. */
export declare function isOfficialImage(image: ImageRef): boolean;
/** Bitnami images translate their own KEYCLOAK_* variables and choose the start command. */
export declare function isBitnamiImage(image: ImageRef): boolean;
/** The WildFly distribution: `jboss/keycloak`, `*-legacy` (the caller checks versions < 17). */
export declare function isLegacyImage(image: ImageRef): boolean;
