import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * One flat config for the whole workspace. `@nx/enforce-module-boundaries` is what keeps the
 * architecture honest: apps never import each other, libs never import apps, and only tools
 * (the local runtime, CLI, benchmarks, CDK) may compose apps.
 */
export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdk.out/**', '.nx/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              // Domain code reaches AWS only through ports implemented by adapters.
              bannedExternalImports: ['@aws-sdk/*', 'dynamodb-toolbox', 'dynamodb-toolbox/*', '@middy/*', 'aws-lambda'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:util'] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:app', 'type:tool', 'scope:shared'] },
          ],
        },
      ],
    },
  },
];
