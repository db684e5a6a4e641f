import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const channelPackages = {
  patterns: [
    {
      group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*'],
      message: 'domain/, data/ and cards/ stay free of the channel: only bot/ and dialogs/ talk Bot Framework or HTTP.',
    },
  ],
};

const dialogsIndex = {
  paths: [
    {
      name: 'botbuilder-dialogs',
      allowTypeImports: true,
      message: 'Take classes from dialogs/dialogKit.ts: the package index loads every prompt and recognizers-text at start.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'test/artifacts/**', 'data/migrations/**', 'web/dist/**', 'dist/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['domain/**/*.ts', 'data/**/*.ts', 'cards/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', channelPackages], '@typescript-eslint/no-restricted-imports': ['error', channelPackages] },
  },
  {
    files: ['bot/**/*.ts', 'dialogs/**/*.ts', 'services/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', dialogsIndex] },
  },
);
