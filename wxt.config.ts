import { defineConfig } from 'wxt';

// Permissions are kept minimal on purpose: a security reviewer reads this list first.
// Host access comes only from content-script matches (the sites Redline captures on);
// the sync endpoint needs none because the backend answers CORS for extension origins.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Redline',
    description:
      'Logs how you review AI-drafted emails: approved, edited or rejected, with word diffs.',
    permissions: ['storage', 'alarms', 'contextMenus', 'scripting', 'activeTab'],
    // Sites a team enables for the generic composer: asked one origin at a time, at run time
    // ("Enable Redline on this site"); `scripting` registers the generic script for exactly it.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Icons come from public/icon/{16,32,48,128}.png (rendered by scripts/make-icons.mjs).
    commands: {
      'mark-ai-draft': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Mark the text in the focused compose as an AI draft',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'redline@redline.invalid',
              // 140 is the first desktop Firefox that asks for data-collection consent.
              strict_min_version: '140.0',
              // What Firefox asks the CSM to accept at install: with sync on, review texts
              // (e-mail drafts and sent mail, masked as README says) go to the team's backend.
              data_collection_permissions: {
                required: ['personalCommunications', 'websiteContent'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          minimum_chrome_version: '116',
          // What IT may push by browser policy (chrome.storage.managed); see README, Team roll-out.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
