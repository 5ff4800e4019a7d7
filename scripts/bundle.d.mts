export const ENTRIES: Record<string, string>;
export function bundle(outdir?: string): Promise<void>;
