// A gaps element's rows, as the saved answers choose them: reads the rules from its data-*
// attributes (data-items, data-at-most, data-limit, data-picks-id), shows the chosen rows
// lowest first, fills each row's rating, and hides the rest. Shared by Step 4's table and
// My plan; each adds its own messages and controls around the returned selection.
import { fill } from "./fill.mjs";
import { selectGaps } from "./gap-selection.mjs";

export function gapRules(root) {
  return {
    items: root.dataset.items.split(" "),
    atMost: Number(root.dataset.atMost),
    limit: Number(root.dataset.limit),
    picksId: root.dataset.picksId,
  };
}

export function showChosenGaps(rules, rowOf, store) {
  const ratings = Object.fromEntries(rules.items.map((id) => [id, store.get(id)]));
  const selection = selectGaps({ ...rules, ratings, picks: store.get(rules.picksId) });
  for (const id of rules.items) {
    const row = rowOf(id);
    row.hidden = !selection.chosen.includes(id);
    fill(row, "rating", ratings[id] ?? "");
  }
  for (const id of selection.chosen) rowOf(id).parentElement.append(rowOf(id)); // lowest first
  return { ...selection, ratings };
}
