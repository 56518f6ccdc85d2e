/**
 * The optional all-sites host permission behind aggregator detection on
 * every site (`optional_host_permissions` in MV3, `optional_permissions` in
 * Firefox's MV2 build; wxt.config.ts declares the same list).
 */
export const ALL_SITES = ['http://*/*', 'https://*/*'];
