import type { ManagedField, ManagedSettings } from '@/lib/settings/managed-settings';

const NAMES: Record<ManagedField, string> = {
  endpoint: 'sync endpoint',
  token: 'access token',
  csmId: 'CSM id',
  redactionPatterns: 'redaction patterns',
  syncMode: 'sync mode',
  enabledSites: 'enabled sites',
  selectorOverrides: 'selector overrides',
};

/** Says which settings the organisation's browser policy sets (they win over this page). */
export function ManagedNotice({ managed }: { managed: ManagedSettings }) {
  const fields = (Object.keys(managed) as ManagedField[]).filter((f) => managed[f] !== undefined);
  if (fields.length === 0) return null;
  return (
    <p className="options__managed" role="note" data-testid="managed-notice">
      🔒 Set by your organisation (browser policy), and used instead of anything entered here:{' '}
      {fields.map((f) => NAMES[f]).join(', ')}.
    </p>
  );
}
