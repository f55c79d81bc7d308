/*
 * Map of the convergence classes: one circle marker per unit at its centroid, coloured by class,
 * from the GeoJSON export named in the map element's data-geojson attribute. No tile layer (the
 * application works offline); popups are built with textContent, never from HTML strings.
 */
(function () {
  'use strict';

  var COLOURS = {
    CONVERGENCE: '#1b7837',
    GAP: '#c0392b',
    DUPLICATION: '#b35806',
    LOW_PRIORITY: '#6c757d'
  };

  function popup(properties) {
    var box = document.createElement('div');
    var name = document.createElement('strong');
    name.textContent = properties.name + ' (' + properties.pcode + ')';
    box.appendChild(name);
    var label = document.createElement('div');
    label.textContent = properties.classLabel || properties.status;
    box.appendChild(label);
    return box;
  }

  function draw(element, data) {
    var map = L.map(element, { zoomControl: true, attributionControl: false });
    var layer = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        var code = feature.properties.classCode;
        var colour = COLOURS[code] || '#ffffff';
        return L.circleMarker(latlng, {
          radius: 9,
          color: code ? '#1f1f1f' : '#212529',
          weight: 1,
          dashArray: code ? null : '3',
          fillColor: colour,
          fillOpacity: 0.9,
          className: 'unit-marker unit-marker-' + (code || 'INSUFFICIENT_DATA')
        });
      },
      onEachFeature: function (feature, marker) {
        marker.bindPopup(popup(feature.properties));
        marker.bindTooltip(feature.properties.name);
      }
    }).addTo(map);
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [20, 20] });
    } else {
      map.setView([14.5, -14.5], 6);
    }
    element.setAttribute('data-markers', String(layer.getLayers().length));
  }

  function start() {
    var element = document.getElementById('convergence-map');
    if (!element || typeof L === 'undefined') {
      return;
    }
    fetch(element.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('GeoJSON ' + response.status);
        }
        return response.json();
      })
      .then(function (data) { draw(element, data); })
      .catch(function () { element.setAttribute('data-error', 'true'); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
