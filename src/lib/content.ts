/** The one place pages read the guides collection. Shaping lives in guides.ts. */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortGuides } from "./guides.ts";

export type GuideEntry = CollectionEntry<"guides">;

/** Every published guide, sorted. */
export async function getGuides(): Promise<GuideEntry[]> {
  return sortGuides(await getCollection("guides"));
}
