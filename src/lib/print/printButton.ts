import { createHash } from "node:crypto";

/** The print button's script: tiny and inline, so guide pages load no script file (PrintButton.astro). */
export const PRINT_SCRIPT = `for(const b of document.querySelectorAll("[data-print-button]")){b.hidden=false;b.onclick=()=>print()}`;

/**
 * Its hash for the page's CSP. The layout adds it before the head is written: a component in the body would add it
 * too late for the CSP <meta> tag.
 */
export const PRINT_SCRIPT_HASH = `sha256-${createHash("sha256").update(PRINT_SCRIPT).digest("base64")}` as const;
