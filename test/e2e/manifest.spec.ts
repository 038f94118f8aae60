import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './support/extension-fixture';
import { EXPECTED_MANIFEST } from './support/expected-manifest';

// Reads the built manifest itself, as a store reviewer does; no browser needed.
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  icons?: Record<string, string>;
  storage?: { managed_schema?: string };
  key?: string;
};
const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

test('the built manifest asks for exactly the documented permissions', () => {
  expect(sorted(manifest.permissions)).toEqual(sorted(EXPECTED_MANIFEST.permissions));
  expect(sorted(manifest.host_permissions)).toEqual(sorted(EXPECTED_MANIFEST.host_permissions));
  expect(sorted(manifest.optional_permissions)).toEqual(
    sorted(EXPECTED_MANIFEST.optional_permissions),
  );
  expect(sorted(manifest.optional_host_permissions)).toEqual(
    sorted(EXPECTED_MANIFEST.optional_host_permissions),
  );
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
  expect(sorted([...new Set(matches)])).toEqual(sorted(EXPECTED_MANIFEST.contentScriptMatches));
  // No key: the store assigns the id; the test build's id follows from its folder.
  expect(manifest.key).toBeUndefined();
});

test('icons at every size and the policy schema ship in the package', () => {
  expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  for (const file of Object.values(manifest.icons ?? {}))
    expect(existsSync(join(EXTENSION_DIR, file))).toBe(true);
  const schemaFile = manifest.storage?.managed_schema;
  expect(schemaFile).toBe('managed-schema.json');
  const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, schemaFile!), 'utf8')) as {
    properties: Record<string, unknown>;
  };
  expect(Object.keys(schema.properties).sort()).toEqual([
    'csmId',
    'enabledSites',
    'endpoint',
    'redactionPatterns',
    'selectorOverrides',
    'syncMode',
    'token',
  ]);
});
