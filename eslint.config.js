import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const VIEWS = ['timeline', 'network', 'quotes', 'filters', 'curate'];

/** Import direction (bulletproof-react): app → views → state → lib/data/i18n. */
function forbid(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
    },
  };
}

const htmlInjection = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Dataset text is untrusted: never insert it as HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='html']",
    message: 'No d3 .html(): dataset text is untrusted; use .text().',
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No innerHTML/outerHTML: build nodes, set textContent.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML: dataset text is untrusted.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function(): the CSP forbids eval.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval(): the CSP forbids it.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'public', 'bench/out', 'e2e/.generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...VIEWS.map((view) =>
    forbid(
      [`src/views/${view}/**`],
      VIEWS.filter((v) => v !== view).flatMap((v) => [`../${v}`, `../${v}/*`, `**/views/${v}`, `**/views/${v}/*`]).concat(['**/app', '**/app/*']),
      `Views never import each other or the app shell; share through src/state, src/lib or src/ui.`,
    ),
  ),
  forbid(
    ['src/lib/**'],
    ['react', 'react-dom', '**/state', '**/state/*', '**/views/*', '**/app/*', '@tanstack/*'],
    'src/lib is pure math: no React, no state, no views.',
  ),
  forbid(
    ['src/data/**'],
    ['react', 'react-dom', '**/state/*', '**/views/*', '**/app/*'],
    'src/data knows nothing of React components, state or views.',
  ),
  forbid(['src/state/**'], ['**/views/*', '**/app/*'], 'State does not import views or the shell.'),
  forbid(['src/ui/**'], ['**/views/*', '**/app/*'], 'Shared UI pieces do not import views or the shell.'),
);
