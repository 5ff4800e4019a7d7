#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli.ts
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath } from "node:url";

// package.json
var package_default = {
  name: "keycloak-lint",
  version: "0.1.0",
  description: "Static linter for Kubernetes manifests that catches the mistakes that break Keycloak clusters",
  type: "module",
  license: "Apache-2.0",
  homepage: "https://github.com/keycloak-lint/keycloak-lint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/keycloak-lint/keycloak-lint.git"
  },
  bugs: {
    url: "https://github.com/keycloak-lint/keycloak-lint/issues"
  },
  keywords: [
    "keycloak",
    "kubernetes",
    "linter",
    "infinispan",
    "jgroups",
    "ingress-nginx",
    "sarif"
  ],
  bin: {
    "keycloak-lint": "dist/cli.js"
  },
  main: "./dist/index.js",
  types: "./dist/types/src/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "dist/cli.js",
    "dist/cli-main.cjs",
    "dist/index.js",
    "dist/types",
    "docs/rules",
    "schemas",
    "README.md"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    bundle: "node scripts/bundle.mjs && rm -rf dist/types && tsc -p tsconfig.types.json",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome format --write .",
    test: "vitest run",
    generate: "node scripts/generate.mjs",
    bench: "node scripts/bench.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@biomejs/biome": "^2.6.9",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    commander: "^14.0.3",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "js-yaml": "^5.5.0",
    "kubernetes-types": "^1.30.0",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    typescript: "~5.9.3",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/compile-cache.ts
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
import module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
function loadScript(file) {
  const require2 = createRequire(file);
  const off = process.env.KEYCLOAK_LINT_NO_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE;
  const enable = module.enableCompileCache;
  if (off || enable) {
    if (!off) enable?.();
    return require2(file);
  }
  const { Script } = require2("node:vm");
  const source = readFileSync(file, "utf8");
  const cacheFile = cachePath(file);
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
  }
  const script = new Script(module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => save(file, cacheFile, () => script.createCachedData()));
  }
  const exported = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper(exported.exports, require2, exported, file, dirname(file));
  return exported.exports;
}
function cachePath(file) {
  try {
    const uid = process.getuid?.() ?? "user";
    const dir = join(tmpdir(), `keycloak-lint-compile-cache-${uid}`);
    if (!existsSync(dir)) mkdirSync(dir, { mode: 448 });
    const stat = statSync(dir);
    if (!stat.isDirectory() || (stat.mode & 18) !== 0) return void 0;
    if (process.getuid && stat.uid !== process.getuid()) return void 0;
    const script = statSync(file);
    const key = [process.version, process.arch, script.size, Math.trunc(script.mtimeMs)];
    return join(dir, `${prefixOf(file)}${key.join("-")}.bin`);
  } catch {
    return void 0;
  }
}
function save(file, path, data) {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data(), { mode: 384 });
    renameSync(partial, path);
    const dir = dirname(path);
    const prefix = prefixOf(file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".bin") && join(dir, name) !== path)
        unlinkSync(join(dir, name));
    }
  } catch {
    try {
      unlinkSync(partial);
    } catch {
    }
  }
}
function prefixOf(file) {
  let hash = 2166136261;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 16777619);
  return `cli-main-${(hash >>> 0).toString(16)}-`;
}

// src/cli.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${package_default.version}
`);
} else {
  const bundled = fileURLToPath(new URL("./cli-main.cjs", import.meta.url));
  const { main } = existsSync2(bundled) ? loadScript(bundled) : await import("./cli-main.js");
  main(argv);
}
