// Map explorer: draws the classified layer served by /api/v1/map/layer on the imported
// boundaries (or as circles at the centroids without boundaries), the second measure as
// proportional circles, and the convergence layer (units coloured by class, zones outlined) from
// /api/v1/convergence/zones.geojson; keeps the view in the URL, opens a unit's summary or a
// zone's summary in the side panel. No inline script or style attribute (CSP).
(function () {
  "use strict";
  var el = document.getElementById("map");
  var form = document.getElementById("map-form");
  if (!el || !form || typeof L === "undefined") {
    return;
  }
  // The class colours of the convergence page (static/css/convergence-analysis.css).
  var CLASS_COLOURS = {
    CONVERGENCE: "#1b7837",
    GAP: "#c0392b",
    DUPLICATION: "#b35806",
    LOW_PRIORITY: "#6c757d",
    INSUFFICIENT_DATA: "#ffffff"
  };
  var OUTLINE = { colour: "#000000", weight: 3, selectedWeight: 5 };
  var MIN_RADIUS = 5;
  var MIN_SYMBOL_RADIUS = 4;
  var lang = document.documentElement.lang || "fr";
  var svgNs = "http://www.w3.org/2000/svg";
  var exportLink = document.getElementById("export-svg");
  var pngButton = document.getElementById("export-png");
  var panel = document.getElementById("map-panel");
  var notice = document.getElementById("map-no-boundaries");
  var yearsNote = document.getElementById("map-years");
  var convergenceBox = document.getElementById("m-convergence");
  var geo = { level: null, layer: null, features: null };
  var current = null;
  var zones = null;
  var zonesRaw = null;
  var zoneQuery = "";
  var selected = null;
  var selectedZone = null;
  var requestId = 0;

  var map = L.map(el, { zoomSnap: 0.25, attributionControl: !!el.dataset.tileUrl });
  map.setView([14.4, -14.6], 6.5);
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution || "" }).addTo(map);
  }
  // Panes above the units (overlayPane, 400): zone outlines, then proportional circles.
  map.createPane("zones");
  map.createPane("symbols");
  var outlines = L.layerGroup().addTo(map);
  var symbols = L.layerGroup().addTo(map);

  function number(value) {
    if (value == null) {
      return "–";
    }
    var abs = Math.abs(value);
    var digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
    return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
  }

  function format(pattern, values) {
    return pattern.replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value) {
        params.append(key, value);
      }
    });
    return params.toString();
  }

  function getJson(url, accept) {
    return fetch(url, { headers: { Accept: accept } }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  function update() {
    var q = query();
    var id = ++requestId;
    history.replaceState(null, "", el.dataset.pageUrl + "?" + q);
    exportLink.href = el.dataset.exportUrl + "?" + q;
    el.setAttribute("aria-busy", "true");
    getJson(el.dataset.layerUrl + "?" + q, "application/json")
      .then(function (layer) {
        return Promise.all([boundaries(layer.level), convergence(layer)]).then(function (loaded) {
          if (id === requestId) {
            draw(layer, loaded[1]);
          }
        });
      })
      .catch(function () {
        yearsNote.textContent = el.dataset.errorLabel;
      })
      .finally(function () {
        el.removeAttribute("aria-busy");
      });
  }

  // The analysis behind the convergence layer: defaults, three years ending with the map's year
  // (the server's MapParams.convergenceYears applies the same rule to the SVG export).
  function convergence(layer) {
    if (!convergenceBox.checked) {
      return Promise.resolve(null);
    }
    var to = Math.max(2000, Math.min(2100, layer.year));
    var from = Math.max(2000, to - 2);
    zoneQuery = "level=" + layer.level + "&from=" + from + "&to=" + to;
    return getJson(el.dataset.zonesUrl + "?" + zoneQuery, "application/geo+json");
  }

  // Loads the level's boundaries once; without them the layer is drawn as circles.
  function boundaries(level) {
    if (geo.level === level) {
      return Promise.resolve();
    }
    if (geo.layer) {
      map.removeLayer(geo.layer);
    }
    geo = { level: level, layer: null, features: null };
    return fetch(el.dataset.geoUrl + level + ".geojson", { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .catch(function () {
        return null;
      })
      .then(function (collection) {
        if (!collection || !collection.features || collection.features.length === 0) {
          notice.hidden = false;
          return;
        }
        notice.hidden = true;
        geo.features = {};
        geo.layer = L.geoJSON(collection, {
          className: "map-unit",
          style: { color: "#ffffff", weight: 0.8, fillOpacity: 0.9, fillColor: "#bdbdbd" },
          onEachFeature: function (feature, layer) {
            geo.features[feature.properties.pcode] = layer;
            layer.on("click", function () {
              openPanel(feature.properties.pcode);
            });
          }
        }).addTo(map);
        Object.keys(geo.features).forEach(function (pcode) {
          focusable(geo.features[pcode].getElement(), geo.features[pcode].feature.properties.name, function () {
            openPanel(pcode);
          });
          geo.features[pcode].getElement().setAttribute("data-pcode", pcode);
        });
        map.fitBounds(geo.layer.getBounds(), { padding: [8, 8] });
      });
  }

  // Shapes, circles and zone outlines can be reached with Tab and opened with Enter or Space.
  function focusable(path, name, open) {
    if (!path) {
      return;
    }
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", name);
    path.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open();
      }
    });
  }

  // The class of each unit and the zone features of the convergence layer.
  function readZones(collection) {
    var out = { classes: {}, zones: [], period: collection.period, shapes: collection.shapes };
    collection.features.forEach(function (feature) {
      if (feature.properties.kind === "unit") {
        out.classes[feature.properties.pcode] = feature.properties;
      } else if (feature.properties.kind === "zone") {
        out.zones.push(feature);
      }
    });
    return out;
  }

  // Draws the layer; {@code restyle} (a new selection) keeps the legends and the table as they are,
  // so that the focus stays where it is.
  function draw(layer, zoneCollection, restyle) {
    current = layer;
    zonesRaw = zoneCollection;
    zones = zoneCollection ? readZones(zoneCollection) : null;
    var byPcode = {};
    layer.units.forEach(function (unit) {
      byPcode[unit.pcode] = unit;
    });
    symbols.clearLayers();
    outlines.clearLayers();
    var radii = {};
    if (geo.layer) {
      Object.keys(geo.features).forEach(function (pcode) {
        var shape = geo.features[pcode];
        var unit = byPcode[pcode];
        var colour = fill(unit, pcode, layer);
        shape.setStyle(style(colour, pcode === selected));
        if (pcode === selected) {
          shape.bringToFront();
        }
        var label = shape.feature.properties.name + " : " + describe(unit, pcode);
        shape.getElement().setAttribute("aria-label", label);
        marks(shape.getElement(), zones ? zones.classes[pcode] : null);
        shape.bindTooltip(label, { sticky: true });
      });
      if (layer.symbols) {
        proportional(layer.symbols);
      }
    } else {
      radii = circles(layer);
    }
    if (zones) {
      drawOutlines(radii);
    }
    if (restyle) {
      return;
    }
    legend(layer);
    symbolLegend(layer.symbols);
    convergenceLegend();
    table(layer);
    yearsNote.textContent = layer.yearNote;
  }

  // The unit's convergence class and zone as data attributes (removed when the layer is off).
  function marks(path, entry) {
    ["data-class", "data-zone"].forEach(function (name) {
      path.removeAttribute(name);
    });
    if (entry) {
      path.setAttribute("data-class", entry.classCode);
      if (entry.zone) {
        path.setAttribute("data-zone", entry.zone);
      }
    }
  }

  function fill(unit, pcode, layer) {
    if (zones) {
      var entry = zones.classes[pcode];
      return CLASS_COLOURS[entry ? entry.classCode : "INSUFFICIENT_DATA"];
    }
    return unit ? unit.colour : layer.noDataColour;
  }

  function describe(unit, pcode) {
    if (zones && zones.classes[pcode]) {
      return zones.classes[pcode].classLabel;
    }
    return number(unit ? unit.value : null);
  }

  function style(colour, isSelected) {
    return {
      fillColor: colour,
      color: isSelected ? "#000000" : colour === "#ffffff" ? "#6c757d" : "#ffffff",
      weight: isSelected ? 3 : 0.8,
      fillOpacity: 0.9
    };
  }

  // Without boundaries: one circle per unit at its centroid, coloured by the measure's class (or
  // the convergence class); its area follows the second measure when there is one, else the
  // measure itself. Returns each circle's radius by P-code.
  function circles(layer) {
    var max = 0;
    layer.units.forEach(function (unit) {
      if (unit.value != null && Math.abs(unit.value) > max) {
        max = Math.abs(unit.value);
      }
    });
    var second = {};
    if (layer.symbols) {
      layer.symbols.units.forEach(function (s) {
        second[s.pcode] = s.radius;
      });
    }
    var radii = {};
    var bounds = [];
    layer.units.forEach(function (unit) {
      if (unit.lat == null) {
        return;
      }
      var share = unit.value == null || max === 0 ? 0 : Math.abs(unit.value) / max;
      var radius = layer.symbols
        ? Math.max(MIN_SYMBOL_RADIUS, second[unit.pcode] || 0)
        : MIN_RADIUS + 18 * Math.sqrt(share);
      radii[unit.pcode] = radius;
      var label = unit.name + " : " + describe(unit, unit.pcode);
      var circle = L.circleMarker([unit.lat, unit.lon], {
        className: "map-symbol",
        radius: radius,
        fillColor: fill(unit, unit.pcode, layer),
        color: "#333333",
        weight: 1,
        fillOpacity: 0.9
      });
      circle.on("click", function () {
        openPanel(unit.pcode);
      });
      circle.bindTooltip(label);
      circle.addTo(symbols);
      circle.getElement().setAttribute("data-pcode", unit.pcode);
      marks(circle.getElement(), zones ? zones.classes[unit.pcode] : null);
      focusable(circle.getElement(), label, function () {
        openPanel(unit.pcode);
      });
      bounds.push([unit.lat, unit.lon]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [30, 30] });
    }
    return radii;
  }

  // The second measure over the shapes: light circles with a dark edge, largest drawn first.
  function proportional(layerSymbols) {
    layerSymbols.units
      .filter(function (s) {
        return s.lat != null && s.radius > 0;
      })
      .sort(function (a, b) {
        return b.radius - a.radius;
      })
      .forEach(function (s) {
        var circle = L.circleMarker([s.lat, s.lon], {
          pane: "symbols",
          className: "map-proportional",
          radius: s.radius,
          fillColor: "#ffffff",
          fillOpacity: 0.55,
          color: "#212529",
          weight: 1.5
        });
        circle.bindTooltip(s.name + " : " + number(s.value));
        circle.on("click", function () {
          openPanel(s.pcode);
        });
        circle.addTo(symbols);
        circle.getElement().setAttribute("data-pcode", s.pcode);
      });
  }

  // Zone outlines: the dissolved shape of the members, or rings around their circles.
  function drawOutlines(radii) {
    zones.zones.forEach(function (feature) {
      var p = feature.properties;
      var label = format(el.dataset.zoneLabel, [p.classLabel, p.rankInClass, p.name]);
      var isSelected = p.id === selectedZone;
      var open = function () {
        openZone(p.id);
      };
      var drawn = L.geoJSON(feature, {
        pane: "zones",
        className: "map-zone",
        style: {
          fill: false,
          color: OUTLINE.colour,
          weight: isSelected ? OUTLINE.selectedWeight : OUTLINE.weight
        },
        pointToLayer: function (point, latlng) {
          var member = nearestMember(p.units, latlng);
          return L.circleMarker(latlng, {
            pane: "zones",
            className: "map-zone",
            radius: (radii[member] || MIN_RADIUS) + 4,
            fill: false,
            color: OUTLINE.colour,
            weight: isSelected ? OUTLINE.selectedWeight : OUTLINE.weight
          });
        }
      });
      drawn.on("click", open);
      drawn.bindTooltip(label, { sticky: true });
      drawn.addTo(outlines);
      elements(drawn, []).forEach(function (path, index) {
        path.setAttribute("data-zone", p.id);
        path.setAttribute("data-class", p.classCode);
        if (index === 0) {
          focusable(path, label, open);
        }
      });
    });
  }

  // The SVG elements of a layer and of the layers it groups.
  function elements(layer, out) {
    if (layer.getElement && layer.getElement()) {
      out.push(layer.getElement());
    } else if (layer.eachLayer) {
      layer.eachLayer(function (child) {
        elements(child, out);
      });
    }
    return out;
  }

  function nearestMember(pcodes, latlng) {
    var best = null;
    var distance = Infinity;
    (current ? current.units : []).forEach(function (unit) {
      if (pcodes.indexOf(unit.pcode) >= 0 && unit.lat != null) {
        var d = Math.abs(unit.lat - latlng.lat) + Math.abs(unit.lon - latlng.lng);
        if (d < distance) {
          distance = d;
          best = unit.pcode;
        }
      }
    });
    return best;
  }

  function swatch(colour) {
    var svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "14");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "legend-swatch");
    var rect = document.createElementNS(svgNs, "rect");
    rect.setAttribute("width", "22");
    rect.setAttribute("height", "14");
    rect.setAttribute("fill", colour);
    rect.setAttribute("stroke", "#555555");
    svg.appendChild(rect);
    return svg;
  }

  function legend(layer) {
    document.getElementById("map-legend").hidden = !!zones;
    document.getElementById("map-legend-title").textContent = layer.measureLabel;
    var list = document.getElementById("map-legend-items");
    list.replaceChildren();
    layer.legend.forEach(function (line) {
      list.appendChild(legendLine(line.colour, line.label));
    });
    if (layer.units.some(function (u) { return u.value == null; })) {
      list.appendChild(legendLine(layer.noDataColour, layer.noDataLabel));
    }
  }

  function legendLine(colour, label) {
    var item = document.createElement("li");
    item.appendChild(swatch(colour));
    item.appendChild(document.createTextNode(" " + label));
    return item;
  }

  // Reference circles of the second measure, each with its value.
  function symbolLegend(layerSymbols) {
    var box = document.getElementById("map-symbols-legend");
    box.hidden = !layerSymbols;
    document.getElementById("map-symbols-noshapes").hidden = !!geo.layer;
    var list = document.getElementById("map-symbols-items");
    list.replaceChildren();
    if (!layerSymbols) {
      return;
    }
    document.getElementById("map-symbols-title").textContent = layerSymbols.measureLabel;
    var largest = layerSymbols.legend.length ? layerSymbols.legend[0].radius : 0;
    layerSymbols.legend.forEach(function (size) {
      var item = document.createElement("li");
      item.className = "symbol-size";
      var box = Math.ceil(2 * largest + 4);
      var svg = document.createElementNS(svgNs, "svg");
      svg.setAttribute("width", String(box));
      svg.setAttribute("height", String(Math.ceil(2 * size.radius + 4)));
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("class", "legend-symbol");
      var circle = document.createElementNS(svgNs, "circle");
      circle.setAttribute("cx", String(box / 2));
      circle.setAttribute("cy", String(size.radius + 2));
      circle.setAttribute("r", String(size.radius));
      circle.setAttribute("fill", geo.layer ? "#ffffff" : "#bdbdbd");
      circle.setAttribute("stroke", "#212529");
      circle.setAttribute("stroke-width", "1.5");
      svg.appendChild(circle);
      item.appendChild(svg);
      var text = document.createElement("span");
      text.className = "symbol-value";
      text.textContent = size.label;
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  // The classes, the analysis period and the zones in rank order, each a button.
  function convergenceLegend() {
    var box = document.getElementById("map-convergence-legend");
    box.hidden = !zones;
    if (!zones) {
      return;
    }
    document.getElementById("map-convergence-period").textContent =
      format(el.dataset.periodLabel, [zones.period]);
    document.getElementById("map-convergence-link").href = el.dataset.analysisUrl + "?" + zoneQuery;
    var list = document.getElementById("map-zone-list");
    list.replaceChildren();
    zones.zones.forEach(function (feature) {
      var p = feature.properties;
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-link btn-sm p-0 text-start zone-button";
      button.setAttribute("data-zone", p.id);
      var dot = document.createElement("span");
      dot.className = "class-swatch class-" + p.classCode;
      dot.setAttribute("aria-hidden", "true");
      button.appendChild(dot);
      button.appendChild(
        document.createTextNode(format(el.dataset.zoneLabel, [p.classLabel, p.rankInClass, p.name])));
      button.addEventListener("click", function () {
        openZone(p.id);
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function table(layer) {
    var second = {};
    if (layer.symbols) {
      layer.symbols.units.forEach(function (s) {
        second[s.pcode] = s.value;
      });
    }
    document.getElementById("map-table-value2").hidden = !layer.symbols;
    document.getElementById("map-table-class").hidden = !zones;
    var body = document.querySelector("#map-table tbody");
    body.replaceChildren();
    layer.units.forEach(function (unit) {
      var row = document.createElement("tr");
      var name = document.createElement("th");
      name.scope = "row";
      name.textContent = unit.name;
      row.appendChild(name);
      row.appendChild(cell(number(unit.value), "table-num"));
      if (layer.symbols) {
        row.appendChild(cell(number(second[unit.pcode]), "table-num"));
      }
      if (zones) {
        var entry = zones.classes[unit.pcode];
        row.appendChild(cell(entry ? entry.classLabel : "–", ""));
      }
      var action = document.createElement("td");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-link btn-sm p-0";
      button.textContent = el.dataset.openLabel;
      button.setAttribute("aria-label", el.dataset.openLabel + " – " + unit.name);
      button.addEventListener("click", function () {
        openPanel(unit.pcode);
      });
      action.appendChild(button);
      row.appendChild(action);
      body.appendChild(row);
    });
  }

  function cell(text, className) {
    var td = document.createElement("td");
    td.className = className;
    td.textContent = text;
    return td;
  }

  function openPanel(pcode) {
    selected = pcode;
    selectedZone = null;
    if (current && geo.layer) {
      redraw();
    }
    showPanel(el.dataset.panelUrl + encodeURIComponent(pcode) + "?" + query(), "data-pcode", pcode);
  }

  function openZone(id) {
    selectedZone = id;
    selected = null;
    if (current && geo.layer) {
      redraw();
    }
    showPanel(el.dataset.zonePanelUrl + encodeURIComponent(id) + "?" + zoneQuery, "data-zone", id);
  }

  function redraw() {
    draw(current, zonesRaw, true);
  }

  function showPanel(url, attribute, value) {
    fetch(url)
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        panel.innerHTML = html;
        panel.removeAttribute("data-pcode");
        panel.removeAttribute("data-zone");
        panel.setAttribute(attribute, value);
        var title = document.getElementById("map-panel-title");
        if (title) {
          title.focus();
        }
      })
      .catch(function () {
        panel.textContent = el.dataset.errorLabel;
      });
  }

  function exportPng() {
    fetch(exportLink.href)
      .then(function (response) {
        return response.text();
      })
      .then(function (text) {
        var url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
        var image = new Image();
        image.onload = function () {
          var canvas = document.createElement("canvas");
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          canvas.getContext("2d").drawImage(image, 0, 0);
          URL.revokeObjectURL(url);
          canvas.toBlob(function (blob) {
            var link = document.createElement("a");
            link.href = URL.createObjectURL(blob);
            link.download = "convergence-map.png";
            document.body.appendChild(link);
            link.click();
            link.remove();
          }, "image/png");
        };
        image.src = url;
      });
  }

  // A unit's fact sheet links to its zone.
  panel.addEventListener("click", function (event) {
    var button = event.target.closest("[data-open-zone]");
    if (button) {
      openZone(button.getAttribute("data-open-zone"));
    }
  });
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  pngButton.addEventListener("click", exportPng);
  update();
})();
