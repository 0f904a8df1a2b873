import { describe, expect, it } from "vitest";
import { appNames } from "@/lib/search/names";

describe("appNames", () => {
  it("takes the words of the app's name and its one-word nicknames", () => {
    expect(appNames("Roblox", ["robux", "rob lox", "roblox games"])).toEqual(["roblox", "robux"]);
    expect(appNames("TikTok", ["tik-tok", "tiktoc"])).toEqual(["tiktok", "tik", "tok", "tiktoc"]);
  });
  it("leaves out filler, generic and everyday words, which name no app", () => {
    expect(appNames("Messenger and Messenger Kids", ["messanger"])).toEqual(["messenger", "messanger"]);
    expect(appNames("Random video-chat apps (OmeTV, Monkey and others)", ["omegle", "chat with strangers"])).toEqual(["ometv", "monkey", "omegle"]);
    expect(appNames("Telegram", ["secret chat", "telegarm"])).toEqual(["telegram", "telegarm"]);
  });
});
