import { EDIT_LABEL_NAMES } from '@/lib/popup/edit-label-names';
import type { EditLabel } from '@/lib/review/vocabulary';

/**
 * What kind of edit a review was, as small chips with words (never colour alone). `inline`
 * renders plain spans for places that allow only phrasing content, such as inside a button;
 * otherwise a labelled list, each chip's meaning in its title and for screen readers.
 */
export function EditLabelChips({
  labels,
  inline = false,
}: {
  labels: readonly EditLabel[] | undefined;
  inline?: boolean;
}) {
  if (!labels || labels.length === 0) return null;
  if (inline) {
    return (
      <span className="chips chips--inline">
        {labels.map((label) => (
          <span key={label} className={`chip chip--${label}`}>
            {EDIT_LABEL_NAMES[label].name}
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul className="chips" aria-label="Kind of edit">
      {labels.map((label) => (
        <li key={label} className={`chip chip--${label}`} title={EDIT_LABEL_NAMES[label].meaning}>
          {EDIT_LABEL_NAMES[label].name}
          <span className="sr-only">: {EDIT_LABEL_NAMES[label].meaning}</span>
        </li>
      ))}
    </ul>
  );
}
