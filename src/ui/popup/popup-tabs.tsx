import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PopupTab {
  id: string;
  label: string;
  body: ComponentChildren;
}

/**
 * The popup's views, one click (or an arrow key) apart: a WAI-ARIA tab list with a roving
 * tab stop. Every panel stays mounted while hidden, so a pasted look-up or a half-ticked
 * checklist survives switching back and forth.
 */
export function PopupTabs({ tabs, selected, onSelect, label }: { tabs: readonly PopupTab[]; selected: string; onSelect: (id: string) => void; label: string }) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#hs-tab-${next.id}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const move: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    if (!(e.key in move)) return;
    e.preventDefault();
    focusTab(move[e.key]!);
  };
  return (
    <>
      <div class="hs-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`hs-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`hs-tabpanel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            data-testid={`tab-${tab.id}`}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`hs-tabpanel-${tab.id}`}
          aria-labelledby={`hs-tab-${tab.id}`}
          hidden={tab.id !== selected}
          data-testid={`tabpanel-${tab.id}`}
          class="hs-tabpanel"
        >
          {tab.body}
        </div>
      ))}
    </>
  );
}
