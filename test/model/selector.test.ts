import { expect, test } from 'vitest';
import type { Json } from '../../src/model/resource.js';
import {
  matchesLabelSelector,
  matchesServiceSelector,
  toLabelSelector,
} from '../../src/model/selector.js';

const labels = { app: 'keycloak', tier: 'iam', 'app.kubernetes.io/part-of': 'sso' };

test.for([
  [{ matchLabels: { app: 'keycloak' } }, true],
  [{ matchLabels: { app: 'keycloak', tier: 'web' } }, false],
  [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['iam', 'web'] }] }, true],
  [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['iam'] }] }, false],
  [{ matchExpressions: [{ key: 'missing', operator: 'NotIn', values: ['x'] }] }, true],
  [{ matchExpressions: [{ key: 'app.kubernetes.io/part-of', operator: 'Exists' }] }, true],
  [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
  [{ matchExpressions: [{ key: 'app', operator: 'Bogus', values: [] }] }, false],
  [{}, true],
] as [Json, boolean][])('label selector %j', ([selector, expected]) => {
  expect(matchesLabelSelector(toLabelSelector(selector)!, labels)).toBe(expected);
});

test('a Service selector needs every pair and selects nothing when empty', () => {
  expect(matchesServiceSelector({ app: 'keycloak' }, labels)).toBe(true);
  expect(matchesServiceSelector({ app: 'keycloak', tier: 'web' }, labels)).toBe(false);
  expect(matchesServiceSelector({}, labels)).toBe(false);
});
