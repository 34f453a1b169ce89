// Lint for the Office add-in code (src/excel, src/taskpane): eslint-plugin-office-addins
// rules (load before read, sync after load, no sync in loops, isNullObject checks)
// plus eslint's recommended set. Formatting is not linted (no prettier rule): the
// project has no formatter configuration to enforce.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']),
);

module.exports = [
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    ...js.configs.recommended,
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      // A loop of syncs is how large data is chunked under the 5 MB limit; each is marked where used.
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-office-initialize': 'warn',
      // TypeScript checks names (Office, Excel and DOM globals included).
      'no-undef': 'off',
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-eval': 'error',
    },
  },
];
