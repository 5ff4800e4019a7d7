// Loads the rule registry (TypeScript) from a plain Node script by bundling it in memory.
import { build } from 'esbuild';

export async function loadRules() {
  const result = await build({
    entryPoints: ['rules/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return module.rules;
}
