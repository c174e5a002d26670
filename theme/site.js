// taskguide site: English on demand, the step checklist, search, and the root page's language choice.
(function () {
  "use strict";
  var d = document;
  function $(s, e) { return (e || d).querySelector(s); }
  function $$(s, e) { return Array.prototype.slice.call((e || d).querySelectorAll(s)); }

  // Root page: the reader's languages, negotiated like the command line (data computed by it).
  var neg = $("[data-negotiate]");
  if (neg) {
    var table = JSON.parse(neg.getAttribute("data-negotiate"));
    var langs = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < langs.length; i++) {
      var parts = String(langs[i]).toLowerCase().replace(/_/g, "-").split("-");
      while (parts.length) {
        var key = parts.join("-");
        if (Object.prototype.hasOwnProperty.call(table, key)) {
          if (table[key]) { location.replace(table[key] + "/index.html"); return; }
          break;
        }
        parts.pop();
      }
    }
    return;
  }

  // English on demand: a tooltip for the focused or hovered sentence.
  var tip = $("#tg-tip");
  function english(s) { var id = s.getAttribute("aria-describedby"); return id && d.getElementById(id); }
  function show(s) {
    var en = english(s);
    if (!tip || !en) return;
    tip.innerHTML = en.innerHTML;
    tip.hidden = false;
    var r = s.getBoundingClientRect();
    tip.style.top = (window.scrollY + r.bottom + 4) + "px";
    var rtl = d.documentElement.dir === "rtl";
    tip.style.left = rtl ? Math.max(0, window.scrollX + r.right - tip.offsetWidth) + "px" : (window.scrollX + r.left) + "px";
  }
  function hide() { if (tip) tip.hidden = true; }
  d.addEventListener("focusin", function (e) { var s = e.target.closest && e.target.closest(".s[aria-describedby]"); if (s) show(s); else hide(); });
  d.addEventListener("focusout", hide);
  d.addEventListener("mouseover", function (e) { var s = e.target.closest && e.target.closest(".s[aria-describedby]"); if (s) show(s); });
  d.addEventListener("mouseout", function (e) { if (e.target.closest && e.target.closest(".s[aria-describedby]") && d.activeElement !== e.target) hide(); });
  d.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  // The whole page in English and back.
  var toggle = $(".toggle-en");
  if (toggle) {
    var saved = {};
    toggle.addEventListener("click", function () {
      var on = toggle.getAttribute("aria-pressed") !== "true";
      $$(".s[aria-describedby]").forEach(function (s) {
        var en = english(s);
        if (on) { saved[s.id] = [s.innerHTML, s.getAttribute("lang")]; s.innerHTML = en.innerHTML; s.setAttribute("lang", "en-US"); }
        else if (saved[s.id]) { s.innerHTML = saved[s.id][0]; if (saved[s.id][1]) s.setAttribute("lang", saved[s.id][1]); else s.removeAttribute("lang"); }
      });
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      toggle.textContent = toggle.getAttribute(on ? "data-on" : "data-off");
    });
  }

  // Steps as a checklist, kept per page in localStorage.
  var main = $("main[data-steps]");
  if (main) {
    var key = "taskguide:" + main.getAttribute("data-page");
    var done = {};
    try { done = JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { done = {}; }
    $$("ol > li", main).forEach(function (li, n) {
      var box = d.createElement("input");
      box.type = "checkbox";
      box.checked = !!done[n];
      box.setAttribute("aria-label", main.getAttribute("data-steps") + " " + (n + 1));
      box.addEventListener("change", function () {
        done[n] = box.checked;
        try { localStorage.setItem(key, JSON.stringify(done)); } catch (e) { /* storage off: still a checklist */ }
      });
      li.insertBefore(box, li.firstChild);
    });
  }

  // Search, offline: the same cutting as the generator (words; bigrams for CJK).
  var results = $(".results");
  if (results) {
    var q = new URLSearchParams(location.search).get("q") || "";
    var input = $("#q");
    if (input) input.value = q;
    var status = $(".search-status");
    var index = window.TG_SEARCH || { docs: [] };
    // "N articles match" in the page's language: the text of N's plural category (CLDR, as the
    // generator chose them), the number formatted for the language.
    var count = function (el, n) {
      var lang = d.documentElement.lang, category = "other", shown = String(n);
      try { category = new Intl.PluralRules(lang).select(n); shown = new Intl.NumberFormat(lang).format(n); } catch (e) { /* no Intl: "other" */ }
      var text = el.getAttribute("data-count-" + category) || el.getAttribute("data-count-other") || "";
      return text.replace("{n}", shown);
    };
    var cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
    var terms = [];
    var word = "", run = [];
    function flushWord() { if (word.length >= 2) terms.push([word, true]); word = ""; }
    function flushRun() {
      if (run.length === 1) terms.push([run[0], false]);
      for (var k = 0; k + 1 < run.length; k++) terms.push([run[k] + run[k + 1], false]);
      run = [];
    }
    Array.from(q).forEach(function (c) {
      if (cjk.test(c)) { flushWord(); run.push(c); }
      else if (/[\p{Alphabetic}\p{N}]/u.test(c)) { flushRun(); word += c.toLowerCase(); }
      else { flushWord(); flushRun(); }
    });
    flushWord(); flushRun();
    // Each page's terms are " a b c ": a word matches a term it begins, a CJK bigram a whole term.
    var hits = [];
    if (terms.length) {
      index.docs.forEach(function (doc, n) {
        var all = terms.every(function (t) { return doc[2].indexOf(" " + t[0] + (t[1] ? "" : " ")) >= 0; });
        if (all) hits.push(n);
      });
    }
    hits.slice(0, 100).forEach(function (n) {
      var li = d.createElement("li"), a = d.createElement("a");
      a.href = index.docs[n][0];
      a.textContent = index.docs[n][1];
      li.appendChild(a);
      results.appendChild(li);
    });
    if (q) status.textContent = hits.length ? count(status, hits.length) : status.getAttribute("data-none");
  }
})();
