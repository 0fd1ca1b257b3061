/**
 * The only import of webextension-polyfill: every other module takes the browser API from here,
 * so tests can replace this one seam.
 */
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export default browser;
