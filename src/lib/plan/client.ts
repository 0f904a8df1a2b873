/**
 * The family plan page's script (PlanScript.astro, started by the page's loader). It fetches the plan's data for
 * the page's language, builds the form, and shows only the steps for what the family chose. The choices live in the
 * address after `#` (choices.ts): nothing leaves the device, and nothing is stored unless the parent presses "Keep".
 * Every text is set as text, never as HTML; the only markup inserted is the QR codes' SVG, made here.
 */
import { create } from "qrcode/lib/core/qrcode.js";
import { render as qrRender } from "qrcode/lib/renderer/svg-tag.js";
import { decodeChoices, encodeChoices, type ChildChoice } from "./choices.ts";
import type { PlanApp, PlanData, PlanPage, PlanSource, PlanStep } from "./planData.ts";

/** Where a kept plan lives, only once the parent asks for it. */
const KEPT = "safe-kids-plan";

/** Whether a plan is kept on this device (a browser that refuses storage has none). */
function kept(): boolean {
  try {
    return localStorage.getItem(KEPT) !== null;
  } catch {
    return false;
  }
}

type Attrs = Partial<Record<string, string | number | boolean | EventListener>>;

/** A small element builder: attributes (on… as listeners) and children (strings become text). */
function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | false | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value as EventListener);
    else if (name === "class") el.className = String(value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  el.append(...children.filter((c): c is Node | string => c !== false && c !== undefined));
  return el;
}

/** A QR code as an inline SVG element, labelled. */
function qr(url: string, label: string): HTMLElement {
  const box = h("figure", { class: "plan-qr" });
  // The same package and settings as the codes printed on guides (src/lib/print/qr.ts), here for a #-address.
  box.innerHTML = qrRender(create(url, { errorCorrectionLevel: "M" }), { margin: 1 });
  box.firstElementChild?.setAttribute("role", "img");
  box.firstElementChild?.setAttribute("aria-label", label);
  box.append(h("figcaption", {}, label));
  return box;
}

/** Lower case, no accents: "Menores" finds "menores", "tik tok" finds "TikTok" once spaces go too. */
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f\s]/g, "").toLowerCase();

export async function startPlan(): Promise<void> {
  const root = document.getElementById("plan-app");
  if (!root) return;
  document.getElementById("plan-nojs")?.setAttribute("hidden", "");
  let data: PlanData;
  try {
    const response = await fetch(root.dataset.src ?? "");
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as PlanData;
  } catch {
    root.textContent = root.dataset.failed ?? "";
    return;
  }
  const ui = (key: string, values: Record<string, string | number> = {}) =>
    (data.ui[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
  const known = { stages: data.stages.map((s) => s.id), devices: data.devices.map((d) => d.id), apps: data.apps.map((a) => a.id) };
  const ticked = new Set<string>();

  const form = h("form", { id: "plan-form", class: "plan-form", "data-print-hide": true, onsubmit: (e: Event) => e.preventDefault() });
  const childrenBox = h("div", { class: "plan-children" });
  const addButton = h("button", { type: "button", class: "plan-button plan-button-spaced", onclick: () => addChild({ stage: "", devices: [], apps: [] }, true) }, ui("planAddChild"));
  form.append(h("h2", { class: "plan-h2" }, ui("planChooseHeading")), childrenBox, addButton);

  const status = h("p", { role: "status", class: "plan-status", "data-print-hide": true });
  const planBody = h("div", { id: "plan-body" });
  const keptStatus = h("p", { role: "status", class: "plan-note" });
  const tools = h(
    "p",
    { class: "plan-tools", "data-print-hide": true },
    h("button", { type: "button", class: "plan-button", onclick: () => print() }, ui("planPrint")),
    h("button", { type: "button", class: "plan-button", onclick: () => keep(true) }, ui("planKeep")),
  );
  // Shown only while a plan is kept here; reading whether one is kept stores nothing.
  const forget = h("button", { type: "button", class: "plan-button", hidden: !kept(), onclick: () => keep(false) }, ui("planForget"));
  tools.append(forget);
  const output = h(
    "section",
    { id: "plan-output", class: "plan-output", "aria-labelledby": "plan-heading" },
    h("h2", { id: "plan-heading", class: "plan-h2" }, ui("planYourPlan")),
    status,
    tools,
    keptStatus,
    planBody,
  );
  root.replaceChildren(form, output);

  /** Keeps the plan's address on this device, or forgets it: only when the parent presses the button. */
  function keep(on: boolean) {
    try {
      if (on) localStorage.setItem(KEPT, location.hash);
      else localStorage.removeItem(KEPT);
      keptStatus.textContent = ui(on ? "planKept" : "planForgotten");
      forget.hidden = !on;
      // The pressed button may have just gone: keep the focus near it.
      if (!on) (tools.firstElementChild as HTMLElement | null)?.focus();
    } catch {
      keptStatus.textContent = "";
    }
  }

  let serial = 0;
  /** One child's fieldset: age, devices, and apps with a filter. */
  function addChild(choice: ChildChoice, focus = false) {
    const n = ++serial;
    const id = (s: string) => `c${n}-${s}`;
    const box = h("fieldset", { class: "plan-child", "data-child": n });
    const legend = h("legend", { class: "plan-child-legend" });
    // Each child's radios are their own group: the name carries the child's number.
    const check = (type: string, name: string, value: string, label: string, checked: boolean) =>
      h(
        "li",
        { class: "plan-choice" },
        h("input", { type, name: id(name), value, id: id(`${name}-${value}`), checked, "data-kind": name, class: "plan-box" }),
        h("label", { for: id(`${name}-${value}`) }, label),
      );
    const group = (legendText: string, ...content: HTMLElement[]) =>
      h("fieldset", { class: "plan-group" }, h("legend", { class: "plan-legend" }, legendText), ...content);
    const appItems = data.apps.map((a) => {
      const li = check("checkbox", "app", a.id, a.name, choice.apps.includes(a.id));
      li.dataset.names = fold([a.name, ...a.aliases].join("|"));
      return li;
    });
    const none = h("p", { hidden: true, class: "plan-note" }, ui("planAppNone"));
    const filter = h("input", { type: "search", id: id("filter"), class: "plan-input", autocomplete: "off" }) as HTMLInputElement;
    filter.addEventListener("input", () => {
      const q = fold(filter.value);
      let shown = 0;
      for (const li of appItems) {
        const match = !q || (li.dataset.names ?? "").includes(q) || (li.querySelector("input") as HTMLInputElement).checked;
        li.hidden = !match;
        if (match) shown++;
      }
      none.hidden = shown > 0;
    });
    const remove = h("button", { type: "button", class: "plan-button plan-button-spaced" });
    remove.addEventListener("click", () => {
      const next = box.nextElementSibling ?? box.previousElementSibling;
      box.remove();
      update();
      (next?.querySelector("input") as HTMLElement | null)?.focus();
    });
    box.append(
      legend,
      group(ui("planAge"), h("ul", { class: "plan-choices plan-stages" }, ...data.stages.map((s) => check("radio", "stage", s.id, s.label, choice.stage === s.id)))),
      group(ui("planDevices"), h("ul", { class: "plan-choices plan-cols-2" }, ...data.devices.map((d) => check("checkbox", "device", d.id, d.label, choice.devices.includes(d.id))))),
      group(
        ui("planApps"),
        h("label", { for: id("filter"), class: "plan-label" }, ui("planAppFilter")),
        filter,
        none,
        h("ul", { class: "plan-choices plan-cols-3" }, ...appItems),
      ),
      remove,
    );
    box.addEventListener("change", update);
    childrenBox.append(box);
    if (focus) {
      update();
      (box.querySelector("input") as HTMLElement).focus();
    }
  }

  /** The choices as the form shows them. */
  function read(): ChildChoice[] {
    return [...childrenBox.querySelectorAll<HTMLElement>(".plan-child")].map((box) => {
      const values = (kind: string) => [...box.querySelectorAll<HTMLInputElement>(`input[data-kind="${kind}"]:checked`)].map((i) => i.value);
      return { stage: values("stage")[0] ?? "", devices: values("device"), apps: values("app") };
    });
  }

  /** Numbers the children, writes the address and shows the plan. */
  function update() {
    const boxes = [...childrenBox.querySelectorAll<HTMLElement>(".plan-child")];
    boxes.forEach((box, i) => {
      box.querySelector("legend")!.textContent = ui("planChild", { n: i + 1 });
      const remove = box.querySelector<HTMLButtonElement>(":scope > button")!;
      remove.textContent = ui("planRemoveChild", { n: i + 1 });
      remove.hidden = boxes.length < 2;
    });
    const choices = read();
    const hash = `#${encodeChoices(choices)}`;
    planHash = hash;
    if (hash !== location.hash) history.replaceState(null, "", hash);
    show(choices);
  }

  /** A step with its box to tick, its sub-steps and its sources. */
  function step(page: PlanPage, s: PlanStep, key: string): HTMLElement {
    const boxId = `tick-${key}`.replace(/[^\w-]/g, "-");
    const box = h("input", { type: "checkbox", id: boxId, checked: ticked.has(boxId), class: "plan-box" }) as HTMLInputElement;
    box.addEventListener("change", () => (box.checked ? ticked.add(boxId) : ticked.delete(boxId)));
    return h(
      "li",
      { class: "plan-step" },
      h("div", { class: "plan-choice" }, box, h("label", { for: boxId, class: "plan-legend" }, s.title)),
      s.items.length > 0 && h("ol", { class: "plan-items" }, ...s.items.map((item) => h("li", {}, item))),
      sources(s.sources, page),
    );
  }

  /** "Sources: Apple 3, 5 · NCMEC 2": each number a link to the note on the page. */
  function sources(list: PlanSource[], page: PlanPage, inline = false): HTMLElement | undefined {
    if (!list.length) return undefined;
    const byPublisher = Map.groupBy(list, ([publisher]) => publisher);
    const p = inline
      ? h("span", { class: "plan-sources plan-inline" }, ` (${ui("planSources")} `)
      : h("p", { class: "plan-sources" }, `${ui("planSources")} `);
    [...byPublisher].forEach(([publisher, items], i) => {
      p.append(`${i ? " · " : ""}${publisher} `);
      items.forEach(([, href], j) => {
        const n = /-(\d+)$/.exec(href)?.[1] ?? "";
        p.append(j ? ", " : "", h("a", { href, "aria-label": `${publisher}: ${ui("noteMarker", { n })} (${page.title})` }, n));
      });
    });
    if (inline) p.append(")");
    return p;
  }

  const pageLink = (page: PlanPage) => h("p", { class: "plan-from" }, `${ui("planFromPage")} `, h("a", { href: page.url }, page.title));

  function show(choices: ChildChoice[]) {
    let count = 0;
    const parts: HTMLElement[] = [];
    const cards = new Map<string, PlanApp>();
    const active = choices.filter((c) => c.stage || c.devices.length || c.apps.length);
    active.forEach((c, i) => {
      const stage = data.stages.find((s) => s.id === c.stage);
      const section = h("section", { class: "plan-child-plan", "aria-labelledby": `plan-child-${i}` });
      section.append(h("h3", { id: `plan-child-${i}`, class: "plan-h3" }, [ui("planChild", { n: choices.indexOf(c) + 1 }), stage?.label].filter(Boolean).join(": ")));
      const pages = [...new Set(c.devices.flatMap((d) => data.devices.find((x) => x.id === d)?.pages ?? []))];
      const seen = new Set<string>();
      const devicePages = pages.filter((p) => !seen.has(p.url) && seen.add(p.url));
      if (devicePages.length) {
        section.append(h("h4", { class: "plan-h4" }, ui("planSetUpHeading")));
        for (const page of devicePages) {
          count += page.steps.length;
          section.append(
            h("h5", { class: "plan-h5" }, page.title),
            h("ol", { class: "plan-steps" }, ...page.steps.map((s, j) => step(page, s, `${i}-${page.url}-${j}`))),
            pageLink(page),
          );
        }
      }
      const apps = c.apps.map((id) => data.apps.find((a) => a.id === id)).filter((a): a is PlanApp => a !== undefined);
      if (apps.length) {
        section.append(h("h4", { class: "plan-h4" }, ui("planAppsHeading")));
        for (const app of apps) {
          cards.set(app.id, app);
          count += app.page.steps.length;
          section.append(
            h("h5", { class: "plan-h5" }, h("a", { href: app.page.url }, app.name), app.minAge ? ` (${ui("planTerms", { age: app.minAge })})` : ""),
            h("ol", { class: "plan-steps" }, ...app.page.steps.map((s, j) => step(app.page, s, `${i}-${app.id}-${j}`))),
          );
        }
      }
      const talk = stage && data.talk[stage.id];
      if (talk) {
        count += 1;
        const talkStep = step(talk, { title: ui("planTalkStep"), items: [], sources: [] }, `${i}-talk`);
        talkStep.append(
          h("ul", { class: "plan-items plan-bullets" }, ...talk.items.map((t) => h("li", {}, t))),
          pageLink(talk),
          h("p", { class: "plan-from", "data-print-hide": true }, h("a", { href: stage.url }, `${ui("planAgePage")}: ${stage.label}`)),
        );
        section.append(h("h4", { class: "plan-h4" }, ui("planTalkHeading")), h("ol", { class: "plan-steps" }, talkStep));
      }
      parts.push(section);
    });

    if (active.length) {
      const signs = data.signs;
      parts.push(
        h(
          "section",
          { class: "plan-signs", "aria-labelledby": "plan-signs" },
          h("h3", { id: "plan-signs", class: "plan-h3" }, ui("planSignsHeading")),
          h("ul", { class: "plan-list" }, ...signs.items.map((s) => h("li", {}, s.text, sources(s.sources, signs, true) ?? ""))),
          pageLink(signs),
        ),
        h(
          "section",
          { class: "plan-help", "aria-labelledby": "plan-help" },
          h("h3", { id: "plan-help", class: "plan-h3" }, ui("planHelpHeading")),
          h(
            "ul",
            { class: "plan-list" },
            ...data.help.map((line) =>
              h("li", {}, `${line.name}: `, h("a", { href: `tel:${line.phone}` }, line.phone), line.text ? ` (${ui("planOrText", { text: line.text })})` : ""),
            ),
          ),
          h("p", {}, h("a", { href: data.helpUrl }, ui("planHelpMore"))),
        ),
      );
      const again = new Date();
      again.setMonth(again.getMonth() + 1);
      const date = new Intl.DateTimeFormat(data.locale, { dateStyle: "long" }).format(again);
      const planUrl = new URL(`plan/${location.hash}`, new URL(data.lang === "es" ? "es/" : "", data.site)).href;
      parts.unshift(
        h(
          "div",
          { class: "plan-paper" },
          h("p", { class: "plan-strong", "data-check-again": true }, ui("planCheckAgain", { date })),
          h("p", { class: "plan-print-only" }, ui("planScanHint")),
          h("div", { class: "plan-qrs" }, qr(planUrl, ui("planThisPlan")), ...[...cards.values()].map((a) => qr(a.href, a.name))),
        ),
      );
    }
    planBody.replaceChildren(...(parts.length ? parts : [h("p", {}, ui("planEmpty"))]));
    status.textContent = active.length ? (count === 1 ? ui("planCountOne") : ui("planCount", { n: count })) : "";
  }

  /** Builds the form from an address: the page's own, or a kept one when the address has none. */
  function load() {
    let hash = location.hash;
    if (!hash) {
      try {
        hash = localStorage.getItem(KEPT) ?? "";
      } catch {
        hash = "";
      }
      if (hash) history.replaceState(null, "", hash);
    }
    const choices = decodeChoices(hash, known);
    childrenBox.replaceChildren();
    serial = 0;
    for (const c of choices.length ? choices : [{ stage: "", devices: [], apps: [] }]) addChild(c);
    update();
  }
  // A plan's address pasted or typed in reopens that plan; an in-page link ("Skip to main content", #main) moves the
  // page as usual, then the plan's address is put back so the choices are not lost.
  let planHash = "";
  addEventListener("hashchange", () => (location.hash.includes("child=") ? load() : history.replaceState(null, "", planHash)));
  load();
  keepFiles();
}

/** Asks the offline worker to keep this page's script and data too, as it keeps every page read (SW decides). */
function keepFiles() {
  navigator.serviceWorker?.ready.then((registration) => {
    for (const entry of performance.getEntriesByType("resource")) {
      const url = new URL(entry.name);
      if (url.origin === location.origin && /^\/(_astro\/.+\.js|(es\/)?plan\/data\.json)$/.test(url.pathname)) {
        registration.active?.postMessage({ type: "keep", url: url.pathname });
      }
    }
  });
}
