import { orderHelpLines } from '../../client/help/order';
import { regionFromLanguage } from '../../lib/help/lines';
import { cspSha256 } from '../../lib/csp-hash';

/**
 * The help block's inline script: it runs as soon as the parser reaches it, before the block is
 * painted, so reordering moves nothing the reader has already seen (no layout shift), and it costs
 * no request. It is built from the two functions' own source, so the logic is tested once, and its
 * hash goes into the page's CSP (`Astro.csp.insertScriptHash`) because the CSP allows no other
 * inline script.
 */
export const orderScript = `(${orderHelpLines.toString()})(document.currentScript.previousElementSibling,(${regionFromLanguage.toString()})(navigator.language))`;

export const orderScriptHash = await cspSha256(orderScript);
