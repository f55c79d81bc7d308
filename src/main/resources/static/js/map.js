// Map explorer: draws the classified layer served by /api/v1/map/layer on the imported
// boundaries (or as circles at the centroids without boundaries), keeps the view in the URL,
// opens a unit's summary in the side panel. No inline script or style attribute (CSP).
(function () {
  "use strict";
  var el = document.getElementById("map");
  var form = document.getElementById("map-form");
  if (!el || !form || typeof L === "undefined") {
    return;
  }
  var lang = document.documentElement.lang || "fr";
  var svgNs = "http://www.w3.org/2000/svg";
  var exportLink = document.getElementById("export-svg");
  var pngButton = document.getElementById("export-png");
  var panel = document.getElementById("map-panel");
  var notice = document.getElementById("map-no-boundaries");
  var yearsNote = document.getElementById("map-years");
  var geo = { level: null, layer: null, features: null };
  var symbols = L.layerGroup();
  var current = null;
  var selected = null;
  var requestId = 0;

  var map = L.map(el, { zoomSnap: 0.25, attributionControl: !!el.dataset.tileUrl });
  map.setView([14.4, -14.6], 6.5);
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution || "" }).addTo(map);
  }
  symbols.addTo(map);

  function number(value) {
    if (value == null) {
      return "–";
    }
    var abs = Math.abs(value);
    var digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
    return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
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

  function update() {
    var q = query();
    var id = ++requestId;
    history.replaceState(null, "", el.dataset.pageUrl + "?" + q);
    exportLink.href = el.dataset.exportUrl + "?" + q;
    el.setAttribute("aria-busy", "true");
    fetch(el.dataset.layerUrl + "?" + q, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (layer) {
        return boundaries(layer.level).then(function () {
          if (id === requestId) {
            draw(layer);
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
          focusable(geo.features[pcode].getElement(), pcode, geo.features[pcode].feature.properties.name);
        });
        map.fitBounds(geo.layer.getBounds(), { padding: [8, 8] });
      });
  }

  // Shapes and circles can be reached with Tab and opened with Enter or Space.
  function focusable(path, pcode, name) {
    if (!path) {
      return;
    }
    path.setAttribute("data-pcode", pcode);
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", name);
    path.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        openPanel(pcode);
      }
    });
  }

  function draw(layer) {
    current = layer;
    var byPcode = {};
    layer.units.forEach(function (unit) {
      byPcode[unit.pcode] = unit;
    });
    symbols.clearLayers();
    if (geo.layer) {
      Object.keys(geo.features).forEach(function (pcode) {
        var shape = geo.features[pcode];
        var unit = byPcode[pcode];
        var colour = unit ? unit.colour : layer.noDataColour;
        shape.setStyle(style(colour, pcode === selected));
        var label = shape.feature.properties.name + " : " + number(unit ? unit.value : null);
        shape.getElement().setAttribute("aria-label", label);
        shape.bindTooltip(label, { sticky: true });
      });
    } else {
      circles(layer);
    }
    legend(layer);
    table(layer);
    yearsNote.textContent = layer.yearNote;
  }

  function style(colour, isSelected) {
    return {
      fillColor: colour,
      color: isSelected ? "#000000" : "#ffffff",
      weight: isSelected ? 3 : 0.8,
      fillOpacity: 0.9
    };
  }

  function circles(layer) {
    var max = 0;
    layer.units.forEach(function (unit) {
      if (unit.value != null && Math.abs(unit.value) > max) {
        max = Math.abs(unit.value);
      }
    });
    var bounds = [];
    layer.units.forEach(function (unit) {
      if (unit.lat == null) {
        return;
      }
      var share = unit.value == null || max === 0 ? 0 : Math.abs(unit.value) / max;
      var circle = L.circleMarker([unit.lat, unit.lon], {
        className: "map-symbol",
        radius: 5 + 18 * Math.sqrt(share),
        fillColor: unit.colour,
        color: "#333333",
        weight: 1,
        fillOpacity: 0.9
      });
      circle.on("click", function () {
        openPanel(unit.pcode);
      });
      circle.bindTooltip(unit.name + " : " + number(unit.value));
      circle.addTo(symbols);
      focusable(circle.getElement(), unit.pcode, unit.name + " : " + number(unit.value));
      bounds.push([unit.lat, unit.lon]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [30, 30] });
    }
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

  function table(layer) {
    var body = document.querySelector("#map-table tbody");
    body.replaceChildren();
    layer.units.forEach(function (unit) {
      var row = document.createElement("tr");
      var name = document.createElement("th");
      name.scope = "row";
      name.textContent = unit.name;
      var value = document.createElement("td");
      value.className = "table-num";
      value.textContent = number(unit.value);
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
      row.append(name, value, action);
      body.appendChild(row);
    });
  }

  function openPanel(pcode) {
    selected = pcode;
    if (current && geo.layer) {
      draw(current);
    }
    var year = current ? current.year : "";
    fetch(el.dataset.panelUrl + encodeURIComponent(pcode) + "?year=" + year)
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        panel.innerHTML = html;
        panel.setAttribute("data-pcode", pcode);
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

  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  pngButton.addEventListener("click", exportPng);
  update();
})();
