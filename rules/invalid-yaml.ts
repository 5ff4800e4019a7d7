import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'invalid-yaml',
  meta: {
    severity: 'error',
    category: 'input',
    summary: 'Report documents that cannot be read as YAML or JSON',
    rationale:
      'A document that does not parse is not applied by kubectl, and none of its settings can be ' +
      'checked. Duplicate keys parse, but tools disagree on which value wins; aliases that ' +
      'expand without bound (a "billion laughs" document) are refused. The other documents of ' +
      'the file are still linted.',
    fix: 'Correct the document at the position shown.',
    fixes: {
      duplicateKey: 'Keep one of the two keys.',
      file: 'Remove the file from the linted paths, or replace it with UTF-8 YAML or JSON text.',
    },
    messages: {
      syntax: 'YAML syntax error: {{reason}}.',
      duplicateKey:
        'A key is defined twice in the same mapping ({{reason}}); which value wins depends on ' +
        'the tool.',
      unreadable: 'The document cannot be read: {{reason}}.',
      binary: 'The file is binary, not YAML or JSON text.',
      encoding: 'The file is not valid UTF-8 (or UTF-16 with a byte order mark) text.',
    },
    appliesTo: ['*'],
  },
  *check(model) {
    for (const problem of model.problems) {
      if (problem.ruleId !== 'invalid-yaml') continue;
      const fileLevel = problem.messageId === 'binary' || problem.messageId === 'encoding';
      yield {
        messageId: problem.messageId,
        data: problem.data,
        at: { file: problem.file, start: problem.start, end: problem.end },
        ...(fileLevel
          ? { fixId: 'file' }
          : problem.messageId === 'duplicateKey'
            ? { fixId: 'duplicateKey' }
            : {}),
      };
    }
  },
});
