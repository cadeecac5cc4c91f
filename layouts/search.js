// Mounts Pagefind's Default UI on the search page (merging the bundles of a sharded archive),
// runs the query, order and filters in the address (?q=…&sort=desc&f.source=WION), keeps the
// address up to date so a search can be bookmarked, shared and reloaded, and re-mounts the UI
// (keeping the query and the chosen filters) when the reader changes the order of results.
/* global PagefindUI */
(() => {
  const root = document.getElementById("search");
  const sort = document.getElementById("search-sort");
  const params = new URLSearchParams(window.location.search);
  const INPUT = ".pagefind-ui__search-input";
  // Every search bundle (one per shard of a large archive), oldest articles first.
  const baseUrl = root.dataset.baseUrl;
  const bundles = JSON.parse(root.dataset.bundles);
  let ui = null;

  // Pagefind merges the bundles' results by score. Under a date sort a result's score is its
  // position among its bundle's dates (never 0: an anchor record sorts first in each bundle),
  // negated when ascending. Bundles are listed in the order wanted and each is weighted past
  // the highest score of those after it (desc) or before it (asc), so the merge keeps one
  // date order. Relevance keeps Pagefind's own scores.
  const bundleOrder = (order) => {
    if (order === "relevance") return bundles.map((b) => ({ ...b, weight: 1 }));
    const listed = order === "desc" ? [...bundles].reverse() : bundles;
    // Positions in a bundle run from the anchor's 0 to its number of articles.
    const span = (b) => b.articles + 2;
    const weights = listed.map(() => 1);
    if (order === "desc") {
      for (let i = listed.length - 2; i >= 0; i--)
        weights[i] = weights[i + 1] * span(listed[i + 1]);
    } else {
      for (let i = 1; i < listed.length; i++) weights[i] = weights[i - 1] * span(listed[i - 1]);
    }
    return listed.map((b, i) => ({ ...b, weight: weights[i] }));
  };

  const mount = (query, filters = {}) => {
    if (ui) ui.destroy();
    const [primary, ...others] = bundleOrder(sort.value);
    ui = new PagefindUI({
      element: "#search",
      bundlePath: primary.path,
      indexWeight: primary.weight,
      mergeIndex: others.map((b) => ({ bundlePath: b.path, indexWeight: b.weight, baseUrl })),
      baseUrl,
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      openFilters: ["source", "year"],
      sort: sort.value === "relevance" ? null : { date: sort.value },
      autofocus: true,
      noWorker: true,
    });
    root.querySelector(INPUT)?.setAttribute("aria-label", "Search the archive");
    if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
    if (query) ui.triggerSearch(query);
  };

  const currentQuery = () => root.querySelector(INPUT)?.value ?? "";
  // The ticked filters as Pagefind takes them: { source: ["…"], year: ["2020"] }.
  const currentFilters = () => {
    const filters = {};
    for (const box of root.querySelectorAll(".pagefind-ui__filter-checkbox:checked")) {
      filters[box.name] ??= [];
      filters[box.name].push(box.value);
    }
    return filters;
  };
  // Filters in the address: one "f.<filter>=<value>" per ticked box.
  const FILTER = "f.";
  const requestedFilters = () => {
    const filters = {};
    for (const [key, value] of params) {
      if (!key.startsWith(FILTER)) continue;
      filters[key.slice(FILTER.length)] ??= [];
      filters[key.slice(FILTER.length)].push(value);
    }
    return filters;
  };
  // The search as it stands, written to the address without a new history entry.
  const remember = (query = currentQuery(), filters = currentFilters()) => {
    const state = new URLSearchParams();
    if (query.trim()) state.set("q", query.trim());
    if (sort.value !== "relevance") state.set("sort", sort.value);
    for (const [name, values] of Object.entries(filters))
      for (const value of values) state.append(FILTER + name, value);
    const search = state.toString();
    window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  };
  const requested = params.get("sort");
  sort.value = ["asc", "desc"].includes(requested) ? requested : "relevance";
  // A re-mounted UI fills its box and boxes later: the state is taken before it goes.
  sort.addEventListener("change", () => {
    const [query, filters] = [currentQuery(), currentFilters()];
    mount(query, filters);
    remember(query, filters);
  });
  root.addEventListener("input", () => remember());
  root.addEventListener("change", () => remember());
  mount(params.get("q") ?? "", requestedFilters());
})();
