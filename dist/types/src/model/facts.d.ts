import type { Distribution } from './types.js';
import { type Version } from './version.js';
/** Where each distribution reads keycloak.conf and cache XML files from. */
export declare const CONF_DIR: Readonly<Record<Distribution, string>>;
/** Built-in transport stacks (facts §1.2): jdbc-ping and jdbc-ping-udp exist from 26.1. */
export declare function builtinStacks(version: Version): readonly string[];
export declare const ALL_STACKS: readonly string[];
/** Stacks whose discovery or cluster messages use IP multicast (facts §2.1). */
export declare const MULTICAST_STACKS: ReadonlySet<string>;
/** How each multicast stack uses multicast, for messages. */
export declare const MULTICAST_USE: Readonly<Record<string, string>>;
export declare const CLOUD_STACKS: ReadonlySet<string>;
/** Stacks with a TCP transport: they listen on the transport port and transport + 50000. */
export declare const TCP_STACKS: ReadonlySet<string>;
/** The version from which a stack is deprecated (facts §0: 26.1 and 26.3). */
export declare function deprecatedSince(stack: string): string | undefined;
export declare function isDeprecatedStack(stack: string, version: Version | undefined): boolean;
/** Cookies Keycloak sets itself; a proxy cookie of the same name collides (facts §5). */
export declare const KEYCLOAK_COOKIES: Readonly<Record<string, string>>;
/** The stack a cache-stack fix should recommend for the version. */
export declare function recommendedStackFix(version: Version | undefined): 'before261' | 'from261' | 'from263' | 'unknown';
