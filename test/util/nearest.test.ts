import { expect, test } from 'vitest';
import { RULE_IDS } from '../../src/lint.js';
import { nearest } from '../../src/util/nearest.js';

test.for([
  ['multicast-stack', 'multicast-stack-on-kubernetes'], // shortened
  ['dns-query-headless', 'dns-query-service-not-headless'], // words left out
  ['dev-mode-with-replica', 'dev-mode-with-replicas'], // misspelt
  ['proxy-option-obsolet', 'proxy-option-obsolete'],
  ['dns-query', undefined], // fits several rules: no guess
  ['completely-unrelated', undefined],
] as const)('"%s" suggests %s', ([word, expected]) => {
  expect(nearest(word, RULE_IDS)).toBe(expected);
});
