// Lint rules, including the layer boundaries: shared ← pipeline, shared ← app, and nothing else.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-scale/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'data/',
      'bench/.work/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Source text is data, never markup: render it as text.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Source text is data, never markup: use textContent.',
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  layer(
    ['src/shared/**'],
    ['**/app/**', '**/pipeline/**', 'node:*', 'react', 'cytoscape'],
    'src/shared is runtime-free: no app, pipeline, Node or React imports.',
  ),
  layer(
    ['src/pipeline/**'],
    ['**/app/**', 'react', 'cytoscape'],
    'The pipeline runs in Node and must not import the app.',
  ),
  layer(
    ['src/app/**'],
    ['**/pipeline/**', 'node:*', 'cytoscape', 'cytoscape-*'],
    'The app runs in the browser, never imports the pipeline or Node, and only src/app/canvas imports cytoscape.',
  ),
  layer(
    ['src/app/canvas/**'],
    ['**/pipeline/**', 'node:*'],
    'The app runs in the browser and must not import the pipeline or Node.',
  ),
);
