// How far the reader is: on the page ("6 of 10 rated", "3 of 4 written") and beside each
// page in the navigation. Which answers belong to which page comes from the build
// (data-pg-progress-map); a page with ratings is complete when every rating is given.
import { fill } from "./fill.mjs";

function countProgress(store, { ratings = [], writing = [] }) {
  return {
    rated: ratings.filter((id) => typeof store.get(id) === "number").length,
    written: writing.filter((id) => typeof store.get(id) === "string" && store.get(id).trim() !== "").length,
  };
}

export function showPageProgress(element, store) {
  const ids = { ratings: words(element.dataset.ratings), writing: words(element.dataset.writing) };
  const update = () => {
    const { rated, written } = countProgress(store, ids);
    fill(element, "rated", rated);
    fill(element, "written", written);
    element.hidden = false;
  };
  store.onChange(update);
  update();
}

export function showNavProgress(document, store) {
  const source = document.querySelector("[data-pg-progress-map]");
  const config = document.querySelector("#__config");
  if (!source || !config) return;
  const map = JSON.parse(source.dataset.pgProgressMap);
  const base = new URL(JSON.parse(config.textContent).base.replace(/\/?$/, "/"), location.href);
  const pages = Object.entries(map).map(([url, ids]) => ({ href: new URL(url, base).href, ids }));

  const update = () => {
    for (const link of document.querySelectorAll(".md-nav--primary a.md-nav__link[href]")) {
      const target = new URL(link.getAttribute("href"), location.href);
      target.hash = "";
      const page = pages.find((candidate) => candidate.href === target.href);
      if (!page) continue;
      let badge = link.querySelector(".pg-nav-progress");
      if (!badge) {
        badge = document.createElement("span");
        badge.className = "pg-nav-progress";
        link.append(badge);
      }
      badge.textContent = describe(countProgress(store, page.ids), page.ids);
    }
  };
  store.onChange(update);
  update();
}

function describe({ rated, written }, { ratings = [], writing = [] }) {
  if (ratings.length) {
    return rated === ratings.length ? "Complete" : `${rated} of ${ratings.length} rated`;
  }
  return `${written} of ${writing.length} written`;
}

function words(text) {
  return text ? text.split(" ") : [];
}
