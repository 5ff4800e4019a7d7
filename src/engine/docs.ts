import pkg from '../../package.json' with { type: 'json' };

/** The project's repository on the web, from package.json. */
export const REPOSITORY_URL = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Where a rule's documentation page is; derived from the id, never typed by hand. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
