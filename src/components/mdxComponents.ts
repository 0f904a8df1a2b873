import Label from "./Label.astro";

/** Components every guide and card body may use without importing them. */
export const mdxComponents = { Label };
