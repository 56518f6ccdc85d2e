import { fileCslAssets } from '../../../cli/csl-assets';
import type { FormatContext } from '../../../utils/core/format/index';
import { ACCESSED, linkedomContext } from './format-helpers';

/** A format context with the bundled CSL files read from disk, as the CLI reads them. */
export function cslContext(accessedAt = ACCESSED, lang = 'en-US'): FormatContext {
  return { ...linkedomContext(accessedAt), csl: fileCslAssets(lang) };
}
