/** A problem with the options or configuration: one line on stderr, exit code 2. */
export declare class ConfigError extends Error {
}
