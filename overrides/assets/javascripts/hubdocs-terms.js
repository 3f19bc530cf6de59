/*
 * Glossary terms in the text (<a class="hubdocs-term" title="definition">) explained by a
 * tooltip that meets WCAG 1.4.13: it opens on hover and on keyboard focus, stays while the
 * pointer moves onto it, and Escape closes it. On a touch screen the first tap on a term shows
 * its definition in place; a second tap follows the link to its Key terms entry.
 *
 * The definition is only ever set as text (textContent), never parsed as HTML. Runs before
 * Material's bundle mounts the page, so Material's own title tooltips leave these terms alone.
 */
(function () {
  "use strict";
  var terms = document.querySelectorAll("a.hubdocs-term[title]");
  if (!terms.length) return;
  var open = null;
  var lastPointer = "mouse";
  var hideTimer = null;

  function tooltipOf(term) {
    return document.getElementById(term.getAttribute("aria-describedby"));
  }

  function place(term, tooltip) {
    var box = term.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    tooltip.style.maxWidth = Math.min(320, width - 16) + "px";
    var left = Math.max(8, Math.min(box.left, width - tooltip.offsetWidth - 8));
    tooltip.style.left = left + window.scrollX + "px";
    tooltip.style.top = box.bottom + window.scrollY + 6 + "px";
  }

  function show(term) {
    clearTimeout(hideTimer);
    if (open && open !== term) hide();
    var tooltip = tooltipOf(term);
    tooltip.hidden = false;
    place(term, tooltip);
    term.setAttribute("aria-expanded", "true");
    open = term;
  }

  function hide() {
    clearTimeout(hideTimer);
    if (!open) return;
    tooltipOf(open).hidden = true;
    open.setAttribute("aria-expanded", "false");
    open = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  }

  Array.prototype.forEach.call(terms, function (term, index) {
    var tooltip = document.createElement("span");
    tooltip.id = "hubdocs-term-tooltip-" + index;
    tooltip.className = "hubdocs-tooltip";
    tooltip.setAttribute("role", "tooltip");
    tooltip.textContent = term.getAttribute("title");
    tooltip.hidden = true;
    tooltip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tooltip.addEventListener("mouseleave", hideSoon);
    document.body.appendChild(tooltip);
    term.removeAttribute("title");
    term.setAttribute("aria-describedby", tooltip.id);
    term.setAttribute("aria-expanded", "false");
    term.addEventListener("mouseenter", function () { if (lastPointer !== "touch") show(term); });
    term.addEventListener("mouseleave", hideSoon);
    term.addEventListener("focus", function () { if (lastPointer !== "touch") show(term); });
    term.addEventListener("blur", hideSoon);
    term.addEventListener("click", function (event) {
      if (lastPointer !== "touch" || open === term) return;
      event.preventDefault();
      show(term);
    });
  });

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "mouse";
    var target = event.target instanceof Element ? event.target : null;
    if (open && target && !target.closest(".hubdocs-term, .hubdocs-tooltip")) hide();
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      if (open) event.stopPropagation();
      hide();
    }
    if (event.key === "Tab") lastPointer = "keyboard";
  }, true);
  window.addEventListener("resize", hide);
})();
