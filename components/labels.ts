import type { CitationStyle } from '../utils/core/format/index';
import { t } from '../utils/i18n';
import type { MessageKey } from '../utils/i18n';

/** Menu labels of the citation styles, in the interface's language. */
export function citationStyleLabel(style: CitationStyle): string {
  const keys: Record<CitationStyle, MessageKey> = {
    apa: 'styleApa',
    mla: 'styleMla',
    chicago: 'styleChicago',
    harvard: 'styleHarvard',
    ieee: 'styleIeee',
    bibtex: 'styleBibtex',
    ris: 'styleRis',
    'csl-json': 'styleCslJson',
    markdown: 'styleMarkdown',
  };
  return t(keys[style]);
}
