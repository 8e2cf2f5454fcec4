// @ts-check
/**
 * Lint: type-aware TypeScript rules, Astro components, and accessibility rules for JSX (Preact
 * islands) and Astro templates. Formatting is Prettier's job (`npm run format`), not ESLint's.
 *
 * `eslint-plugin-jsx-a11y` is installed as an npm alias of eslint-plugin-jsx-a11y-x, the ESLint 10
 * build of the same rules (the original declares ESLint <= 9); eslint-plugin-astro's `jsx-a11y-*`
 * configs load it by the original name, hence the alias.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-next/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { id: _, ...rest } = x` is how an object loses a key; `_` is used by being left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.strict,
    // Preact writes a label's target as `for` (React's `htmlFor` works too).
    settings: { 'jsx-a11y-x': { attributes: { for: ['for', 'htmlFor'] } } },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    // Astro's template parser does not give typed rules full type information for the template.
    files: ['**/*.astro', '**/*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
