import { useRef, type KeyboardEvent } from 'react';

export const TABS = [
  ['overview', 'Overview'],
  ['trends', 'Trends'],
  ['reviews', 'Reviews'],
  ['exports', 'Exports'],
] as const;
export type TabId = (typeof TABS)[number][0];

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; Tab goes into the panel. */
export function PopupTabs({
  current,
  onSelect,
}: {
  current: TabId;
  onSelect: (id: TabId) => void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex(([id]) => id === current);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(TABS[next]![0]);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Redline" className="tabs" onKeyDown={onKeyDown}>
      {TABS.map(([id, label], i) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={current === id}
          tabIndex={current === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
