import { cspHash } from "../site/security.ts";

/** The print button's script: tiny and inline, so guide pages load no script file (PrintButton.astro). */
export const PRINT_SCRIPT = `for(const b of document.querySelectorAll("[data-print-button]")){b.hidden=false;b.onclick=()=>print()}`;

/** Its hash for the page's CSP, added by the layout: a component in the body would add it too late for the <meta> tag. */
export const PRINT_SCRIPT_HASH = cspHash(PRINT_SCRIPT);
