// actormap's page: search, one card per cluster, the crosswalk table. Plain browser JavaScript,
// no dependencies. Names come from vendor files anyone can propose changes to, so every piece of
// data reaches the page as a text node or a checked attribute, never as HTML.
(() => {
  /** @type {any} set by data.js */
  const data = /** @type {any} */ (window).ACTORMAP;
  const cardLimit = 24;

  const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const input = /** @type {HTMLInputElement} */ (byId("q"));
  const statusLine = byId("status");
  const suggestionsBox = byId("suggestions");
  const cardsBox = byId("cards");
  const tableBox = byId("table");
  const cardsButton = byId("view-cards");
  const tableButton = byId("view-table");

  /** The dataset's name key (scripts/core/normalize.ts): NFKC, lower case, letters and digits. */
  const nameKey = (text) =>
    text
      .normalize("NFKC")
      .toLowerCase()
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}]/gu, "");

  const vendorName = new Map(data.vendors.map((v) => [v.id, v.name]));
  const actors = new Map();
  const clusterByUuid = new Map();
  for (const cluster of data.clusters) {
    clusterByUuid.set(cluster.uuid, cluster);
    for (const former of cluster.redirects) clusterByUuid.set(former, cluster);
    for (const actor of cluster.actors) {
      actors.set(actor.key, actor);
      clusterByUuid.set(actor.uuid, cluster);
    }
  }
  // Distinct name keys with the first spelling seen, for "did you mean".
  const spelling = new Map();
  for (const [key, name] of data.names) if (!spelling.has(key)) spelling.set(key, name);

  /** Builds an element; children are nodes or strings (as text), null is skipped. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** A link to a source, only for web addresses (never javascript: or data:). */
  function sourceLink(url, text) {
    if (!/^https?:\/\//i.test(url)) return el("span", null, text);
    return el("a", { href: url, rel: "noopener noreferrer" }, text);
  }

  function hostOf(url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      return url;
    }
  }

  function vendorLabel(id) {
    return vendorName.get(id) ?? id;
  }

  function actorLabel(key) {
    const actor = actors.get(key);
    return actor ? `${actor.name} (${vendorLabel(actor.vendor)})` : key;
  }

  // --- search ---------------------------------------------------------------------------

  /** Clusters for a query, best first: exact name, then prefix, then any part of a name. */
  function search(query) {
    const trimmed = query.trim();
    if (trimmed === "") return data.clusters;
    const exact = clusterByUuid.get(trimmed.toLowerCase());
    if (exact) return [exact];
    const key = nameKey(trimmed);
    if (key === "") return [];
    const rank = new Map();
    for (const [nameKeyValue, , position] of data.names) {
      const at = nameKeyValue.indexOf(key);
      if (at === -1) continue;
      const score = nameKeyValue === key ? 0 : at === 0 ? 1 : 2;
      const seen = rank.get(position);
      if (seen === undefined || score < seen) rank.set(position, score);
    }
    return [...rank.entries()]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .map(([position]) => data.clusters[position]);
  }

  /** Edit distance (Levenshtein), two rows. */
  function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      }
      previous = current;
    }
    return previous[b.length];
  }

  /** Known names within a typo's reach of the query (same rule as `actormap lookup`). */
  function nearest(query, limit) {
    const key = nameKey(query);
    if (key === "") return [];
    const reach = Math.max(2, Math.ceil(key.length / 3));
    const scored = [];
    for (const [candidate, name] of spelling) {
      if (Math.abs(candidate.length - key.length) > reach) continue;
      const d = editDistance(key, candidate);
      if (d <= reach) scored.push([d, name]);
    }
    scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return scored.slice(0, limit).map((s) => s[1]);
  }

  // --- cards ----------------------------------------------------------------------------

  const relationWords = {
    same: "same as",
    overlaps: "overlaps with",
    includes: "includes",
    "part-of": "is part of",
  };

  function badge(status) {
    return el("span", { class: `badge ${status}` }, status);
  }

  function sourcesList(mapping) {
    const items = mapping.sources.map((source) =>
      el(
        "li",
        null,
        sourceLink(source.url, `${vendorLabel(source.vendor)} · ${hostOf(source.url)}`),
        source.since ? ` (since ${source.since})` : null,
      ),
    );
    return el("ul", { class: "sources", "aria-label": "Sources" }, items);
  }

  function mappingItem(mapping) {
    return el(
      "li",
      null,
      el(
        "span",
        { class: "claim" },
        `${actorLabel(mapping.from)} ${relationWords[mapping.relation] ?? mapping.relation} ${actorLabel(mapping.to)} `,
      ),
      badge(mapping.status),
      sourcesList(mapping),
    );
  }

  function distinct(values) {
    return [...new Set(values.filter((v) => v !== undefined && v !== ""))];
  }

  function card(cluster) {
    const headingId = `h-${cluster.uuid}`;
    const names = el(
      "dl",
      { class: "names" },
      cluster.actors.map((actor) =>
        el(
          "div",
          { class: "name-row" },
          el("dt", null, vendorLabel(actor.vendor)),
          el(
            "dd",
            null,
            el("strong", null, actor.name),
            actor.aliases.length > 0
              ? el("span", { class: "aliases" }, ` also ${actor.aliases.join(", ")}`)
              : null,
            el("code", { class: "actor-id" }, `${actor.vendor}/${actor.id}`),
            actor.status === "active"
              ? null
              : el(
                  "span",
                  { class: "inactive" },
                  actor.merged_into
                    ? ` merged into ${actorLabel(actor.merged_into)}`
                    : ` ${actor.status}`,
                ),
          ),
        ),
      ),
    );
    const origins = distinct(cluster.actors.map((a) => a.origin));
    const categories = distinct(cluster.actors.map((a) => a.category));
    const facts = el(
      "p",
      { class: "facts" },
      `Origin: ${origins.length > 0 ? origins.join(" / ") : "unknown"} · ${categories.join(" / ")}`,
    );
    const parts = [
      el(
        "div",
        { class: "card-head" },
        el("h2", { id: headingId }, cluster.label),
        el(
          "a",
          {
            class: "permalink",
            href: `#${cluster.uuid}`,
            "aria-label": `Permalink to ${cluster.label}`,
          },
          "#",
        ),
      ),
      facts,
      names,
    ];
    if (cluster.mappings.length > 0) {
      parts.push(
        el("h3", null, "Mappings"),
        el("ul", { class: "mappings" }, cluster.mappings.map(mappingItem)),
      );
    }
    if (cluster.relations.length > 0) {
      parts.push(
        el("h3", null, "Related clusters"),
        el(
          "ul",
          { class: "relations" },
          cluster.relations.map((relation) =>
            el(
              "li",
              null,
              `${relationWords[relation.relation] ?? relation.relation} `,
              el("a", { href: `#${relation.cluster}` }, relation.label),
              el("ul", { class: "mappings" }, relation.mappings.map(mappingItem)),
            ),
          ),
        ),
      );
    }
    parts.push(el("p", { class: "uuid" }, `Cluster ${cluster.uuid}`));
    return el(
      "article",
      { class: "card", id: cluster.uuid, tabindex: "-1", "aria-labelledby": headingId },
      parts,
    );
  }

  // --- table ----------------------------------------------------------------------------

  const sortState = { column: 0, descending: false };

  function tableCells(cluster) {
    return [
      cluster.label,
      ...data.vendors.map((vendor) =>
        cluster.actors
          .filter((a) => a.vendor === vendor.id)
          .map((a) => a.name)
          .join(" / "),
      ),
    ];
  }

  function compareCells(a, b) {
    // Empty cells last in both directions; otherwise case-insensitive code-unit order.
    if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sortState.descending ? -order : order;
  }

  function table(clusters) {
    const rows = clusters.map((cluster) => ({ cluster, cells: tableCells(cluster) }));
    rows.sort((r, s) => compareCells(r.cells[sortState.column], s.cells[sortState.column]));
    const headings = ["Cluster", ...data.vendors.map((v) => v.name)];
    const head = el(
      "tr",
      null,
      headings.map((heading, column) => {
        const sorted = sortState.column === column;
        return el(
          "th",
          {
            scope: "col",
            "aria-sort": sorted ? (sortState.descending ? "descending" : "ascending") : "none",
          },
          el(
            "button",
            { type: "button", "data-column": String(column) },
            heading,
            el(
              "span",
              { class: "arrow", "aria-hidden": "true" },
              sorted ? (sortState.descending ? " ▼" : " ▲") : "",
            ),
          ),
        );
      }),
    );
    const body = rows.map(({ cluster, cells }) =>
      el(
        "tr",
        null,
        el("th", { scope: "row" }, el("a", { href: `#${cluster.uuid}` }, cells[0])),
        cells.slice(1).map((cell) => el("td", null, cell)),
      ),
    );
    return el(
      "table",
      { class: "crosswalk" },
      el(
        "caption",
        null,
        `Crosswalk: ${rows.length} cluster${rows.length === 1 ? "" : "s"}, one column per vendor`,
      ),
      el("thead", null, head),
      el("tbody", null, body),
    );
  }

  tableBox.addEventListener("click", (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest("button[data-column]");
    if (!button) return;
    const column = Number(button.getAttribute("data-column"));
    sortState.descending = sortState.column === column ? !sortState.descending : false;
    sortState.column = column;
    render();
    tableBox.querySelector(`button[data-column="${column}"]`)?.focus();
  });

  // --- page state -----------------------------------------------------------------------

  let view = "cards";
  /** The clusters currently shown, and whether a permalink chose them. */
  let shown = data.clusters;
  let permalink = null;

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function showSuggestions(names) {
    suggestionsBox.replaceChildren();
    if (names.length === 0) return;
    suggestionsBox.append(
      el("span", null, "Did you mean "),
      ...names.map((name) =>
        el("button", { type: "button", class: "suggestion", "data-name": name }, name),
      ),
    );
  }

  suggestionsBox.addEventListener("click", (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest("button");
    if (!button) return;
    input.value = button.getAttribute("data-name") ?? "";
    update();
    input.focus();
  });

  function render() {
    const list = view === "cards" ? shown.slice(0, cardLimit) : shown;
    cardsBox.hidden = view !== "cards";
    tableBox.hidden = view !== "table";
    cardsButton.setAttribute("aria-pressed", String(view === "cards"));
    tableButton.setAttribute("aria-pressed", String(view === "table"));
    if (view === "cards") {
      cardsBox.replaceChildren(...list.map(card));
      if (shown.length > cardLimit) {
        cardsBox.append(
          el(
            "p",
            { class: "more" },
            `Showing ${cardLimit} of ${shown.length} clusters: refine the search, or open the crosswalk table for all.`,
          ),
        );
      }
      tableBox.replaceChildren();
    } else {
      tableBox.replaceChildren(table(shown));
      cardsBox.replaceChildren();
    }
  }

  function update() {
    if (permalink !== null) {
      // Leaving the permalink: drop the fragment so a reload shows what is on screen.
      window.history.pushState(null, "", window.location.pathname + window.location.search);
      permalink = null;
    }
    const query = input.value;
    shown = search(query);
    const count = `${shown.length} cluster${shown.length === 1 ? "" : "s"}`;
    if (query.trim() === "") {
      setStatus(`${count} in this dataset. Type a name to search.`);
      showSuggestions([]);
    } else if (shown.length > 0) {
      setStatus(`${count} ${shown.length === 1 ? "matches" : "match"} “${query.trim()}”.`);
      showSuggestions([]);
    } else {
      const names = nearest(query, 5);
      setStatus(`No name matches “${query.trim()}”.`);
      showSuggestions(names);
    }
    render();
  }

  function followHash() {
    const target = decodeURIComponent(window.location.hash.slice(1)).toLowerCase();
    const cluster = clusterByUuid.get(target);
    if (!cluster) return false;
    permalink = cluster;
    shown = [cluster];
    input.value = "";
    suggestionsBox.replaceChildren(
      el("button", { type: "button", id: "show-all" }, "Show all clusters"),
    );
    setStatus(`Showing ${cluster.label}.`);
    view = "cards";
    render();
    const node = document.getElementById(cluster.uuid);
    node?.focus();
    node?.scrollIntoView({ block: "start" });
    return true;
  }

  input.addEventListener("input", update);
  byId("search").addEventListener("submit", (event) => {
    // Enter moves to the first result, so the keyboard reaches the cards quickly.
    event.preventDefault();
    if (permalink === null) update();
    const first = cardsBox.querySelector(".card") ?? tableBox.querySelector("a");
    if (first instanceof HTMLElement) first.focus();
  });
  cardsButton.addEventListener("click", () => {
    view = "cards";
    render();
  });
  tableButton.addEventListener("click", () => {
    view = "table";
    render();
  });
  // Other fragments (#downloads, #results) are ordinary in-page links.
  window.addEventListener("hashchange", followHash);

  if (!followHash()) update();
})();
