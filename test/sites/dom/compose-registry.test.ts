// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createComposeRegistry, reportDriftOnce } from '@/lib/sites/dom/compose-registry';
import { censorOutline } from '@/lib/sites/dom/censor-outline';
import { SelectorDriftError } from '@/lib/sites/dom/query';

const composeIn = (doc: Document, id: string) => {
  const root = doc.createElement('form');
  root.id = id;
  const body = doc.createElement('div');
  body.className = 'body';
  root.append(body);
  doc.body.append(root);
  return { root, body };
};

describe('compose registry', () => {
  it('drops typing inside a tracked body, hands added subtrees on, sweeps what left', async () => {
    const added = vi.fn();
    const gone = vi.fn();
    const leaving = vi.fn();
    const registry = createComposeRegistry({ added, gone, leaving }, new AbortController().signal);
    const compose = composeIn(document, 'a');
    registry.add(compose);
    registry.observe(document.body);

    compose.body.append(document.createTextNode('typed'), document.createElement('br'));
    registry.flush();
    // The batch still comes (a site may retry pending bodies), without the typed nodes.
    expect(added).toHaveBeenLastCalledWith([], false);

    const other = document.createElement('section');
    document.body.append(other);
    registry.flush();
    expect(added).toHaveBeenLastCalledWith([other], false);

    compose.root.remove();
    registry.flush();
    expect(leaving).toHaveBeenCalledWith(compose);
    expect(gone).toHaveBeenCalledWith(compose);
    expect(added).toHaveBeenLastCalledWith([], true);
    expect(registry.all()).toEqual([]);
    other.remove();
  });

  it('finds the innermost compose holding a node, and removes one without a sweep', () => {
    const gone = vi.fn();
    const registry = createComposeRegistry({ added: vi.fn(), gone }, new AbortController().signal);
    const outer = composeIn(document, 'outer');
    const inner = { root: document.createElement('div'), body: document.createElement('div') };
    inner.root.append(inner.body);
    outer.root.append(inner.root);
    registry.add(outer);
    registry.add(inner);
    expect(registry.composeFor(inner.body)).toBe(inner);
    expect(registry.composeFor(outer.body)).toBe(outer);
    expect(registry.remove(inner)).toBe(true);
    expect(registry.remove(inner)).toBe(false);
    expect(registry.all()).toEqual([outer]);
    expect(gone).not.toHaveBeenCalled();
    outer.root.remove();
  });

  it('stops observing once aborted', () => {
    const added = vi.fn();
    const stop = new AbortController();
    const registry = createComposeRegistry({ added, gone: vi.fn() }, stop.signal);
    registry.observe(document.body);
    stop.abort();
    document.body.append(document.createElement('p'));
    registry.flush();
    expect(added).not.toHaveBeenCalled();
  });

  it('reports a drifted selector once, and nothing after the capture stopped', () => {
    const report = vi.fn();
    const stop = new AbortController();
    const drift = reportDriftOnce(report, stop.signal);
    const error = new SelectorDriftError('[role=button]', 'SEND', censorOutline(document.body));
    drift(error);
    drift(error);
    expect(report).toHaveBeenCalledTimes(1);
    stop.abort();
    drift(new SelectorDriftError('.body', 'BODY', censorOutline(document.body)));
    expect(report).toHaveBeenCalledTimes(1);
  });
});
