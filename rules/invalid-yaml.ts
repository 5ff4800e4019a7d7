import { defineRule } from '../src/engine/rule.js';

/** The fix variant of each message; the others get the general fix. */
const FIX_IDS: Readonly<Record<string, string>> = {
  binary: 'file',
  encoding: 'file',
  tooLarge: 'tooLarge',
  duplicateKey: 'duplicateKey',
  mergedDocuments: 'mergedDocuments',
};

export default defineRule({
  id: 'invalid-yaml',
  meta: {
    severity: 'error',
    category: 'input',
    summary: 'Report documents that cannot be read as YAML or JSON',
    rationale:
      'A document that does not parse is not applied by kubectl, and none of its settings can be ' +
      'checked. Duplicate keys parse, but tools disagree on which value wins; aliases that ' +
      'expand without bound (a "billion laughs" document) are refused, and so are files over ' +
      'the size limit (10 MB unless `--max-file-size` or `maxFileSize` says otherwise), which ' +
      'would cost the run minutes and gigabytes. The other documents of the file, and the ' +
      'other files, are still linted.',
    fix: 'Correct the document at the position shown.',
    fixes: {
      duplicateKey: 'Keep one of the two keys.',
      mergedDocuments:
        'Put a line with `---` before this line, so that each manifest is a document of its own.',
      file: 'Remove the file from the linted paths, or replace it with UTF-8 YAML or JSON text.',
      tooLarge:
        'Raise the limit with --max-file-size (maxFileSize in .keycloak-lint.yaml; 0 for no ' +
        'limit), or leave the file out with ignorePaths.',
    },
    messages: {
      syntax: 'YAML syntax error: {{reason}}.',
      duplicateKey:
        'The key {{key}} is defined twice in the same mapping; which value wins depends on the ' +
        'tool.',
      mergedDocuments:
        'A second top-level {{key}} in one document: two manifests run together, a `---` line ' +
        'between them is probably missing, and neither is linted.',
      unreadable: 'The document cannot be read: {{reason}}.',
      binary: 'The file is binary, not YAML or JSON text.',
      encoding: 'The file is not valid UTF-8 (or UTF-16 with a byte order mark) text.',
      tooLarge: 'The file is {{size}}, more than the {{limit}} limit, so it was not read.',
    },
    appliesTo: ['*'],
  },
  *check(model) {
    for (const problem of model.problems) {
      if (problem.ruleId !== 'invalid-yaml') continue;
      const fixId = FIX_IDS[problem.messageId];
      yield {
        messageId: problem.messageId,
        data: problem.data,
        at: { file: problem.file, start: problem.start, end: problem.end },
        ...(fixId ? { fixId } : {}),
      };
    }
  },
});
