/**
 * A family's choices in the plan page's address, after `#`: never sent to a server, and the same address reopens the
 * same plan. One `child=` part per child: its age stage, devices and apps, e.g.
 * `#child=9-12:iphone:roblox,minecraft&child=under-9:ipad:`. Ids are the plan's stage and device ids and the cards' slugs.
 */
export interface ChildChoice {
  /** An age stage id, or "" when none is chosen yet. */
  stage: string;
  devices: string[];
  apps: string[];
}

/** The address part (without `#`) for these choices. */
export function encodeChoices(children: readonly ChildChoice[]): string {
  return children.map((c) => `child=${[c.stage, c.devices.join(","), c.apps.join(",")].join(":")}`).join("&");
}

/** What ids the plan knows: anything else in an address (a typo, a card since removed) is dropped. */
export interface KnownIds {
  stages: readonly string[];
  devices: readonly string[];
  apps: readonly string[];
}

/** The choices an address carries; an address with none gives no children. */
export function decodeChoices(hash: string, known: KnownIds): ChildChoice[] {
  const list = (s: string | undefined, ok: readonly string[]) => [...new Set((s ?? "").split(",").filter((id) => ok.includes(id)))];
  return hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part.startsWith("child="))
    .map((part) => {
      const [stage = "", devices, apps] = decodeURIComponent(part.slice("child=".length)).split(":");
      return { stage: known.stages.includes(stage) ? stage : "", devices: list(devices, known.devices), apps: list(apps, known.apps) };
    });
}
