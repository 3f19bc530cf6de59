/*
 * Version selector that keeps the reader's page and language.
 *
 * Material's selector sends a reader whose page is missing in the other version to that
 * version's root, which is the English home page. Here a click on a version asks the other
 * version for the same page; when it is missing, the reader lands on the home page of their
 * own language in that version. Runs in the capture phase, before Material's handler.
 *
 * Material labels its version button "Select version" while it shows "1.1 latest"; a spoken
 * label must contain the visible one (WCAG 2.5.3), so the label starts with what it shows.
 */
(function () {
  "use strict";
  var configElement = document.getElementById("__config");
  var hubdocsElement = document.getElementById("__hubdocs");
  if (!configElement || !hubdocsElement) return;
  var base = new URL(JSON.parse(configElement.textContent).base, location.href);
  var languages = JSON.parse(hubdocsElement.textContent).languages || [];

  function pathInVersion() {
    var here = location.origin + location.pathname;
    return here.indexOf(base.href) === 0 ? here.slice(base.href.length) : "";
  }

  function languageHome(path) {
    var first = path.split("/")[0];
    return languages.indexOf(first) >= 0 ? first + "/" : "";
  }

  function labelVersionButton() {
    var button = document.querySelector(".md-version__current");
    if (!button || button.hasAttribute("data-hubdocs-labelled")) return;
    var shown = button.textContent.replace(/\s+/g, " ").trim();
    var label = button.getAttribute("aria-label") || "";
    button.setAttribute("aria-label", label ? shown + " (" + label + ")" : shown);
    button.setAttribute("data-hubdocs-labelled", "");
  }
  var topic = document.querySelector(".md-header__topic");
  if (topic) {
    new MutationObserver(labelVersionButton).observe(topic, { childList: true, subtree: true });
  }

  document.addEventListener(
    "click",
    function (event) {
      if (!(event.target instanceof Element) || event.metaKey || event.ctrlKey) return;
      var link = event.target.closest(".md-version__link");
      if (!link) return;
      event.preventDefault();
      event.stopPropagation();
      var root = new URL(link.href, location.href);
      var path = pathInVersion();
      var samePage = new URL(path, root);
      var fallback = new URL(languageHome(path), root);
      fetch(samePage.href, { method: "HEAD" })
        .then(function (response) { return response.ok ? samePage : fallback; })
        .catch(function () { return fallback; })
        .then(function (target) { location.assign(target.href + location.hash); });
    },
    true
  );
})();
