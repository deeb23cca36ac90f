import { URL_FETCH_WHITELIST } from './url-fetch-whitelist';

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Whether Apps Script would let the add-on fetch below a base URL: the URL
 * with a trailing "/" starts with an entry of `URL_FETCH_WHITELIST`, where
 * `*` matches one or more subdomain labels.
 *
 * @example
 * isFetchAllowed('https://playbook.example.workers.dev') // => true
 * isFetchAllowed('https://playbook.example.com') // => false
 */
export function isFetchAllowed(url: string): boolean {
  const withSlash = url.endsWith('/') ? url : `${url}/`;
  return URL_FETCH_WHITELIST.some((entry) =>
    new RegExp(
      `^${escapeRegExp(entry).replace(/\*/g, '[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*')}`,
      'i',
    ).test(withSlash),
  );
}
