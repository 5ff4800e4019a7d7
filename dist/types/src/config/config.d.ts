import type { Severity } from '../engine/report.js';
import type { ControllerFamily } from '../model/types.js';
export type RuleSetting = Severity | 'off';
/** The configuration of a run, from a file, with every key present. */
export interface Config {
    /** The file it was read from, relative to the working directory. */
    readonly file: string | undefined;
    /** Folder that `ignorePaths` are relative to. */
    readonly root: string;
    readonly rules: Readonly<Record<string, RuleSetting>>;
    readonly failOn: Severity | undefined;
    readonly keycloakVersion: string | undefined;
    readonly namespace: string | undefined;
    readonly ignorePaths: readonly string[];
    /** `Kind/namespace/name` or `Kind/name`: objects in the cluster that the files do not hold. */
    readonly externalResources: readonly string[];
    readonly ingressClasses: Readonly<Record<string, ControllerFamily>>;
    /** ingress-nginx controller ConfigMaps by other names: `name` or `namespace/name`. */
    readonly ingressNginxConfigMaps: readonly string[];
    /** Bytes; larger files are reported and not parsed. 0: no limit. */
    readonly maxFileSize: number | undefined;
}
/**
 * Files larger than this are not parsed. Large enough for the biggest manifests in the wild
 * (CRDs with full OpenAPI schemas, dashboards in ConfigMaps run to a few MB); small enough
 * that a data dump or a log committed as .yaml cannot take the run minutes and gigabytes.
 */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/**
 * A size as written on the command line or in the configuration: bytes, or a number with
 * K, M or G (KB, MB, GB, KiB, MiB, GiB all count in powers of 1024). Undefined when invalid.
 */
export declare function parseSize(text: string | number): number | undefined;
/** A size for messages: `10 MB`, `52.4 MB`, `900 KB`, `12 bytes`. */
export declare function formatSize(bytes: number): string;
export declare const CONFIG_FILES: string[];
export declare function emptyConfig(root: string): Config;
/** The nearest configuration file from a directory upwards. */
export declare function findConfig(from: string): string | undefined;
/**
 * Reads and checks a configuration file. Every mistake is a ConfigError that names the
 * file, line and column (`.keycloak-lint.yaml:4:5: ...`), which the CLI prints on one line.
 */
export declare function readConfig(path: string, cwd: string, ruleIds: readonly string[]): Config;
/**
 * The configuration a run uses: the given file, none (`false`), or the nearest one from the
 * working directory upwards.
 */
export declare function resolveConfig(choice: Config | string | false | undefined, cwd: string, ruleIds: readonly string[]): Config;
/** An external resource key as the model looks it up: `Kind/namespace/name`, `*` for any namespace. */
export declare function externalKey(entry: string): string;
