// What paper needs that the screen does not. A text box prints only what fits in it, so
// each written answer also lives in a plain block beside it ([data-pg-print-answer]),
// which print styles show in full, across pages if it must. Text only, never HTML.

export function initPrint(scope, store) {
  for (const mirror of scope.querySelectorAll("[data-pg-print-answer]")) {
    const id = mirror.dataset.pgPrintAnswer;
    const show = () => {
      const value = store.get(id);
      mirror.textContent = typeof value === "string" ? value : "";
    };
    store.onChange((changed) => changed === id && show());
    show();
  }
  markLinksNeedingNoAddress(scope);
  stampPrintDate(document);
}

// Print styles add each external link's address after it; not where the text already is
// it, and not to the guide's own pages (instant navigation makes their hrefs absolute).
function markLinksNeedingNoAddress(scope) {
  for (const link of scope.querySelectorAll('a[href^="http"], a[href^="mailto:"]')) {
    const href = link.getAttribute("href");
    const address = href.replace(/^mailto:/, "").replace(/\/$/, "");
    const internal = href.startsWith("http") && new URL(href).origin === location.origin;
    if (internal || link.textContent.trim().replace(/\/$/, "") === address) {
      link.classList.add("pg-no-print-address");
    }
  }
}

function stampPrintDate(root) {
  const today = new Date().toLocaleDateString(undefined, { day: "numeric", month: "long", year: "numeric" });
  for (const element of root.querySelectorAll("[data-pg-print-date]")) element.textContent = today;
}

// A page left open overnight still prints today's date.
window.addEventListener("beforeprint", () => stampPrintDate(document));
