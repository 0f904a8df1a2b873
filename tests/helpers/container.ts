/** Renders Astro components to HTML in a test, through Astro's container API, one container per test file. */
import { beforeAll } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";

type RenderArgs = Parameters<AstroContainer["renderToString"]>;

/** Call at a test file's top level; the returned render works inside its tests. */
export function useContainer(): (component: RenderArgs[0], options: RenderArgs[1]) => Promise<string> {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  // Without the dev-only source annotations Vite adds under test.
  return async (component, options) => (await container.renderToString(component, options)).replace(/ data-astro-source-(file|loc)="[^"]*"/g, "");
}
