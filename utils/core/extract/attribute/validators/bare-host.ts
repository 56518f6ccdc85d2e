import { resolveUrl } from '../../urls';
import { isPrintedOwnHost } from '../page-info';
import type { Validator } from '../types';

const HOST_LIKE = /^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/**
 * A bare host as a name ("foxnews.com") is an address, not a name: it moves
 * to the candidate's url (when it has none), and the name is left to the
 * registry or to other signals' words. The page's own host in its own
 * capitals ("NJ.com" on nj.com) is how that site prints its name, and stays.
 */
export const notBareHost: Validator = {
  name: 'not-bare-host',
  check(candidate, { pageUrl }) {
    const name = candidate.name?.trim();
    if (!name || !HOST_LIKE.test(name)) return candidate;
    if (isPrintedOwnHost(name, pageUrl)) return candidate;
    return { ...candidate, name: null, url: candidate.url ?? resolveUrl(`https://${name.toLowerCase()}/`, 'https://example.invalid/') };
  },
};
