/*
 * Requests Material's bundle would make that this site answers differently. Loaded before the
 * bundle, configured by the #__hubdocs JSON of the page.
 *
 * - Search: Material asks for the site's merged search/search_index.json; a reader gets the
 *   index of their own language (<lang>/search/search_index.json) instead.
 * - Language alternates: Material asks for sitemap.xml under the address of every
 *   <link rel="alternate" hreflang> of the page, to map the page into the other language when
 *   the switcher's links point at language home pages. Here the switcher's links already point
 *   at the same page in each language, and the alternates are the page's own addresses in each
 *   language (fully qualified, for search engines), under which there is no sitemap. Those
 *   requests are not sent: Material then leaves the switcher's links to the browser.
 * - Search worker: Material's worker is started through workers/hubdocs-search-worker.js,
 *   which makes its search forgive missing accents and inflected forms.
 */
(function () {
  "use strict";
  var hubdocsElement = document.getElementById("__hubdocs");
  if (!hubdocsElement) return;
  var settings = JSON.parse(hubdocsElement.textContent);
  var root = new URL(settings.base.replace(/\/?$/, "/"), location.href);
  var mergedIndex = new URL("search/search_index.json", root).href;
  var ownIndex = settings.search_folder
    ? new URL(settings.search_folder + "/search/search_index.json", root).href
    : null;

  function alternateSitemaps() {
    var links = document.querySelectorAll("link[rel=alternate][hreflang]");
    return Array.prototype.map.call(links, function (link) {
      return new URL("sitemap.xml", link.href).href;
    });
  }

  var NativeWorker = window.Worker;
  if (NativeWorker) {
    var HubdocsWorker = function (url, options) {
      var target = new URL(String(url), location.href);
      var name = target.pathname.split("/").pop();
      if (/\/workers\/search\.[0-9a-f]+\.min\.js$/.test(target.pathname)) {
        var wrapper = new URL("hubdocs-search-worker.js", target);
        wrapper.searchParams.set("material", name);
        return new NativeWorker(wrapper.href, options);
      }
      return new NativeWorker(url, options);
    };
    HubdocsWorker.prototype = NativeWorker.prototype;
    window.Worker = HubdocsWorker;
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    var target = new URL(String(url), location.href).href;
    if (ownIndex && target === mergedIndex) args[1] = ownIndex;
    this.__hubdocsSkip = alternateSitemaps().indexOf(target) >= 0;
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__hubdocsSkip) return undefined;
    return send.apply(this, arguments);
  };
})();
