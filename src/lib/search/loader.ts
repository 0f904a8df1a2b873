import { cspHash } from "../site/security.ts";

/**
 * The search page's only up-front script, inline: it adds the search script (bundled, waiting in the page's
 * #search-script <template>) once the parent focuses the box or arrives with a question (?q=). Only then are the
 * search code, Pagefind and the vocabulary fetched. A script copied out of a template does not run, so it makes one.
 */
export const SEARCH_LOADER = `const t=document.getElementById("search-script"),i=document.getElementById("search-page-input");const go=()=>{const s=document.createElement("script");s.type="module";s.src=t.content.querySelector("script").src;document.head.append(s)};new URLSearchParams(location.search).has("q")?go():i.addEventListener("focus",go,{once:true})`;

export const SEARCH_LOADER_HASH = cspHash(SEARCH_LOADER);
