// The floors of the house, as rules (docs/architecture.md says why each is there). `npm run lint`, inside
// `npm test`; tests/unit/lint.test.ts shows a forbidden import failing.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** utils/, bottom to top: a folder takes code only from its own floor and the floors below. */
export const UTILS_FLOORS = [
  // The plumbing every floor uses: dates, the build, interface text, links, the runtime messages (whose
  // protocol names the types of the floors above, and carries no code of theirs).
  ['calendar', 'platform', 'messages'],
  ['marketplaces'],
  ['catalogue'],
  ['templates'],
  ['db'],
  ['inquiries'],
  ['escalation'],
  ['storage'],
  ['transfer'],
  // What crosses runtime contexts: drawn in the page, the panel's frame, the page's readers, the messages.
  ['in-page'],
  ['panel-frame'],
  ['page-reader'],
];

const ENTRYPOINTS = ['background', 'cases', 'marketplace.content', 'options', 'panel', 'popup', 'welcome', 'page-reader'];

/** Import patterns of the folders above `floor`. */
const above = (floor) => UTILS_FLOORS.slice(floor + 1).flat().flatMap((folder) => [`@/utils/${folder}`, `@/utils/${folder}/*`]);

/** The writes of inquiries, which extension pages make through utils/inquiries/writes.ts (it tells the background). */
const DB_WRITES = ['changeInquiry', 'addInquiry', 'deleteInquiry', 'undeleteInquiry', 'deleteAll', 'undeleteMany', 'eraseDeleted', 'writeImport', 'addAttachment', 'purgeDeleted'];
const WRITE_MODULES = ['actOnInquiry', 'importRecords'];
const LAW_MODULES = ['@/utils/escalation/law', '@/utils/escalation/deadlines', '@/utils/escalation/terms', '@/utils/escalation/documents', '@/utils/escalation/documents/*'];

const restricted = (patterns, paths = []) => ['error', { patterns, paths }];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.*', 'playwright*.ts'] },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle follows the imports into each file: it must be able to read them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      // No cycle, at any distance (a type-only import is erased, and counts for nothing).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Across folders by `@/`, never by climbing out of one's own.
      '@typescript-eslint/no-restricted-imports': restricted([{ group: ['../../*'], message: 'Import across folders by @/…, not by climbing.' }]),
    },
  },
  // utils/ never looks up at the pages that use it.
  {
    files: ['utils/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted([
        { group: ['../../*'], message: 'Import across folders by @/…, not by climbing.' },
        { group: ['@/entrypoints/*', '@/components/*', '@/components'], message: 'utils/ is below the pages and their components.' },
      ]),
    },
  },
  // Each floor of utils/ takes code only from below; a type of a floor above may be named (it is erased).
  ...UTILS_FLOORS.flatMap((folders, floor) =>
    folders.map((folder) => ({
      files: [`utils/${folder}/**/*.{ts,tsx}`, `utils/${folder}.ts`],
      rules: {
        '@typescript-eslint/no-restricted-imports': restricted([
          { group: ['../../*'], message: 'Import across folders by @/…, not by climbing.' },
          { group: ['@/entrypoints/*', '@/components/*', '@/components'], message: 'utils/ is below the pages and their components.' },
          ...(above(floor).length
            ? [{ group: above(floor), allowTypeImports: true, message: `utils/${folder} is below these folders: it may name their types, not take their code (docs/architecture.md).` }]
            : []),
        ]),
      },
    })),
  ),
  // A database upgrade step, once shipped, is frozen: idb and its own folder, nothing of today's code.
  {
    files: ['utils/db/upgrades/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted([
        { group: ['@/*', '../*'], message: 'A shipped upgrade step imports only idb and its own folder.' },
      ]),
    },
  },
  // Components never look up at the pages.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted(
        [
          { group: ['../../*', '../*'], message: 'Import across folders by @/…, not by climbing.' },
          { group: ['@/entrypoints/*'], message: 'Components are below the pages.' },
          { group: ['@/utils/db', '@/utils/db/*'], importNames: DB_WRITES, message: 'Write through @/utils/inquiries/writes: it tells the background.' },
          // The panel's frame loads the components: the law's texts and tables stay on the escalation page.
          { group: LAW_MODULES, allowTypeImports: true, message: 'Components reach the panel: use @/utils/calendar or @/utils/escalation/foreign, not the law.' },
        ],
        [{ name: '@/utils/inquiries/act', importNames: WRITE_MODULES, message: 'Write through @/utils/inquiries/writes.' }, { name: '@/utils/inquiries/import', importNames: WRITE_MODULES, message: 'Write through @/utils/inquiries/writes.' }],
      ),
    },
  },
  // An entrypoint is wiring: it never imports another; the pages write through utils/inquiries/writes.
  ...ENTRYPOINTS.map((entry) => ({
    files: [`entrypoints/${entry}/**/*.{ts,tsx}`, `entrypoints/${entry}.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted(
        [
          { group: ['../../*'], message: 'Import across folders by @/…, not by climbing.' },
          { group: ENTRYPOINTS.filter((other) => other !== entry).flatMap((other) => [`@/entrypoints/${other}`, `@/entrypoints/${other}/*`]), message: 'An entrypoint never imports another: share it through components/ or utils/.' },
          ...(entry === 'background'
            ? []
            : [{ group: ['@/utils/db', '@/utils/db/*'], importNames: DB_WRITES, message: 'Write through @/utils/inquiries/writes: it tells the background.' }]),
          // The content script runs on every marketplace page, in the page's process: no storage, no
          // database (the page's origin), nothing of the shopper's.
          ...(entry === 'marketplace.content' || entry === 'page-reader'
            ? [
                {
                  group: ['@/utils/storage', '@/utils/storage/*', '@/utils/db', '@/utils/db/*', 'idb', '@wxt-dev/storage', 'wxt/utils/storage'],
                  allowTypeImports: true,
                  message: 'The content script opens no storage and no database (their types it may name).',
                },
              ]
            : []),
        ],
        entry === 'background' ? [] : [{ name: '@/utils/inquiries/act', importNames: WRITE_MODULES, message: 'Write through @/utils/inquiries/writes.' }, { name: '@/utils/inquiries/import', importNames: WRITE_MODULES, message: 'Write through @/utils/inquiries/writes.' }],
      ),
      // storage.local is reached through utils/storage alone, where every key is listed.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(local|session|sync|onChanged)$/][object.property.name='storage']", message: 'Reach storage through @/utils/storage, where every key is listed.' },
      ],
    },
  })),
  {
    files: ['components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    ignores: ['utils/storage/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(local|session|sync|onChanged)$/][object.property.name='storage']", message: 'Reach storage through @/utils/storage, where every key is listed.' },
      ],
    },
  },
);
