import { useEffect, useState } from 'react';
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import type { Settings } from '@/lib/settings/settings-schema';

/** The settings, live: a change made elsewhere (the popup, the background) shows at once. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void readSettings().then((s) => alive && setSettings(s));
    load();
    const unwatch = settingsItem.watch(load);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
