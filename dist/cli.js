#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli.ts
import module from "node:module";

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
    "dist/cli-main.js",
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

// src/cli.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${package_default.version}
`);
} else {
  module.enableCompileCache?.();
  const { main } = await import("./cli-main.js");
  main(argv);
}
