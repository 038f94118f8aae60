import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  reconcileEnabledSites,
  removeSite,
  requestSite,
  scriptIdOf,
  siteGranted,
  toEnabledOrigin,
} from '@/lib/sites/enabled-sites';
import { readSettings } from '@/lib/settings/settings-item';

// The browser's permission and scripting state, in memory: what Chrome keeps for the extension.
function fakeChrome(initialOrigins: string[] = []) {
  const origins = new Set(initialOrigins);
  const scripts = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  let answer = true;
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({
    origins: [...origins],
    permissions: [],
  }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
    if (answer) for (const o of p.origins ?? []) origins.add(o);
    return answer;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
    for (const o of p.origins ?? []) origins.delete(o);
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => [...scripts.values()] as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
    for (const s of list) {
      if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.set(s.id, s);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f) => {
    for (const id of f?.ids ?? []) scripts.delete(id);
  });
  return { origins, scripts, refuse: () => (answer = false) };
}

beforeEach(() => fakeBrowser.reset());

describe('enabled sites', () => {
  it('normalises what a person types into an origin, refusing anything but https (or loopback)', () => {
    expect(toEnabledOrigin('crm.example.com')).toBe('https://crm.example.com');
    expect(toEnabledOrigin('https://crm.example.com/app/inbox?x=1')).toBe(
      'https://crm.example.com',
    );
    expect(toEnabledOrigin('http://localhost:3000/x')).toBe('http://localhost:3000');
    expect(toEnabledOrigin('http://crm.example.com')).toBeNull();
    expect(toEnabledOrigin('ftp://nope')).toBeNull();
    expect(toEnabledOrigin('')).toBeNull();
  });

  it('granted: listed in settings and one script registered for exactly that origin', async () => {
    const chrome = fakeChrome();
    expect(await requestSite('https://crm.example.com')).toBe(true);
    expect((await readSettings()).enabledSites).toEqual(['https://crm.example.com']);
    expect([...chrome.scripts.values()]).toEqual([
      expect.objectContaining({
        id: scriptIdOf('https://crm.example.com'),
        matches: ['https://crm.example.com/*'],
        js: ['content-scripts/generic.js'],
      }),
    ]);
    // The background hears the same grant (permissions.onAdded): nothing is registered twice.
    await siteGranted(['https://crm.example.com']);
    expect(chrome.scripts.size).toBe(1);
  });

  it('the page and the background handling one grant at once register it once, without error', async () => {
    const chrome = fakeChrome(['https://crm.example.com/*']);
    await Promise.all([
      siteGranted(['https://crm.example.com']),
      siteGranted(['https://crm.example.com']),
    ]);
    expect([...chrome.scripts.keys()]).toEqual([scriptIdOf('https://crm.example.com')]);
  });

  it('a registration the other context has pending (refused as a duplicate, not yet listed) is not an error', async () => {
    const chrome = fakeChrome(['https://crm.example.com/*', 'https://help.example.com/*']);
    const register = vi.mocked(fakeBrowser.scripting.registerContentScripts);
    const real = register.getMockImplementation()!;
    // Chrome's answer while the background's own registration of the first origin is in flight.
    register.mockImplementationOnce(async () => {
      throw new Error(`Duplicate script ID '${scriptIdOf('https://crm.example.com')}'`);
    });
    register.mockImplementationOnce(async () => {
      throw new Error(`Duplicate script ID '${scriptIdOf('https://crm.example.com')}'`);
    });
    register.mockImplementation(real);
    await siteGranted(['https://crm.example.com', 'https://help.example.com']);
    // The other origin of the same grant is still registered here.
    expect([...chrome.scripts.keys()]).toEqual([scriptIdOf('https://help.example.com')]);
    expect((await readSettings()).enabledSites).toEqual([
      'https://crm.example.com',
      'https://help.example.com',
    ]);
  });

  it('a registration Chrome refuses for another reason is an error', async () => {
    fakeChrome(['https://crm.example.com/*']);
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValueOnce(
      new Error('Script file not found'),
    );
    await expect(siteGranted(['https://crm.example.com'])).rejects.toThrow('Script file not found');
  });

  it('refused: nothing listed, nothing registered', async () => {
    const chrome = fakeChrome();
    chrome.refuse();
    expect(await requestSite('https://crm.example.com')).toBe(false);
    expect((await readSettings()).enabledSites).toEqual([]);
    expect(chrome.scripts.size).toBe(0);
  });

  it('removed: permission given back, script unregistered, entry dropped', async () => {
    const chrome = fakeChrome();
    await requestSite('https://crm.example.com');
    await requestSite('https://desk.example.org');
    await removeSite('https://crm.example.com');
    expect(chrome.origins.has('https://crm.example.com/*')).toBe(false);
    expect([...chrome.scripts.keys()]).toEqual([scriptIdOf('https://desk.example.org')]);
    expect((await readSettings()).enabledSites).toEqual(['https://desk.example.org']);
  });

  it('at start-up: re-registers what an update dropped, forgets what lost its permission', async () => {
    const chrome = fakeChrome();
    await requestSite('https://crm.example.com');
    await requestSite('https://desk.example.org');
    chrome.scripts.clear(); // an extension update drops dynamic registrations
    chrome.origins.delete('https://desk.example.org/*'); // removed in the browser's settings
    await reconcileEnabledSites();
    expect([...chrome.scripts.keys()]).toEqual([scriptIdOf('https://crm.example.com')]);
    expect((await readSettings()).enabledSites).toEqual(['https://crm.example.com']);
  });
});
