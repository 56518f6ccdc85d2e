import { t } from '../utils/i18n';
import { CITATION_STYLES, customChoiceOf } from '../utils/preferences';
import type { CustomStyle } from '../utils/preferences';
import { citationStyleLabel } from './labels';

/** The `<option>`s of a citation-style menu: the built-in choices, then the reader's own styles in a group. */
export function CitationStyleOptions({ customStyles }: { customStyles: readonly CustomStyle[] | null }) {
  return (
    <>
      {CITATION_STYLES.map((name) => (
        <option key={name} value={name}>
          {citationStyleLabel(name)}
        </option>
      ))}
      {customStyles && customStyles.length > 0 && (
        <optgroup label={t('customStylesGroup')}>
          {customStyles.map((custom) => (
            <option key={custom.id} value={customChoiceOf(custom)}>
              {custom.title}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
