/* The script of the root 404.html (hubdocs/site/root_not_found.py); called with its settings. */
(function (cfg) {
  "use strict";
  var path = location.pathname.indexOf(cfg.base) === 0 ? location.pathname.slice(cfg.base.length) : "";
  var parts = path.split("/").filter(Boolean);
  function browserLanguage() {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    var codes = Object.keys(cfg.languages);
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i]).toLowerCase();
      for (var j = 0; j < codes.length; j++) {
        if (cfg.languages[codes[j]].toLowerCase() === tag) return codes[j];
      }
      for (var k = 0; k < codes.length; k++) {
        if (cfg.languages[codes[k]].toLowerCase().split("-")[0] === tag.split("-")[0]) return codes[k];
      }
    }
    return cfg.default_language;
  }
  function target(versions) {
    var known = {};
    versions.forEach(function (entry) {
      known[entry.version] = true;
      (entry.aliases || []).forEach(function (alias) { known[alias] = true; });
    });
    var inVersion = parts.length > 0 && known[parts[0]] === true;
    var version = inVersion ? parts[0] : cfg.default_version;
    var rest = inVersion ? parts.slice(1) : parts;
    var lang = Object.prototype.hasOwnProperty.call(cfg.languages, rest[0]) ? rest[0] : browserLanguage();
    var folder = lang === cfg.default_language ? "" : lang + "/";
    return cfg.base + version + "/" + folder + "404.html";
  }
  fetch(cfg.base + "versions.json")
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(function (versions) {
      var next = target(Array.isArray(versions) ? versions : []);
      if (next !== location.pathname) location.replace(next);
    });
})
