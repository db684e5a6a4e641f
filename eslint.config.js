import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const channelPackages = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*'],
  message: 'domain/, data/ and cards/ stay free of the channel: only bot/ and dialogs/ talk Bot Framework or HTTP.',
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

/** A relative import of one of our top-level folders (`../dialogs/…`, `../../bot`, …). */
function ourFolders(folders, message) {
  return { regex: `^(?:\\.\\./)+(?:${folders.join('|')})(?:/|$)`, message };
}

/**
 * The layer order (README.md, "Layout"): bot → dialogs → services → jobs → data → domain, with
 * cards/ and locales/ below dialogs/. No import runs back up; domain/ imports nothing of ours.
 */
const layers = [
  { files: ['domain/**/*.ts'], patterns: [channelPackages, ourFolders(['data', 'services', 'dialogs', 'bot', 'cards', 'locales', 'jobs'], 'domain/ is pure: it imports nothing of ours.')] },
  { files: ['data/**/*.ts'], patterns: [channelPackages, ourFolders(['services', 'dialogs', 'bot', 'cards', 'locales', 'jobs'], 'data/ imports only domain/.')] },
  { files: ['jobs/**/*.ts'], patterns: [ourFolders(['services', 'dialogs', 'bot', 'cards'], 'jobs/ (the job runner, mailer and notifier interface) sits below services/: it imports only data/, domain/ and locales/.')] },
  { files: ['services/**/*.ts'], patterns: [ourFolders(['dialogs', 'bot'], 'services/ is below the conversation: it never imports dialogs/ or bot/.')] },
  { files: ['dialogs/**/*.ts'], patterns: [ourFolders(['bot'], 'dialogs/ never imports bot/ (bot/ is above it).')] },
  { files: ['cards/**/*.ts'], patterns: [channelPackages, ourFolders(['dialogs', 'services', 'bot'], 'cards/ are below dialogs/: they never import dialogs/, services/ or bot/.')] },
  { files: ['locales/**/*.ts'], patterns: [ourFolders(['dialogs', 'services', 'bot'], 'locales/ are below dialogs/: they never import dialogs/, services/ or bot/.')] },
  { files: ['bot/routes/**/*.ts'], patterns: [ourFolders(['dialogs'], 'bot/routes import services/, never dialogs/ (the conversation is reached through the turn pipeline only).')] },
];

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
    languageOptions: { globals: { process: 'readonly', console: 'readonly', WebAssembly: 'readonly', Blob: 'readonly' } },
  },
  ...layers.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
  {
    files: ['bot/**/*.ts', 'services/**/*.ts', 'dialogs/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['bot/**/*.ts', 'dialogs/**/*.ts', 'services/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', dialogsIndex] },
  },
);
