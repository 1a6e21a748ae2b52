/* geomap: draws competing claims from the JSON blob in #geomap-data onto Leaflet maps.
 *
 * Safety rule: every string from the data reaches the page through textContent, canvas
 * fillText or an attribute set with setAttribute on an element we created; no data is
 * ever assigned to innerHTML. Links are made only from http(s) URLs.
 */
(function () {
  'use strict';

  var DATA = null;
  var HALF_PI = Math.PI / 2;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function str(i) { return i ? DATA.S[i] : null; }

  function isHttp(url) { return typeof url === 'string' && /^https?:\/\/[^\s\\]+$/i.test(url); }

  function link(url, text) {
    if (!isHttp(url)) return el('span', null, text);
    var a = el('a', null, text);
    a.setAttribute('href', url);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer nofollow');
    return a;
  }

  // ---------------------------------------------------------------- data preparation
  function prepare(d) {
    var crs = L.CRS.EPSG3857, i, j;
    d.locs = d.L.map(function (r, idx) {
      var p = crs.latLngToPoint(L.latLng(r[3], r[2]), 0);
      return {
        idx: idx, id: r[0], name: str(r[1]) || '', lon: r[2], lat: r[3],
        precision: d.precisions[r[4] || 0], radius: d.radius[r[4] || 0],
        kind: d.locKinds[r[5] || 0], geom: (r[6] === undefined ? -1 : r[6]),
        aliases: str(r[7]), country: str(r[8]), admin1: str(r[9]), note: str(r[10]), source: str(r[11]), drawnAs: str(r[12]),
        x: p.x, y: p.y, claims: [], an: d.A[String(idx)] || null
      };
    });
    // Project polygons once, at zoom 0.
    d.proj = d.G.map(function (polys) { return projectPolys(polys); });
    d.baseProj = (d.base || []).map(function (f) {
      var lp = (f[2] === null || f[2] === undefined) ? null : crs.latLngToPoint(L.latLng(f[3], f[2]), 0);
      return { kind: f[0], name: f[1], label: lp, polys: projectPolys(f[4]) };
    });
    // Claims stay as rows; what filtering and drawing need goes into typed arrays, and a full
    // claim object is built only for a popup or a panel (see claimAt).
    var n = d.C.length;
    d.nClaims = n;
    d.cSide = new Uint8Array(n); d.cLoc = new Int32Array(n); d.cDate = new Int32Array(n); d.cKind = new Uint8Array(n);
    for (i = 0; i < n; i++) {
      var r = d.C[i];
      d.cSide[i] = r[2] || 0; d.cKind[i] = r[3] || 0;
      j = (r[1] === undefined) ? -1 : r[1];
      d.cLoc[i] = j;
      d.cDate[i] = (r[4] === undefined) ? -1 : r[4];
      if (j >= 0 && d.locs[j]) d.locs[j].claims.push(i);
    }
    d.factionColor = {};
    d.F.forEach(function (f) { d.factionColor[str(f[0])] = f[1]; });
    d.sideKeys = d.sides.map(function (s) { return s[0]; });
  }

  function projectPolys(polys) {
    var crs = L.CRS.EPSG3857;
    return polys.map(function (rings) {
      return rings.map(function (ring) {
        var a = new Float64Array(ring.length * 2);
        for (var k = 0; k < ring.length; k++) {
          var p = crs.latLngToPoint(L.latLng(ring[k][1], ring[k][0]), 0);
          a[2 * k] = p.x; a[2 * k + 1] = p.y;
        }
        return a;
      });
    });
  }

  function claimAt(d, i) {
    var r = d.C[i];
    return {
      index: i, id: r[0], loc: d.cLoc[i], side: d.cSide[i], kind: d.kinds[d.cKind[i]],
      date: d.cDate[i] < 0 ? null : d.D[d.cDate[i]], claimant: str(r[5]) || '', grade: d.grades[r[6] || 0],
      outlet: str(r[7]), url: str(r[8]), target: str(r[9]), faction: str(r[10]), munitions: str(r[11]),
      notes: str(r[12]), quote: str(r[13]), cas: [r[14], r[15]], children: [r[16], r[17]], women: [r[18], r[19]]
    };
  }

  function data() {
    if (!DATA) {
      var node = document.getElementById('geomap-data');
      DATA = JSON.parse(node.textContent);
      prepare(DATA);
    }
    return DATA;
  }

  // ---------------------------------------------------------------- a canvas layer
  var CanvasLayer = L.Layer.extend({
    options: { pane: 'overlayPane', key: 'layer' },
    initialize: function (draw, options) { this._draw = draw; L.setOptions(this, options); },
    onAdd: function (map) {
      this._map = map;
      var c = this._canvas = L.DomUtil.create('canvas', 'geomap-canvas');
      c.setAttribute('data-layer', this.options.key);
      map.getPane(this.options.pane).appendChild(c);
      map.on('moveend zoomend resize viewreset', this.redraw, this);
      map.on('zoomstart', this._hide, this);
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend zoomend resize viewreset', this.redraw, this);
      map.off('zoomstart', this._hide, this);
      this._canvas = null;
    },
    _hide: function () { if (this._canvas) this._canvas.style.visibility = 'hidden'; },
    redraw: function () {
      var map = this._map, c = this._canvas;
      if (!map || !c) return;
      var size = map.getSize(), tl = map.containerPointToLayerPoint([0, 0]);
      var r = window.devicePixelRatio || 1;
      c.width = Math.round(size.x * r); c.height = Math.round(size.y * r);
      c.style.width = size.x + 'px'; c.style.height = size.y + 'px';
      L.DomUtil.setPosition(c, tl);
      var ctx = c.getContext('2d');
      ctx.setTransform(r, 0, 0, r, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      var po = map.getPixelOrigin();
      var view = {
        s: map.getZoomScale(map.getZoom(), 0), ox: po.x + tl.x, oy: po.y + tl.y,
        w: size.x, h: size.y, zoom: map.getZoom(), map: map
      };
      var n = this._draw(ctx, view) || 0;
      if (Array.isArray(n)) { c.setAttribute('data-features', String(n[1])); n = n[0]; }
      c.setAttribute('data-drawn', String(n));
      c.style.visibility = '';
    }
  });

  function sx(v, x) { return x * v.s - v.ox; }
  function sy(v, y) { return y * v.s - v.oy; }
  function metersToPx(v, lat, m) {
    // Web Mercator: metres per pixel at this latitude and zoom.
    var mpp = 40075016.686 * Math.cos(lat * Math.PI / 180) / (256 * v.s);
    return m / mpp;
  }

  function tracePolys(ctx, v, polys) {
    for (var p = 0; p < polys.length; p++) {
      for (var r = 0; r < polys[p].length; r++) {
        var a = polys[p][r];
        for (var k = 0; k < a.length; k += 2) {
          var X = a[k] * v.s - v.ox, Y = a[k + 1] * v.s - v.oy;
          if (k === 0) ctx.moveTo(X, Y); else ctx.lineTo(X, Y);
        }
        ctx.closePath();
      }
    }
  }

  // Adds one symbol as a closed sub-path (so many can share one fill and stroke).
  function symbolPath(ctx, shape, x, y, r) {
    var i, a;
    switch (shape) {
      case 'diamond':
        ctx.moveTo(x, y - r * 1.25); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r * 1.25); ctx.lineTo(x - r, y); break;
      case 'square':
        ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8); break;
      case 'triangle':
        ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8); ctx.lineTo(x - r * 1.1, y + r * 0.8); break;
      case 'star':
        for (i = 0; i < 10; i++) {
          a = -HALF_PI + i * Math.PI / 5;
          var rr = (i % 2) ? r * 0.55 : r * 1.3;
          if (i) ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
        }
        break;
      case 'pentagon': case 'hexagon':
        var n = shape === 'pentagon' ? 5 : 6;
        for (i = 0; i < n; i++) {
          a = -HALF_PI + i * 2 * Math.PI / n;
          if (i) ctx.lineTo(x + r * 1.1 * Math.cos(a), y + r * 1.1 * Math.sin(a)); else ctx.moveTo(x + r * 1.1 * Math.cos(a), y + r * 1.1 * Math.sin(a));
        }
        break;
      case 'cross': case 'x':
        var t = r * 0.4, rot = shape === 'x' ? Math.PI / 4 : 0;
        var pts = [[-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t]];
        for (i = 0; i < pts.length; i++) {
          var px = pts[i][0] * Math.cos(rot) - pts[i][1] * Math.sin(rot), py = pts[i][0] * Math.sin(rot) + pts[i][1] * Math.cos(rot);
          if (i) ctx.lineTo(x + px, y + py); else ctx.moveTo(x + px, y + py);
        }
        break;
      default:
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.closePath();
  }

  function paintSymbols(ctx, shape, color) {
    ctx.fillStyle = (shape === 'ring') ? '#ffffff' : color;
    ctx.fill();
    ctx.lineWidth = shape === 'ring' ? 3 : 1.5;
    ctx.strokeStyle = shape === 'ring' ? color : '#ffffff';
    ctx.stroke();
  }

  // Symbols are drawn once into small bitmaps and stamped with drawImage: blitting thousands of
  // bitmaps is far cheaper for the browser than rasterising thousands of filled, stroked paths.
  var spriteCache = {};
  function sprite(key, half, paint) {
    var sp = spriteCache[key];
    if (sp) return sp;
    var ratio = window.devicePixelRatio || 1, size = Math.ceil(half * 2);
    var c = document.createElement('canvas');
    c.width = Math.ceil(size * ratio); c.height = Math.ceil(size * ratio);
    var g = c.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    paint(g, size / 2);
    return (spriteCache[key] = { img: c, size: size, half: size / 2 });
  }

  function symbolSprite(shape, color, r) {
    return sprite('s|' + shape + '|' + color + '|' + r, r * 1.4 + 3, function (g, m) { symbol(g, shape, m, m, r, color); });
  }

  function stamp(ctx, sp, x, y) {
    ctx.drawImage(sp.img, Math.round(x - sp.half), Math.round(y - sp.half), sp.size, sp.size);
  }

  function symbol(ctx, shape, x, y, r, color) {
    ctx.beginPath();
    symbolPath(ctx, shape, x, y, r);
    paintSymbols(ctx, shape, color);
    if (shape === 'circle-dot') {
      ctx.beginPath(); ctx.arc(x, y, r * 0.35, 0, 2 * Math.PI); ctx.fillStyle = '#ffffff'; ctx.fill();
    }
  }

  var CHUNK = 48;
  var rgbaCache = {};
  function rgba(hex, alpha) {
    var k = hex + alpha, v = rgbaCache[k];
    if (v) return v;
    var n = parseInt(hex.slice(1), 16);
    return (rgbaCache[k] = 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')');
  }

  function textHalo(ctx, text, x, y, font, color) {
    ctx.font = font;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = color;
    ctx.fillText(text, x, y);
  }

  function fmtRange(lo, hi) {
    var has = function (v) { return v !== null && v !== undefined; };
    if (!has(lo) && !has(hi)) return null;
    if (has(lo) && has(hi)) return lo === hi ? String(lo) : lo + '–' + hi;
    if (has(lo)) return 'at least ' + lo;
    return 'up to ' + hi;
  }

  function fmtKm(m) { return m >= 1000 ? (m / 1000) + ' km' : m + ' m'; }

  // ---------------------------------------------------------------- one map view
  function View(map, opts) {
    var d = data();
    this.map = map;
    this.d = d;
    this.role = opts.role || 'all';
    var att = d.attacker >= 0 ? d.attacker : d.sideKeys.indexOf('russia');
    this.sides = [];
    for (var s = 0; s < d.sides.length; s++) {
      if (this.role === 'left' && s !== att) continue;
      if (this.role === 'right' && s === att) continue;
      this.sides.push(s);
    }
    this.dateFilter = -1;  // -1 = all dates
    this.visible = {};
    this.layers = {};
    this.sideLayers = {};
    this.container = map.getContainer();
    this.container.classList.add('geomap-map', 'geomap-role-' + this.role);
    this.container.setAttribute('data-geomap-role', this.role);
    this.dual = this.role !== 'all';
    if (this.dual) this.container.classList.add('geomap-dual');
    if (d.offline) this.container.classList.add('geomap-offline');
    this.build();
  }

  View.prototype.passes = function (i) {
    var f = this.dateFilter, di = this.d.cDate[i];
    return f < 0 || di === f || di < 0;
  };

  // Which locations each side has (under the date filter), how many claims each side has at
  // each, and which sides are at each location.
  View.prototype.index = function () {
    var d = this.d, nl = d.locs.length, bySide = {}, sidesAt = new Array(nl), counts = {}, placeCounts = {}, cnt = {};
    var mine = new Uint8Array(d.sides.length);
    this.sides.forEach(function (s) { bySide[s] = []; counts[s] = 0; placeCounts[s] = 0; mine[s] = 1; cnt[s] = new Uint32Array(nl); });
    var f = this.dateFilter, cSide = d.cSide, cLoc = d.cLoc, cDate = d.cDate;
    for (var i = 0; i < d.nClaims; i++) {
      var s = cSide[i];
      if (!mine[s]) continue;
      var di = cDate[i];
      if (f >= 0 && di !== f && di >= 0) continue;
      counts[s]++;
      var l = cLoc[i];
      if (l < 0) continue;
      if (cnt[s][l]++ === 0) {
        var at = sidesAt[l] || (sidesAt[l] = []);
        at.push(s); bySide[s].push(l); placeCounts[s]++;
      }
    }
    for (var k = 0; k < nl; k++) if (sidesAt[k] && sidesAt[k].length > 1) sidesAt[k].sort(function (a, b) { return a - b; });
    this.bySide = bySide; this.sidesAt = sidesAt; this.counts = counts; this.placeCounts = placeCounts; this.cnt = cnt;
  };

  View.prototype.build = function () {
    var self = this, d = this.d, map = this.map;
    ['geomap-base', 'geomap-control', 'geomap-claims', 'geomap-links', 'geomap-flags', 'geomap-labels'].forEach(function (name, i) {
      var p = map.createPane(name);
      p.style.zIndex = String(250 + i * 60);
      p.style.pointerEvents = 'none';
    });
    // Online, the outlines lie under the tiles (z-index 200) and show only where tiles fail.
    if (!d.offline) map.getPane('geomap-base').style.zIndex = '150';
    this.index();
    this.fit();  // before any layer is added, so each is drawn once

    if (d.baseProj.length) {
      this.layers.base = new CanvasLayer(function (ctx, v) { return self.drawBase(ctx, v); }, { pane: 'geomap-base', key: 'basemap' });
      this.layers.base.addTo(map);
    }
    this.sides.forEach(function (s) {
      var lyr = new CanvasLayer(function (ctx, v) { return self.drawSide(ctx, v, s); }, { pane: 'geomap-claims', key: 'side-' + d.sides[s][0] });
      self.sideLayers[s] = lyr;
      lyr.addTo(map);
    });
    var showAnalysis = this.role !== 'left';
    if (showAnalysis && d.F.length) {
      this.layers.control = new CanvasLayer(function (ctx, v) { return self.drawControl(ctx, v); }, { pane: 'geomap-control', key: 'control' });
      this.layers.control.addTo(map);
    }
    if (showAnalysis && d.attacker >= 0) {
      this.layers.flags = new CanvasLayer(function (ctx, v) { return self.drawFlags(ctx, v); }, { pane: 'geomap-flags', key: 'flags' });
      this.layers.flags.addTo(map);
    }
    if (d.K.length) {
      this.layers.links = new CanvasLayer(function (ctx, v) { return self.drawLinks(ctx, v); }, { pane: 'geomap-links', key: 'links' });
      this.layers.links.addTo(map);
    }
    this.layers.labels = new CanvasLayer(function (ctx, v) { return self.drawLabels(ctx, v); }, { pane: 'geomap-labels', key: 'labels' });
    this.layers.labels.addTo(map);

    this.addControls();
    map.on('click', function (e) { self.onClick(e); });
  };

  View.prototype.redrawAll = function () {
    for (var k in this.layers) if (this.map.hasLayer(this.layers[k])) this.layers[k].redraw();
    for (var s in this.sideLayers) if (this.map.hasLayer(this.sideLayers[s])) this.sideLayers[s].redraw();
  };

  // Frame the story: places where the stated target differs from reported control and the
  // attacker's own stated-target places; all places with claims if there are fewer than two.
  View.prototype.fit = function () {
    var d = this.d, self = this, att = d.attacker;
    function bounds(pred) {
      var b = null;
      d.locs.forEach(function (loc) {
        if (!self.sidesAt[loc.idx] || !pred(loc)) return;
        var ll = L.latLng(loc.lat, loc.lon);
        if (b) b.extend(ll); else b = L.latLngBounds(ll, ll);
      });
      return b;
    }
    var focus = function (loc) {
      if (loc.an && loc.an[0] === 3) return true;
      return att >= 0 && loc.claims.some(function (i) { return d.cSide[i] === att && d.kinds[d.cKind[i]] === 'target'; });
    };
    var n = d.locs.filter(function (loc) { return self.sidesAt[loc.idx] && focus(loc); }).length;
    var b = n >= 2 ? bounds(focus) : bounds(function (loc) { return loc.geom < 0 && loc.kind !== 'country'; });
    if (!b) b = bounds(function () { return true; });
    if (b) this.map.fitBounds(b.pad(0.25), { maxZoom: 10, animate: false });
    else this.map.setView([35, 38], 6, { animate: false });
  };

  // ---------------------------------------------------------------- drawing
  View.prototype.drawBase = function (ctx, v) {
    var n = 0, d = this.d;
    ctx.save();
    d.baseProj.forEach(function (f) {
      ctx.beginPath();
      tracePolys(ctx, v, f.polys);
      if (f.kind === 0) {
        ctx.fillStyle = '#f3efe6'; ctx.fill('evenodd');
        ctx.lineWidth = 1.6; ctx.strokeStyle = '#8c8273'; ctx.setLineDash([]); ctx.stroke();
      } else {
        ctx.lineWidth = 0.8; ctx.strokeStyle = '#b9ad99'; ctx.setLineDash([4, 3]); ctx.stroke();
      }
      n++;
    });
    ctx.setLineDash([]);
    ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
    d.baseProj.forEach(function (f) {
      if (!f.label || !f.name) return;
      if (f.kind === 0 && v.zoom <= 7) textHalo(ctx, f.name.toUpperCase(), sx(v, f.label.x), sy(v, f.label.y), 'bold 13px sans-serif', '#8c8273');
      if (f.kind === 1 && v.zoom >= 7) textHalo(ctx, f.name, sx(v, f.label.x), sy(v, f.label.y), 'italic 12px sans-serif', '#a09480');
    });
    ctx.restore();
    return n;
  };

  View.prototype.slotOffset = function (loc, s) {
    var at = this.sidesAt[loc.idx];
    if (!at || at.length < 2) return [0, 0];
    var k = at.indexOf(s), a = -HALF_PI + 2 * Math.PI * k / at.length, r = 8;
    return [r * Math.cos(a), r * Math.sin(a)];
  };

  View.prototype.drawSide = function (ctx, v, s) {
    var d = this.d, side = d.sides[s], color = side[2], shape = side[3];
    var list = this.bySide[s] || [], cnt = this.cnt[s], n = 0, pad = 40, i, loc, X, Y;
    ctx.save();
    // areas: dashed outlines
    for (i = 0; i < list.length; i++) {
      loc = d.locs[list[i]];
      if (loc.geom < 0) continue;
      ctx.beginPath(); tracePolys(ctx, v, d.proj[loc.geom]);
      ctx.fillStyle = rgba(color, 0.08); ctx.fill('evenodd');
      ctx.lineWidth = 2; ctx.strokeStyle = color; ctx.setLineDash([6, 4]); ctx.stroke(); ctx.setLineDash([]);
    }
    // uncertainty circles, in paths of CHUNK
    var k = 0;
    ctx.fillStyle = rgba(color, 0.07); ctx.lineWidth = 1.5; ctx.strokeStyle = rgba(color, 0.8);
    if (list.length <= 2000) ctx.setLineDash([4, 3]);  // dashes cost raster time: solid when dense
    ctx.beginPath();
    for (i = 0; i < list.length; i++) {
      loc = d.locs[list[i]];
      if (loc.geom >= 0 || !loc.radius) continue;
      var rp = metersToPx(v, loc.lat, loc.radius);
      X = sx(v, loc.x); Y = sy(v, loc.y);
      if (rp < 5 || X < -rp || Y < -rp || X > v.w + rp || Y > v.h + rp) continue;
      ctx.moveTo(X + rp, Y); ctx.arc(X, Y, rp, 0, 2 * Math.PI);
      if (++k === CHUNK) { ctx.fill(); ctx.stroke(); ctx.beginPath(); k = 0; }
    }
    if (k) { ctx.fill(); ctx.stroke(); }
    ctx.setLineDash([]);
    // symbols: stamped bitmaps, bigger where the side has more claims at the place
    var sprites = [];
    for (i = 0; i < list.length; i++) {
      loc = d.locs[list[i]];
      X = sx(v, loc.x); Y = sy(v, loc.y);
      if (X < -pad || Y < -pad || X > v.w + pad || Y > v.h + pad) continue;
      var off = this.slotOffset(loc, s);
      var r = 5 + Math.min(4, Math.floor(Math.log(cnt[loc.idx]) / Math.LN2));
      stamp(ctx, sprites[r] || (sprites[r] = symbolSprite(shape, color, r)), X + off[0], Y + off[1]);
      n++;
    }
    ctx.restore();
    return [n, list.length];
  };

  View.prototype.controlOf = function (loc) {
    var an = loc.an;
    if (!an || !an[3] || !an[3].length) return null;
    return { factions: an[3].map(str), contested: !!an[4], via: an[5] };
  };

  View.prototype.stripes = function (ctx, colors) {
    var c = document.createElement('canvas'), w = 8 * colors.length;
    c.width = w; c.height = w;
    var g = c.getContext('2d');
    for (var i = -colors.length; i < 2 * colors.length; i++) {
      g.fillStyle = rgba(colors[((i % colors.length) + colors.length) % colors.length], 0.45);
      g.beginPath(); g.moveTo(i * 8, 0); g.lineTo(i * 8 + 8, 0); g.lineTo(i * 8 + 8 - w, w); g.lineTo(i * 8 - w, w); g.closePath(); g.fill();
    }
    return ctx.createPattern(c, 'repeat');
  };

  View.prototype.drawControl = function (ctx, v) {
    var d = this.d, n = 0, self = this;
    ctx.save();
    d.locs.forEach(function (loc) {
      var ctl = self.controlOf(loc);
      if (!ctl || ctl.via >= 0) return;  // inherited control is drawn by the area itself
      var colors = ctl.factions.map(function (f) { return d.factionColor[f] || '#999999'; });
      var X = sx(v, loc.x), Y = sy(v, loc.y);
      if (loc.geom >= 0 && !loc.drawnAs) {
        ctx.beginPath(); tracePolys(ctx, v, d.proj[loc.geom]);
        ctx.fillStyle = ctl.contested || colors.length > 1 ? self.stripes(ctx, colors) : rgba(colors[0], 0.35);
        ctx.fill('evenodd');
        ctx.lineWidth = 3; ctx.strokeStyle = rgba(colors[0], 0.9); ctx.stroke();
      } else {
        var R = 12;
        if (colors.length === 1) {
          ctx.beginPath(); ctx.arc(X, Y, R, 0, 2 * Math.PI); ctx.lineWidth = 5; ctx.strokeStyle = colors[0]; ctx.stroke();
        } else {
          for (var i = 0; i < colors.length; i++) {
            ctx.beginPath(); ctx.arc(X, Y, R, 2 * Math.PI * i / colors.length, 2 * Math.PI * (i + 1) / colors.length);
            ctx.lineWidth = 5; ctx.strokeStyle = colors[i]; ctx.stroke();
          }
        }
        if (ctl.contested) { ctx.beginPath(); ctx.arc(X, Y, R + 4, 0, 2 * Math.PI); ctx.lineWidth = 1.5; ctx.setLineDash([3, 3]); ctx.strokeStyle = '#333'; ctx.stroke(); ctx.setLineDash([]); }
      }
      n++;
    });
    ctx.restore();
    return n;
  };

  // Many flags in view: coloured badges in one path per status; few: with their glyph.
  View.prototype.drawFlags = function (ctx, v) {
    var d = this.d, n = 0, pos = { 1: [], 2: [], 3: [] };
    var marks = { 3: ['!', '#c0392b'], 1: ['?', '#7f8c8d'], 2: ['\u2713', '#1e8449'] };
    for (var i = 0; i < d.locs.length; i++) {
      var loc = d.locs[i], an = loc.an;
      if (!an || !an[0] || !this.sidesAt[i]) continue;
      var X = sx(v, loc.x) + 13, Y = sy(v, loc.y) - 13;
      if (X < -20 || Y < -20 || X > v.w + 20 || Y > v.h + 20) continue;
      pos[an[0]].push(X, Y);
      n++;
    }
    [1, 2, 3].forEach(function (st) {
      var p = pos[st];
      if (!p.length) return;
      var sp = sprite('flag|' + st, 9.5, function (g, m) {
        g.beginPath(); g.arc(m, m, 7.5, 0, 2 * Math.PI); g.fillStyle = marks[st][1]; g.fill();
        g.lineWidth = 1.5; g.strokeStyle = '#fff'; g.stroke();
        g.textAlign = 'center'; g.textBaseline = 'middle'; g.font = 'bold 11px sans-serif';
        g.fillStyle = '#fff'; g.fillText(marks[st][0], m, m + 0.5);
      });
      for (var k = 0; k < p.length; k += 2) stamp(ctx, sp, p[k], p[k + 1]);
    });
    return n;
  };

  View.prototype.drawLinks = function (ctx, v) {
    var d = this.d, n = 0, seg = [];
    d.K.forEach(function (k) {
      var a = d.locs[k[0]], b = d.locs[k[1]];
      var x1 = sx(v, a.x), y1 = sy(v, a.y), x2 = sx(v, b.x), y2 = sy(v, b.y);
      if (Math.max(x1, x2) < 0 || Math.max(y1, y2) < 0 || Math.min(x1, x2) > v.w || Math.min(y1, y2) > v.h) return;
      seg.push([x1, y1, x2, y2, k[2]]);
    });
    n = seg.length;
    ctx.save();
    ctx.lineWidth = 2; ctx.strokeStyle = 'rgba(40,40,40,0.75)'; ctx.setLineDash([7, 5]);
    ctx.beginPath();
    seg.forEach(function (q, i) {
      ctx.moveTo(q[0], q[1]); ctx.lineTo(q[2], q[3]);
      if (i % CHUNK === CHUNK - 1) { ctx.stroke(); ctx.beginPath(); }
    });
    ctx.stroke(); ctx.setLineDash([]);
    ctx.fillStyle = 'rgba(40,40,40,0.85)';
    ctx.beginPath();
    seg.forEach(function (q, i) {
      var ang = Math.atan2(q[3] - q[1], q[2] - q[0]), h = 9, x2 = q[2], y2 = q[3];
      ctx.moveTo(x2 - 9 * Math.cos(ang), y2 - 9 * Math.sin(ang));
      ctx.lineTo(x2 - (9 + h) * Math.cos(ang - 0.4), y2 - (9 + h) * Math.sin(ang - 0.4));
      ctx.lineTo(x2 - (9 + h) * Math.cos(ang + 0.4), y2 - (9 + h) * Math.sin(ang + 0.4)); ctx.closePath();
      if (i % CHUNK === CHUNK - 1) { ctx.fill(); ctx.beginPath(); }
    });
    ctx.fill();
    if (n <= 300) {  // distance labels when they can be read
      ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
      seg.forEach(function (q) { textHalo(ctx, q[4] + ' km', (q[0] + q[2]) / 2, (q[1] + q[3]) / 2, 'bold 11px sans-serif', '#222'); });
    }
    ctx.restore();
    return n;
  };

  View.prototype.drawLabels = function (ctx, v) {
    var d = this.d, n = 0, boxes = [], self = this;
    var cands = [], ends = {};
    if (this.layers.links && this.map.hasLayer(this.layers.links)) d.K.forEach(function (k) { ends[k[0]] = ends[k[1]] = true; });
    for (var i = 0; i < d.locs.length; i++) if (this.sidesAt[i] || ends[i]) cands.push(d.locs[i]);
    if (cands.length > 400 && v.zoom < 10) return 0;
    ctx.save();
    ctx.textAlign = 'left'; ctx.textBaseline = 'middle';
    ctx.font = '600 12px sans-serif';
    cands.sort(function (a, b) { return b.claims.length - a.claims.length; });
    cands.forEach(function (loc) {
      var X = sx(v, loc.x), Y = sy(v, loc.y);
      if (loc.geom >= 0) { Y -= 0; }
      if (X < -50 || Y < -20 || X > v.w + 50 || Y > v.h + 20) return;
      var text = loc.name.length > 40 ? loc.name.slice(0, 39) + '\u2026' : loc.name;
      var w = ctx.measureText(text).width, x0 = X + 22, y0 = Y + 6;
      var box = [x0 - 2, y0 - 8, x0 + w + 2, y0 + 8];
      for (var j = 0; j < boxes.length; j++) {
        var o = boxes[j];
        if (box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]) return;
      }
      boxes.push(box);
      textHalo(ctx, text, x0, y0, '600 12px sans-serif', '#222');
      n++;
    });
    ctx.restore();
    return n;
  };

  // ---------------------------------------------------------------- clicks and popups
  // The place under a click: the nearest symbol within 12 px; else the smallest area or
  // uncertainty circle containing the click. Only places the visible layers show count.
  View.prototype.hit = function (latlng) {
    var d = this.d, map = this.map, v = { s: map.getZoomScale(map.getZoom(), 0) };
    var po = map.getPixelOrigin(), tl = map.containerPointToLayerPoint([0, 0]);
    v.ox = po.x + tl.x; v.oy = po.y + tl.y;
    var cp = map.latLngToContainerPoint(latlng), best = null, bestD = 12, area = null, areaSize = Infinity;
    var self = this;
    var visible = {};
    this.sides.forEach(function (s) { if (map.hasLayer(self.sideLayers[s])) visible[s] = true; });
    var controlOn = this.layers.control && map.hasLayer(this.layers.control);
    var ctx = this.hitCtx || (this.hitCtx = document.createElement('canvas').getContext('2d'));
    for (var i = 0; i < d.locs.length; i++) {
      var loc = d.locs[i], at = this.sidesAt[i], on = false;
      if (!at) continue;
      for (var k = 0; k < at.length; k++) if (visible[at[k]]) { on = true; break; }
      if (!on && !(controlOn && this.controlOf(loc))) continue;
      var X = sx(v, loc.x), Y = sy(v, loc.y);
      var dist = Math.sqrt((X - cp.x) * (X - cp.x) + (Y - cp.y) * (Y - cp.y));
      if (at.length > 1) dist = Math.max(0, dist - 8);  // symbols sit on a small ring around the place
      if (dist < bestD) { bestD = dist; best = loc; }
      var size = Infinity;
      if (loc.geom >= 0) {
        ctx.beginPath(); tracePolys(ctx, v, d.proj[loc.geom]);
        if (ctx.isPointInPath(cp.x, cp.y, 'evenodd')) size = this.areaSize(loc) * v.s * v.s;
      } else if (loc.radius > 0) {
        var rp = metersToPx(v, loc.lat, loc.radius);
        if (rp >= 5 && dist <= rp) size = Math.PI * rp * rp;
      }
      if (size < areaSize) { area = loc; areaSize = size; }
    }
    return best || area;
  };

  // Bounding-box area of a place's outline, in zoom-0 pixels squared.
  View.prototype.areaSize = function (loc) {
    var p = this.d.proj[loc.geom], minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
    for (var q = 0; q < p.length; q++) {
      var a = p[q][0];
      for (var k = 0; k < a.length; k += 2) {
        if (a[k] < minx) minx = a[k]; if (a[k] > maxx) maxx = a[k];
        if (a[k + 1] < miny) miny = a[k + 1]; if (a[k + 1] > maxy) maxy = a[k + 1];
      }
    }
    return (maxx - minx) * (maxy - miny);
  };

  View.prototype.onClick = function (e) {
    var loc = this.hit(e.latlng);
    if (loc) this.openPopup(loc);
  };

  View.prototype.openPopup = function (loc, latlng) {
    var node = this.popupContent(loc);
    L.popup({ maxWidth: 420, minWidth: 260, maxHeight: 380, autoPanPadding: [30, 30], className: 'geomap-popup-wrap' })
      .setLatLng(latlng || L.latLng(loc.lat, loc.lon)).setContent(node).openOn(this.map);
  };

  View.prototype.claimItem = function (c, withSide) {
    var d = this.d, li = el('li', 'gm-claim gm-kind-' + c.kind);
    li.setAttribute('data-claim-id', String(c.id));
    if (!this.passes(c.index)) li.classList.add('gm-dim');
    var head = el('div', 'gm-claim-head');
    if (withSide) head.appendChild(swatch(d.sides[c.side]));
    head.appendChild(el('span', 'gm-kind', c.kind));
    head.appendChild(el('span', 'gm-claimant', c.claimant));
    if (c.date) head.appendChild(el('span', 'gm-date', c.date));
    li.appendChild(head);
    var rows = [];
    if (c.target) rows.push(['Stated target', c.target]);
    if (c.faction) rows.push([c.kind === 'control' ? 'Holding' : (c.kind === 'presence' ? 'Present' : 'Faction'), c.faction]);
    var cas = fmtRange(c.cas[0], c.cas[1]);
    if (cas) {
      var extra = [], ch = fmtRange(c.children[0], c.children[1]), wo = fmtRange(c.women[0], c.women[1]);
      if (ch) extra.push(ch + ' children'); if (wo) extra.push(wo + ' women');
      rows.push(['Casualties', cas + (extra.length ? ' (' + extra.join(', ') + ')' : '')]);
    }
    if (c.munitions) rows.push(['Munitions', c.munitions]);
    if (c.notes) rows.push(['Notes', c.notes]);
    var dl = el('dl', 'gm-fields');
    rows.forEach(function (r) { dl.appendChild(el('dt', null, r[0])); dl.appendChild(el('dd', null, r[1])); });
    if (rows.length) li.appendChild(dl);
    if (c.quote) li.appendChild(el('blockquote', 'gm-quote', c.quote));
    var src = el('div', 'gm-source');
    src.appendChild(el('span', null, 'Source: '));
    if (c.outlet) src.appendChild(link(c.url, c.outlet));
    else if (c.url) src.appendChild(link(c.url, 'link'));
    else src.appendChild(el('span', null, 'not recorded'));
    src.appendChild(el('span', 'gm-grade gm-grade-' + c.grade, c.grade));
    li.appendChild(src);
    return li;
  };

  View.prototype.popupContent = function (loc) {
    var d = this.d, self = this, box = el('div', 'geomap-popup');
    box.setAttribute('data-location-id', String(loc.id));
    box.appendChild(el('h3', null, loc.name));
    var meta = [loc.kind, 'precision: ' + loc.precision + (loc.drawnAs ? ' (drawn as ' + loc.drawnAs + ')' : (loc.geom >= 0 ? ' (area)' : (loc.radius ? ' (±' + fmtKm(loc.radius) + ')' : ' (exact)')))];
    if (loc.admin1) meta.push(loc.admin1);
    if (loc.country) meta.push(loc.country);
    box.appendChild(el('div', 'gm-meta', meta.join(' · ')));
    if (loc.aliases) box.appendChild(el('div', 'gm-meta', 'Also: ' + loc.aliases));
    var an = loc.an;
    if (an && an[0]) {
      var st = { 3: 'gm-status-disagree', 2: 'gm-status-consistent', 1: 'gm-status-unknown' }[an[0]];
      var p = el('div', 'gm-status ' + st);
      var tg = an[1].map(str).join(', ');
      var prefix = d.sides[d.attacker] ? d.sides[d.attacker][1] : 'Attacker';
      p.appendChild(el('strong', null, an[0] === 3 ? 'Stated target differs from reported control. ' :
        (an[0] === 2 ? 'Stated target matches a reported faction. ' : 'No reported control. ')));
      p.appendChild(el('span', null, 'Stated target' + (an[2] ? ' (campaign-wide)' : '') + ': ' + tg + ' — ' + prefix + '.'));
      if (an[7] && an[7].length) p.appendChild(el('span', null, ' Reported holding or present: ' + an[7].map(str).join(', ') + '.'));
      box.appendChild(p);
    }
    if (an && an[3] && an[3].length) {
      var ctl = el('div', 'gm-control');
      ctl.appendChild(el('strong', null, (an[4] ? 'Control contested. ' : 'Reported control: ')));
      if (an[5] >= 0) ctl.appendChild(el('span', null, '(from the area ' + d.locs[an[5]].name + ') '));
      var ul = el('ul');
      an[6].forEach(function (w) {
        var li = el('li');
        if (w[1] >= 0) li.appendChild(swatch(d.sides[w[1]]));
        li.appendChild(el('span', null, str(w[0]) + ': ' + w[2].map(str).join(', ')));
        ul.appendChild(li);
      });
      ctl.appendChild(ul);
      box.appendChild(ctl);
    }
    var groups = {};
    loc.claims.forEach(function (i) { var c = claimAt(d, i); (groups[c.side] = groups[c.side] || []).push(c); });
    Object.keys(groups).map(Number).sort(function (a, b) { return a - b; }).forEach(function (s) {
      var h = el('h4', 'gm-side');
      h.appendChild(swatch(d.sides[s]));
      h.appendChild(el('span', null, d.sides[s][1] + ' (' + groups[s].length + ')'));
      box.appendChild(h);
      var ul = el('ul', 'gm-claims');
      groups[s].forEach(function (c) { ul.appendChild(self.claimItem(c, false)); });
      box.appendChild(ul);
    });
    if (loc.note) box.appendChild(el('div', 'gm-meta', 'Place note: ' + loc.note));
    if (loc.source) box.appendChild(el('div', 'gm-meta', 'Place source: ' + loc.source));
    return box;
  };

  function swatch(side) {
    var c = document.createElement('canvas');
    c.width = 18; c.height = 18; c.className = 'gm-swatch';
    c.setAttribute('aria-hidden', 'true');
    symbol(c.getContext('2d'), side[3], 9, 9, 5.5, side[2]);
    return c;
  }

  // ---------------------------------------------------------------- controls and panels
  function control(position, build) {
    var C = L.Control.extend({
      options: { position: position },
      onAdd: function () {
        var div = build();
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      }
    });
    return new C();
  }

  View.prototype.addControls = function () {
    var self = this, d = this.d, map = this.map;
    // Side by side, the findings go on the left map (the attacker's, with fewer layers).
    if (this.role !== 'right') control('topleft', function () { return self.findingsPanel(); }).addTo(map);
    control('topright', function () { return self.layersPanel(); }).addTo(map);
    if (d.D.length > 1) control('topright', function () { return self.datePanel(); }).addTo(map);
    control('bottomright', function () { return self.legendPanel(); }).addTo(map);
    control('bottomleft', function () { return self.unplacedPanel(); }).addTo(map);
  };

  View.prototype.findingsPanel = function () {
    var d = this.d, self = this;
    var det = el('details', 'geomap-panel geomap-findings');
    det.open = true;
    var sum = el('summary');
    sum.appendChild(el('span', 'gm-title', str(d.title) || 'Claims'));
    det.appendChild(sum);
    if (d.asOf) det.appendChild(el('div', 'gm-meta', 'As of ' + d.asOf + (d.offline ? ' · offline map: outlines, no tiles' : '')));
    if (this.role === 'left') {
      det.appendChild(el('div', 'gm-meta', 'Left: ' + this.sides.map(function (s) { return d.sides[s][1]; }).join(', ') +
        '. Right: everyone else. The maps move together.'));
    }
    det.appendChild(el('p', 'gm-summary', str(d.summary)));
    var c = d.counts, facts = [];
    if (c.disagree) facts.push(c.disagree + ' where the stated target differs from reported control (!)');
    if (c.unknown) facts.push(c.unknown + ' with no reported control (?)');
    if (c.contested) facts.push(c.contested + ' contested');
    if (c.links) facts.push(c.links + ' stated targets away from reported impacts (dashed lines)');
    if (facts.length) det.appendChild(el('p', 'gm-meta', facts.join(' · ')));
    var flagged = d.locs.filter(function (l) { return l.an && l.an[0] === 3; });
    if (flagged.length) {
      var fd = el('details', 'gm-flagged-box');
      fd.open = !this.dual;
      fd.appendChild(el('summary', null, 'Places where the stated target differs from reported control (' + flagged.length + ')'));
      det.appendChild(fd);
      var ul = el('ul', 'gm-flagged');
      flagged.slice(0, 50).forEach(function (loc) {
        var li = el('li'), b = el('button', 'gm-link', loc.name);
        b.type = 'button';
        b.addEventListener('click', function () {
          self.map.setView(L.latLng(loc.lat, loc.lon), Math.max(self.map.getZoom(), 9), { animate: false });
          self.openPopup(loc);
        });
        li.appendChild(b);
        li.appendChild(el('span', 'gm-meta', ' — held: ' + loc.an[3].map(str).join(', ') || ''));
        ul.appendChild(li);
      });
      if (flagged.length > 50) ul.appendChild(el('li', 'gm-meta', '… and ' + (flagged.length - 50) + ' more'));
      fd.appendChild(ul);
    }
    return det;
  };

  View.prototype.layersPanel = function () {
    var self = this, d = this.d, map = this.map;
    var div = el('div', 'geomap-panel geomap-layers');
    div.appendChild(el('div', 'gm-panel-title', 'Layers'));
    this.countNodes = {};
    function row(layer, label, key, swatchSide) {
      var lab = el('label', 'gm-layer-row');
      lab.setAttribute('data-layer', key);
      var cb = el('input');
      cb.type = 'checkbox'; cb.checked = map.hasLayer(layer);
      cb.addEventListener('change', function () {
        if (cb.checked) map.addLayer(layer); else map.removeLayer(layer);
      });
      lab.appendChild(cb);
      if (swatchSide) lab.appendChild(swatch(swatchSide));
      lab.appendChild(el('span', 'gm-layer-name', label));
      var cnt = el('span', 'gm-count');
      lab.appendChild(cnt);
      div.appendChild(lab);
      return cnt;
    }
    this.sides.forEach(function (s) {
      self.countNodes[s] = row(self.sideLayers[s], d.sides[s][1], 'side-' + d.sides[s][0], d.sides[s]);
    });
    if (this.layers.control) row(this.layers.control, 'Reported control (shading)', 'control');
    if (this.layers.flags) row(this.layers.flags, 'Stated target vs reported control (! ? \u2713)', 'flags');
    if (this.layers.links) row(this.layers.links, 'Stated target \u2192 reported impact (km)', 'links');
    row(this.layers.labels, 'Place names', 'labels');
    if (this.layers.base) row(this.layers.base, d.offline ? 'Outlines (offline basemap)' : 'Outlines (under the tiles)', 'basemap');
    this.updateCounts();
    return div;
  };

  View.prototype.updateCounts = function () {
    for (var s in this.countNodes) {
      var n = this.counts[s] || 0, p = this.placeCounts[s] || 0;
      this.countNodes[s].textContent = ' ' + n.toLocaleString('en-US') + ' claim' + (n === 1 ? '' : 's') + ' · ' +
        p.toLocaleString('en-US') + ' place' + (p === 1 ? '' : 's');
    }
  };

  View.prototype.datePanel = function () {
    var self = this, d = this.d;
    var div = el('div', 'geomap-panel geomap-dates');
    var lab = el('label', null, 'Date ');
    var sel = el('select', 'gm-date-select');
    var all = el('option', null, 'All dates (' + d.D[0] + ' – ' + d.D[d.D.length - 1] + ')');
    all.value = '-1';
    sel.appendChild(all);
    d.D.forEach(function (day, i) { var o = el('option', null, day); o.value = String(i); sel.appendChild(o); });
    sel.addEventListener('change', function () {
      self.dateFilter = parseInt(sel.value, 10);
      self.index(); self.updateCounts(); self.redrawAll(); self.fillUnplaced();
      self.map.closePopup();
    });
    lab.appendChild(sel);
    div.appendChild(lab);
    div.appendChild(el('div', 'gm-meta', 'Undated claims always show.'));
    return div;
  };

  View.prototype.legendPanel = function () {
    var d = this.d, self = this;
    var det = el('details', 'geomap-panel geomap-legend');
    det.open = !this.dual;
    det.appendChild(el('summary', null, 'Legend'));
    var ul = el('ul', 'gm-legend-list');
    this.sides.forEach(function (s) {
      var li = el('li'); li.appendChild(swatch(d.sides[s])); li.appendChild(el('span', null, d.sides[s][1])); ul.appendChild(li);
    });
    det.appendChild(ul);
    var prec = el('ul', 'gm-legend-list');
    [['Dashed outline', 'claim placed on an area (polygon)'],
     ['Dashed circle', 'place known to a radius (town ' + fmtKm(d.radius[2]) + ', district ' + fmtKm(d.radius[3]) + ', governorate ' + fmtKm(d.radius[4]) + ')'],
     ['Symbol only', 'exact site'],
     ['Bigger symbol', 'more claims by that side at the place']].forEach(function (r) {
      var li = el('li'); li.appendChild(el('strong', null, r[0] + ': ')); li.appendChild(el('span', null, r[1])); prec.appendChild(li);
    });
    det.appendChild(el('div', 'gm-panel-title', 'Precision'));
    det.appendChild(prec);
    if (this.role !== 'left' && d.F.length) {
      det.appendChild(el('div', 'gm-panel-title', 'Reported control'));
      var fl = el('ul', 'gm-legend-list');
      d.F.forEach(function (f) {
        var li = el('li'), sw = el('span', 'gm-fac');
        sw.style.background = /^#[0-9a-f]{6}$/i.test(f[1]) ? f[1] : '#999';
        li.appendChild(sw); li.appendChild(el('span', null, str(f[0]))); fl.appendChild(li);
      });
      var li2 = el('li'); li2.appendChild(el('span', 'gm-fac gm-fac-striped')); li2.appendChild(el('span', null, 'striped / split ring: several factions; dotted ring: contested')); fl.appendChild(li2);
      det.appendChild(fl);
    }
    if (this.layers.flags) {
      det.appendChild(el('div', 'gm-panel-title', 'Flags'));
      var fg = el('ul', 'gm-legend-list');
      [['!', 'gm-flag-disagree', 'stated target not among factions reported there'], ['?', 'gm-flag-unknown', 'no reported control'], ['\u2713', 'gm-flag-consistent', 'stated target reported there']].forEach(function (r) {
        var li = el('li'); li.appendChild(el('span', 'gm-flag ' + r[1], r[0])); li.appendChild(el('span', null, r[2])); fg.appendChild(li);
      });
      det.appendChild(fg);
    }
    return det;
  };

  View.prototype.unplacedPanel = function () {
    var det = el('details', 'geomap-panel geomap-unplaced');
    this.unplacedSummary = el('summary');
    det.appendChild(this.unplacedSummary);
    this.unplacedList = el('ul', 'gm-claims');
    det.appendChild(this.unplacedList);
    this.unplacedBox = det;
    this.fillUnplaced();
    det.open = false;
    return det;
  };

  View.prototype.fillUnplaced = function () {
    var d = this.d, self = this, list = this.unplacedList, mine = {};
    if (!list) return;
    this.sides.forEach(function (s) { mine[s] = true; });
    while (list.firstChild) list.removeChild(list.firstChild);
    var n = 0;
    for (var i = 0; i < d.nClaims; i++) {
      if (d.cLoc[i] >= 0 || !mine[d.cSide[i]] || !this.passes(i)) continue;
      n++;
      if (n <= 200) list.appendChild(this.claimItem(claimAt(d, i), true));
    }
    if (n > 200) list.appendChild(el('li', 'gm-meta', '… and ' + (n - 200) + ' more'));
    this.unplacedCount = n;
    this.unplacedSummary.textContent = 'Claims without a place (' + n + ')';
    this.unplacedBox.style.display = n ? '' : 'none';
  };

  // ---------------------------------------------------------------- public API
  var views = [];
  window.geomap = {
    attach: function (map, opts) {
      var v = new View(map, opts || {});
      views.push(v);
      return v;
    },
    sync: function (a, b) {
      var busy = false;
      function follow(src, dst) {
        src.on('move', function () {
          if (busy) return;
          busy = true;
          dst.setView(src.getCenter(), src.getZoom(), { animate: false });
          busy = false;
        });
      }
      follow(a, b); follow(b, a);
      b.setView(a.getCenter(), a.getZoom(), { animate: false });
    },
    views: views
  };
}());
