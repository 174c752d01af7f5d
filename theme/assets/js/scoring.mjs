// Pure arithmetic over ratings: no DOM, no storage. `ratings` holds a number or null
// (not yet rated) per statement; outcomes are inclusive ranges of totals.

export function summarize(ratings) {
  const given = ratings.filter((rating) => rating !== null);
  return {
    answered: given.length,
    remaining: ratings.length - given.length,
    total: given.reduce((sum, rating) => sum + rating, 0),
    complete: given.length === ratings.length,
  };
}

export function matchingOutcome(outcomes, total) {
  return outcomes.find((outcome) => total >= outcome.min && total <= outcome.max) ?? null;
}
