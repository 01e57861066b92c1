// index.html: the page's fixed structure. Only the version and the download links come from the
// data here, escaped; the script fills in the clusters with DOM text nodes.
import type { AssetLink } from "./release-assets.js";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

export function pageHtml(version: string, assets: readonly AssetLink[]): string {
  const v = escapeHtml(version);
  const downloads = assets
    .map((a) => `        <li><a href="${escapeHtml(a.href)}">${escapeHtml(a.name)}</a></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
  <meta name="referrer" content="no-referrer">
  <title>actormap ${v}: threat-actor names across vendors</title>
  <link rel="stylesheet" href="site.css">
  <script defer src="data.js"></script>
  <script defer src="site.js"></script>
</head>
<body>
  <a class="skip" href="#results">Skip to results</a>
  <header class="top">
    <h1>actormap</h1>
    <p>One threat actor, every vendor's name. Dataset version <strong id="version">${v}</strong> · <a href="#downloads">Downloads</a></p>
  </header>
  <main>
    <form id="search" role="search" class="search">
      <label for="q">Search any vendor's name, alias or id</label>
      <input id="q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. Cozy Bear, APT29, G0016" aria-describedby="status">
    </form>
    <p id="status" class="status" role="status" aria-live="polite"></p>
    <div id="suggestions" class="suggestions" aria-live="polite"></div>
    <div class="views" role="group" aria-label="View">
      <button type="button" id="view-cards" aria-pressed="true">Cards</button>
      <button type="button" id="view-table" aria-pressed="false">Crosswalk table</button>
    </div>
    <section id="results" aria-label="Results" tabindex="-1">
      <div id="cards" class="cards"></div>
      <div id="table" class="table-wrap" hidden></div>
    </section>
    <noscript><p>The search and the cluster cards need JavaScript; the downloads below work without it.</p></noscript>
    <section id="downloads" class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads (version ${v})</h2>
      <ul>
${downloads}
      </ul>
    </section>
  </main>
  <footer class="bottom"><p>Names and mappings link to their public sources. Static page: it makes no network requests.</p></footer>
</body>
</html>
`;
}
