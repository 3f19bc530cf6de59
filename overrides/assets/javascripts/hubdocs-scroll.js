/*
 * A table wider than the screen scrolls inside its box (Material wraps each table in
 * .md-typeset__scrollwrap); keyboard readers reach the box with Tab to scroll it (WCAG 2.1.1).
 * Runs after Material has wrapped the tables.
 */
(function () {
  "use strict";
  function focusable() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (box) {
      if (!box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
    });
  }
  document.addEventListener("DOMContentLoaded", function () { setTimeout(focusable, 0); });
})();
