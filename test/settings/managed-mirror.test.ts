import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  managedMirrorItem,
  readManagedPolicy,
  readManagedSettings,
  setupManagedMirror,
} from '@/lib/settings/managed-settings';

const POLICY = { endpoint: 'https://redline.example.com', csmId: 'ana' };

describe('the policy mirror', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('copies the browser policy at start; every reader gets it, bad fields dropped', async () => {
    await fakeBrowser.storage.managed.set({ ...POLICY, syncMode: 'everything' });
    setupManagedMirror();
    expect(await readManagedSettings()).toEqual(POLICY);
    expect(await managedMirrorItem.getValue()).toEqual(POLICY);
  });

  it('follows a policy change pushed while the worker runs', async () => {
    setupManagedMirror();
    expect(await readManagedSettings()).toEqual({});
    await fakeBrowser.storage.managed.set(POLICY);
    await vi.waitFor(async () => expect(await readManagedSettings()).toEqual(POLICY));
  });

  it('a policy store that never answers gives up after the limit and keeps the last copy', async () => {
    await managedMirrorItem.setValue(POLICY);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined));
    vi.useFakeTimers();
    const read = readManagedPolicy(3000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await read).toBeUndefined();

    setupManagedMirror();
    const settings = readManagedSettings();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await settings).toEqual(POLICY);
  });

  it('a browser without managed storage reads as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('not supported'));
    expect(await readManagedPolicy()).toEqual({});
  });
});
