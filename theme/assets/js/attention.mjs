// Marks a strategy-profile element for attention when an answer that points to it is
// rated low. Each note says which answer, why, and who makes the link.
import { fill } from "./fill.mjs";

export function initAttention(element, store) {
  const notes = [...element.querySelectorAll("[data-attention]")];
  if (!notes.length) return;
  const badge = element.querySelector("[data-attention-badge]");
  const update = () => {
    let any = false;
    for (const note of notes) {
      const rating = store.get(note.dataset.item);
      const low = typeof rating === "number" && rating <= Number(note.dataset.atMost);
      note.hidden = !low;
      if (low) fill(note, "rating", rating);
      any ||= low;
    }
    badge.hidden = !any;
    element.classList.toggle("pg-needs-attention", any);
  };
  const items = notes.map((note) => note.dataset.item);
  store.onChange((id) => items.includes(id) && update());
  update();
}
