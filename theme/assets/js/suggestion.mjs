// A mark that shows when another step's answers suggest this option: every listed rating
// is given and their total falls in [data-min, data-max]. It marks; it never chooses.
import { summarize } from "./scoring.mjs";

export function initSuggestion(mark, store) {
  const ids = mark.dataset.items.split(" ");
  const min = Number(mark.dataset.min);
  const max = Number(mark.dataset.max);
  const update = () => {
    const result = summarize(ids.map((id) => (typeof store.get(id) === "number" ? store.get(id) : null)));
    const suggested = result.complete && result.total >= min && result.total <= max;
    mark.hidden = !suggested;
    mark.closest(".pg-signpost, .pg-choice__group")?.classList.toggle("pg-is-suggested", suggested);
  };
  store.onChange((id) => ids.includes(id) && update());
  update();
}
