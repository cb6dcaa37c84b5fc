// Lint: typescript-eslint's recommended rules plus layer zones (STYLE.md): which folder may import what.
import tseslint from 'typescript-eslint';

const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const noElectron = { group: ['electron'], message: 'Hanya electron/main dan electron/preload yang boleh mengimpor electron.' };
const noNode = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'better-sqlite3'], message: 'Lapisan ini harus murni (tanpa Node).' };
const noDb = { group: ['**/db/**'], message: 'SQL hanya di db/; lapisan ini tidak boleh mengimpor db/.' };
const noCore = { group: ['**/electron/**'], message: 'Lapisan ini tidak boleh mengimpor electron/.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Backend tidak boleh mengimpor renderer/.' };
const noKysely = { group: ['kysely', 'better-sqlite3'], message: 'SQL hanya di db/.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Pakai union string, bukan enum.' }],
    },
  },
  zone(['shared/**/*.ts'], [noElectron, noNode, noDb, noCore, noRenderer, noKysely]),
  zone(['db/**/*.ts'], [noElectron, noCore, noRenderer]),
  zone(['electron/core/**/*.ts', 'electron/bridge/**/*.ts', 'electron/cli/**/*.ts'], [noElectron, noRenderer, noKysely]),
  zone(['electron/main/**/*.ts', 'electron/preload/**/*.ts'], [noRenderer, noKysely]),
  zone(['renderer/**/*.ts', 'renderer/**/*.tsx'], [noElectron, noNode, noDb, noCore, noKysely]),
);
