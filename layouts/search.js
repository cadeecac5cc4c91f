// Mounts Pagefind's Default UI on the search page, runs the query from ?q= and re-mounts
// the UI (keeping the query) when the reader changes the order of results.
/* global PagefindUI */
(() => {
  const root = document.getElementById("search");
  const sort = document.getElementById("search-sort");
  const params = new URLSearchParams(window.location.search);
  const INPUT = ".pagefind-ui__search-input";
  let ui = null;

  const mount = (query) => {
    if (ui) ui.destroy();
    ui = new PagefindUI({
      element: "#search",
      baseUrl: root.dataset.baseUrl,
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      openFilters: ["source", "year"],
      sort: sort.value === "relevance" ? null : { date: sort.value },
      autofocus: true,
      noWorker: true,
    });
    root.querySelector(INPUT)?.setAttribute("aria-label", "Search the archive");
    if (query) ui.triggerSearch(query);
  };

  const currentQuery = () => root.querySelector(INPUT)?.value ?? "";
  const requested = params.get("sort");
  sort.value = ["asc", "desc"].includes(requested) ? requested : "relevance";
  sort.addEventListener("change", () => mount(currentQuery()));
  mount(params.get("q") ?? "");
})();
