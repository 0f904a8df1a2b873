/**
 * The talk's script (TalkPage.astro): shows one slide at a time, full screen, advanced by arrow keys, space,
 * Page Down (a presenter's clicker), Enter or a tap; the slide number lives in the address (#slide-3), so a presenter
 * can return to a slide. N shows the presenter notes. Loaded only on talk pages.
 */

/** Keys that start the talk from the page: a clicker's "next" sends one of them, and it can't press the button. */
const START_KEYS = ["PageDown", "ArrowRight", " "];

export function startTalk(): void {
  const deck = document.querySelector<HTMLElement>("[data-talk]");
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>(".slide")];
  const root = document.documentElement;
  const notes = document.querySelector<HTMLInputElement>("[data-talk-notes]")!;
  document.querySelector<HTMLElement>("[data-talk-controls]")!.hidden = false;
  let current = 0;

  const show = (index: number) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((s, i) => (s.hidden = i !== current));
    history.replaceState(null, "", `#slide-${current + 1}`);
    slides[current].focus();
  };
  const start = (index = 0) => {
    root.classList.add("presenting");
    slides.forEach((s) => (s.tabIndex = -1));
    show(index);
    root.requestFullscreen?.().catch(() => {});
  };
  const stop = () => {
    root.classList.remove("presenting");
    slides.forEach((s) => (s.hidden = false));
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };
  const setNotes = (on: boolean) => {
    notes.checked = on;
    root.classList.toggle("show-notes", on);
  };

  document.querySelector("[data-talk-start]")!.addEventListener("click", () => start(0));
  notes.addEventListener("change", () => setNotes(notes.checked));
  const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, Enter: 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Backspace: -1 };
  document.addEventListener("keydown", (event) => {
    // The browser's own shortcuts (Alt+← is Back) stay the browser's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "n" || event.key === "N") return setNotes(!notes.checked);
    if (!root.classList.contains("presenting")) {
      // Space on the button or the notes box keeps its own meaning.
      const inControl = event.target instanceof Element && event.target.closest("a, button, input, select, textarea");
      if (!START_KEYS.includes(event.key) || inControl) return;
      start(current);
    } else if (event.key in step) show(current + step[event.key]);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(slides.length - 1);
    else if (event.key === "Escape") stop();
    else return;
    event.preventDefault();
  });
  // A tap on the right two thirds goes on, on the left third goes back.
  deck.addEventListener("click", (event) => {
    if (!root.classList.contains("presenting")) return;
    show(current + (event.clientX > window.innerWidth / 3 ? 1 : -1));
  });
  const fromAddress = () => {
    const match = /^#slide-(\d+)$/.exec(location.hash);
    if (match && Number(match[1]) - 1 !== current) start(Number(match[1]) - 1);
    else if (match && !root.classList.contains("presenting")) start(current);
  };
  addEventListener("hashchange", fromAddress);
  fromAddress();
}
