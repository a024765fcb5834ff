"""The page around the vis-network drawing: one Jinja template, no external resource.

It replaces pyvis's own template, which links vis-network, Bootstrap and
tom-select from CDNs whatever ``cdn_resources`` says. Here the vis-network
JS and CSS (shipped inside the pyvis package) are inlined, the controls are
plain HTML, and a Content-Security-Policy forbids any network request.

All graph data arrives as JSON in a ``type="application/json"`` script
(``<``, ``>`` and ``&`` escaped) and reaches the page only through
``textContent``/``innerText``: article text is never parsed as HTML.
The page exposes ``window.actorgraph`` (network, nodes, edges, stabilized,
stabilizeMs, stabilizedAt) for tests and benchmarks.
"""

PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src {{ script_hashes }}; style-src 'unsafe-inline';
               img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>{{ vis_css | safe }}</style>
<style>
  html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, sans-serif; color: #222; }
  #ag { display: flex; height: 100%; }
  #ag-side { width: 300px; overflow-y: auto; padding: 10px 12px; border-right: 1px solid #ddd;
             box-sizing: border-box; background: #fafafa; }
  #ag-main { flex: 1; position: relative; }
  #ag-network { position: absolute; inset: 0; }
  #ag-loading { position: absolute; top: 10px; left: 10px; padding: 6px 10px; background: #fff;
                border: 1px solid #ccc; border-radius: 4px; }
  h1 { font-size: 15px; margin: 0 0 4px; }
  h2 { font-size: 13px; margin: 14px 0 4px; }
  .ag-note { color: #666; font-size: 12px; }
  .ag-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
  .ag-swatch { display: inline-block; width: 14px; text-align: center; font-size: 14px; }
  .ag-line { display: inline-block; width: 22px; height: 3px; }
  .ag-count { color: #888; margin-left: auto; }
  #ag-search { width: 100%; box-sizing: border-box; padding: 4px; }
  #ag-details { margin-top: 8px; }
  #ag-details blockquote { margin: 6px 0 2px; padding-left: 8px; border-left: 3px solid #ccc; }
  div.vis-tooltip { max-width: 420px; white-space: pre-wrap; }
</style>
</head>
<body>
<div id="ag">
  <div id="ag-side">
    <h1>{{ title }}</h1>
    <div class="ag-note">{{ subtitle }}</div>
    <h2><label for="ag-search">Find an actor</label></h2>
    <input id="ag-search" list="ag-actor-names" placeholder="name or alias, then Enter">
    <datalist id="ag-actor-names"></datalist>
    <div id="ag-search-result" class="ag-note"></div>
    <h2>Actor types</h2>
    <div id="ag-types"></div>
    <h2>Relations</h2>
    <div id="ag-predicates"></div>
    <h2>Details</h2>
    <div id="ag-details" class="ag-note">Click an actor or a relation.</div>
  </div>
  <div id="ag-main">
    <div id="ag-network"></div>
    <div id="ag-loading">Laying out…</div>
  </div>
</div>
<script type="application/json" id="ag-data">{{ data_json | safe }}</script>
<script>{{ vis_js | safe }}</script>
<script>{{ app_js | safe }}</script>
</body>
</html>
"""

#: The page's behaviour. It never assigns innerHTML: every string goes
#: through textContent (or vis-network's tooltip, which uses innerText).
APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ag-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var api = window.actorgraph = {nodes: nodes, edges: edges, stabilized: false,
                                 stabilizeMs: null, errors: []};
  var started = performance.now();

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  var container = document.getElementById("ag-network");
  var network = api.network = new vis.Network(container, {nodes: nodes, edges: edges},
                                               data.options);
  var loading = document.getElementById("ag-loading");

  function settled() {
    if (api.stabilized) { return; }
    network.setOptions({physics: {enabled: false}});
    api.stabilized = true;
    api.stabilizeMs = performance.now() - started;  // layout time alone
    api.stabilizedAt = performance.now();  // since navigation started
    loading.style.display = "none";
  }
  network.on("stabilizationProgress", function (p) {
    loading.textContent = "Laying out " + data.nodes.length + " actors… " +
      Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (!data.options.physics.enabled) {
    // Positions were computed beforehand: usable once the first frame is drawn.
    network.once("afterDrawing", settled);
  }

  // Filters: legend entries are checkboxes; hiding a node hides its edges.
  var typeOn = {}, predOn = {};
  data.types.forEach(function (t) { typeOn[t.name] = true; });
  data.predicates.forEach(function (p) { predOn[p.name] = true; });

  function applyFilters() {
    var allPreds = data.predicates.every(function (p) { return predOn[p.name]; });
    var linked = {};
    var edgeUpdates = edges.get().map(function (e) {
      var show = predOn[e.predicate];
      if (show) { linked[e.from] = true; linked[e.to] = true; }
      return {id: e.id, hidden: !show};
    });
    edges.update(edgeUpdates);
    nodes.update(nodes.get().map(function (n) {
      return {id: n.id, hidden: !(typeOn[n.type] && (allPreds || linked[n.id]))};
    }));
  }
  api.applyFilters = applyFilters;

  function legendRow(box, item, on, swatch) {
    var row = el("label", null, "ag-row");
    var check = el("input");
    check.type = "checkbox"; check.checked = true;
    check.dataset.name = item.name;
    check.addEventListener("change", function () {
      on[item.name] = check.checked;
      applyFilters();
    });
    row.appendChild(check);
    row.appendChild(swatch);
    row.appendChild(el("span", item.label || item.name));
    row.appendChild(el("span", item.count, "ag-count"));
    box.appendChild(row);
  }
  var typesBox = document.getElementById("ag-types");
  data.types.forEach(function (t) {
    var sw = el("span", t.symbol, "ag-swatch");
    sw.style.color = t.color;
    legendRow(typesBox, t, typeOn, sw);
  });
  var predBox = document.getElementById("ag-predicates");
  var lastFamily = null;
  data.predicates.forEach(function (p) {
    if (p.family !== lastFamily) {
      predBox.appendChild(el("div", p.family, "ag-note"));
      lastFamily = p.family;
    }
    var sw = el("span", null, "ag-line");
    sw.style.background = p.color;
    legendRow(predBox, p, predOn, sw);
  });

  // Details of the clicked actor or relation.
  var details = document.getElementById("ag-details");
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function showEvidence(box, ev) {
    box.appendChild(el("blockquote", ev.sentence));
    var meta = [ev.source, ev.date, "confidence " + ev.confidence].filter(Boolean).join(" · ");
    box.appendChild(el("div", meta, "ag-note"));
  }
  function showEdge(e) {
    details.replaceChildren();
    details.appendChild(el("strong", e.chain));
    details.appendChild(el("div", e.summary, "ag-note"));
    e.evidence.forEach(function (ev) { showEvidence(details, ev); });
    if (e.more > 0) { details.appendChild(el("div", "… and " + e.more + " more", "ag-note")); }
  }
  function showNode(n) {
    details.replaceChildren();
    details.appendChild(el("strong", n.label));
    var also = n.aliases.length ? " · also " + n.aliases.join(", ") : "";
    details.appendChild(el("div", n.type + also, "ag-note"));
    network.getConnectedEdges(n.id).forEach(function (id) {
      var e = edges.get(id);
      if (e && !e.hidden) {
        var link = el("div", e.chain);
        link.style.cursor = "pointer";
        link.addEventListener("click", function () { showEdge(e); });
        details.appendChild(link);
      }
    });
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(byId[params.nodes[0]]); }
    else if (params.edges.length) { showEdge(edges.get(params.edges[0])); }
  });

  // Search by label or alias, case-insensitively.
  var names = {}, list = document.getElementById("ag-actor-names");
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) { names[name.toLowerCase()] = n.id; });
    var opt = el("option"); opt.value = n.label; list.appendChild(opt);
  });
  var search = document.getElementById("ag-search");
  var result = document.getElementById("ag-search-result");
  function find() {
    var id = names[search.value.trim().toLowerCase()];
    if (id === undefined) { result.textContent = "No actor named “" + search.value + "”."; return; }
    result.textContent = "";
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: {duration: 300}});
    showNode(byId[id]);
  }
  api.find = function (name) { search.value = name; find(); };
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });
})();
"""
