// `keycloak-lint rules` and `keycloak-lint explain`: the rule pages and the log reader.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import { explainLog } from '../../src/explain/explain.js';
import { SIGNATURES } from '../../src/explain/signatures.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS, ROOT } from '../helpers/paths.js';

const PART1 = join(CORPUS, 'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1');

// What a pod of the part1 StatefulSet logs when each replica forms its own cluster.
const SPLIT_LOG = [
  '2024-03-10 10:00:01,123 INFO  [org.infinispan.CLUSTER] (main) ISPN000078: Starting JGroups channel `ISPN` with stack `udp`',
  '2024-03-10 10:00:03,456 INFO  [org.jgroups.protocols.pbcast.GMS] (main) kc-0-48271: no members discovered after 2003 ms: creating cluster as coordinator',
  '2024-03-10 10:00:03,789 INFO  [org.infinispan.CLUSTER] (main) ISPN000094: Received new cluster view for channel ISPN: [kc-0-48271|0] (1) [kc-0-48271]',
  '2024-03-10 10:00:04,000 INFO  [io.quarkus] (main) Keycloak 23.0.7 on JVM started in 12.3s',
  '',
].join('\n');

describe('rules', () => {
  test('lists every rule; --format json carries the metadata', () => {
    const text = runCli(['rules']);
    expect(text.status).toBe(0);
    for (const rule of rules) expect(text.stdout).toContain(rule.id);
    const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as {
      id: string;
      severity: string;
    }[];
    expect(json.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(json.map((r) => r.severity)).toEqual(rules.map((r) => r.meta.severity));
  });
});

describe('explain a rule', () => {
  test('prints the rule page that docs/rules holds', () => {
    // The committed bundle, which finds docs/rules beside dist/ as in the npm package.
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'explain', 'dns-query-service-not-headless'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      readFileSync(join(ROOT, 'docs/rules/dns-query-service-not-headless.md'), 'utf8'),
    );
  });

  test('an unknown id is exit code 2 with the nearest real one', () => {
    const result = runCli(['explain', 'multicast-stack']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'unknown rule "multicast-stack"; did you mean "multicast-stack-on-kubernetes"?',
    );
  });
});

describe('explain a log', () => {
  test('every signature names rules that exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const signature of SIGNATURES) {
      expect(
        signature.rules.filter((id) => !ids.has(id)),
        signature.meaning,
      ).toEqual([]);
    }
  });

  test('sorts lines into signatures and counts the rest', () => {
    const explanation = explainLog(SPLIT_LOG);
    expect(explanation.lines).toBe(4);
    expect(explanation.unknown).toBe(1);
    expect(explanation.matches.map((m) => m.first.line).sort()).toEqual([1, 2, 3]);
  });

  test("a lost login is known by the browser's page text and by the server's event", () => {
    const event =
      '2026-12-01 10:00:00,000 WARN  [org.keycloak.events] (executor-thread-3) ' +
      'type="LOGIN_ERROR", realmId="r", clientId="app", userId="null", ' +
      'ipAddress="10.0.0.1", error="cookie_not_found"';
    const page = 'Cookie not found. Please make sure cookies are enabled in your browser.';
    for (const line of [event, page]) {
      const explanation = explainLog(line);
      expect(explanation.matches.map((m) => m.signature.id)).toEqual(['lost-login']);
    }
    expect(explainLog('error="invalid_user_credentials"').matches).toEqual([]);
  });

  test('with manifests, points each signature at the finding that explains it', () => {
    const result = runCli(['explain', '--log', '-', PART1], { input: SPLIT_LOG });
    expect(result.status).toBe(0);
    const pointers = result.stdout
      .split('\n')
      .filter((l) => l.includes('multicast-stack-on-kubernetes'));
    // One pointer per signature, all at the StatefulSet's container, which sets no cache stack.
    expect(pointers).toHaveLength(3);
    for (const line of pointers)
      expect(line).toMatch(/part1\/deployment\.yaml:43:11 {2}error {2}No cache stack is set/);
    expect(result.stdout).toContain('4 lines read: 3 explained, 1 matched no known signature.');
  });

  test('without manifests, names the rules that catch the causes', () => {
    const result = runCli(['explain', '--log', '-'], { input: SPLIT_LOG });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Rules that catch them: .*multicast-stack-on-kubernetes/);
  });

  test('a log with no known signature says so; a missing log file is exit code 2', () => {
    const plain = runCli(['explain', '--log', '-'], { input: 'hello\nworld\n' });
    expect(plain.stdout).toContain('None of the 2 log lines match a known signature.');
    const one = runCli(['explain', '--log', '-'], { input: `${SPLIT_LOG.split('\n')[0]}\n` });
    expect(one.stdout).toContain('1 line read: 1 explained, 0 matched no known signature.');
    const missing = runCli(['explain', '--log', 'no-such.log']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')).toHaveLength(2);
  });

  test('a UTF-16 log is read; manifests with no object say so instead of blaming the network', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SPLIT_LOG, 'utf16le')]);
    // A folder of YAML that holds no Kubernetes object (a Helm values file).
    const dir = mkdtempSync(join(tmpdir(), 'kl-explain-'));
    writeFileSync(join(dir, 'values.yaml'), 'replicaCount: 3\n');
    const result = runCli(['explain', '--log', '-', dir], { input: utf16 });
    expect(result.stdout).toContain('4 lines read: 3 explained');
    expect(result.stdout).toContain('No Kubernetes object was read from the manifests given');
    expect(result.stdout).not.toContain('look outside them');
  });
});
