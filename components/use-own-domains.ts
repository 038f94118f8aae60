import { useEffect, useState } from 'react';
import { readSettings } from '@/lib/settings/settings-item';

/** The CSM's own domains (not customers), read once from settings for the coverage count. */
export function useOwnDomains(): readonly string[] | undefined {
  const [domains, setDomains] = useState<readonly string[]>();
  useEffect(() => {
    let live = true;
    void readSettings().then((settings) => {
      if (live) setDomains(settings.ownDomains);
    });
    return () => {
      live = false;
    };
  }, []);
  return domains;
}
