import { defineRule } from '../src/engine/rule.js';
import { nameOf } from '../src/model/describe.js';
import { sourceOf } from '../src/model/generated.js';

export default defineRule({
  id: 'duplicate-resource',
  meta: {
    severity: 'error',
    category: 'input',
    summary: 'Report documents that define the same object twice',
    rationale:
      'Two documents with the same API group, kind, namespace and name are one object in the ' +
      'cluster: the later `kubectl apply` silently replaces the earlier, so one of the two ' +
      'configurations never runs, and which one depends on the order the files are applied in.',
    fix: 'Keep one definition, or give the copies different names or namespaces.',
    messages: {
      duplicate:
        '{{resource}} is defined again here; it is first defined in {{first}}, and the later ' +
        'apply replaces the earlier.',
    },
    appliesTo: ['*'],
  },
  *check(model) {
    for (const all of model.index.duplicates()) {
      // The objects a Keycloak CR stands for repeat only when the CR does, which is reported.
      const group = all.filter((r) => !sourceOf(r));
      const [first, ...copies] = group;
      for (const copy of copies) {
        yield {
          messageId: 'duplicate',
          data: { resource: nameOf(copy), first: first!.doc.file.displayPath },
          at: copy.at(['metadata', 'name']),
          resource: copy,
          related: [
            { at: first!.at(['metadata', 'name']), resource: first!, message: 'first definition' },
          ],
        };
      }
    }
  },
});
