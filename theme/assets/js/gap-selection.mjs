// Which low-rated statements a gaps table shows. Pure: no DOM, no storage.
//
// Statements rated at or below `atMost` qualify, lowest first, ties in questionnaire
// order. When no more than `limit` qualify, all show. When more do, the reader may pick:
// a pick stays while it still qualifies; a pick that stops qualifying gives way to the
// next lowest. Without picks, the lowest `limit` show.

export function selectGaps({ items, ratings, atMost, limit, picks }) {
  const order = (a, b) => ratings[a] - ratings[b] || items.indexOf(a) - items.indexOf(b);
  const qualifying = items
    .filter((id) => typeof ratings[id] === "number" && ratings[id] <= atMost)
    .sort(order);
  const unrated = items.filter((id) => typeof ratings[id] !== "number").length;
  if (qualifying.length <= limit) return { qualifying, chosen: qualifying, choosing: false, unrated };
  if (!Array.isArray(picks)) return { qualifying, chosen: qualifying.slice(0, limit), choosing: true, unrated };

  const kept = picks.filter((id) => qualifying.includes(id)).slice(0, limit);
  const gaveWay = Math.min(picks.length - kept.length, limit - kept.length);
  const next = qualifying.filter((id) => !kept.includes(id)).slice(0, Math.max(gaveWay, 0));
  return { qualifying, chosen: [...kept, ...next].sort(order), choosing: true, unrated };
}
