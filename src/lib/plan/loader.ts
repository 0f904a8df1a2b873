import { cspHash } from "../site/security.ts";

/**
 * The plan page's only up-front script, inline: it adds the plan's script (bundled, waiting in the page's
 * #plan-script <template>) as a module, which runs once the page is shown, so the first view costs no script file.
 * A script copied out of a template does not run, so it makes one.
 */
export const PLAN_LOADER = `const s=document.createElement("script");s.type="module";s.src=document.getElementById("plan-script").content.querySelector("script").src;document.head.append(s)`;

export const PLAN_LOADER_HASH = cspHash(PLAN_LOADER);
