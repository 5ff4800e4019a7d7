export declare function describeFsError(error: unknown): string;
