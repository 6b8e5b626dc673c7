// Progressive enhancements only: every page works without JavaScript.
(function () {
  'use strict';

  var COMPARE_KEY = 'portale-welfare-confronto';
  var MAX_COMPARED = 4;

  function compared() {
    try { return JSON.parse(localStorage.getItem(COMPARE_KEY) || '[]'); } catch (e) { return []; }
  }
  function saveCompared(list) { localStorage.setItem(COMPARE_KEY, JSON.stringify(list.slice(0, MAX_COMPARED))); }
  function compareUrl(list) {
    return '/pratiche/confronta?' + list.map(function (s) { return 'id=' + encodeURIComponent(s); }).join('&');
  }
  // The interface's words come from the page (data-text-* attributes, i18n/catalogue); Italian if a page has none.
  function text(element, name, italian, count) {
    var value = (element && element.getAttribute('data-text-' + name)) || italian;
    return value.replace('{0}', count);
  }
  function announce(id, text) {
    var status = document.getElementById(id);
    if (status) { status.textContent = ''; window.setTimeout(function () { status.textContent = text; }, 50); }
  }

  function enhanceCard() {
    var add = document.querySelector('[data-compare-add]');
    var link = document.querySelector('[data-compare-link]');
    var print = document.querySelector('[data-print]');
    document.querySelectorAll('.js-only').forEach(function (e) { e.classList.remove('d-none'); });
    if (print) { print.addEventListener('click', function () { window.print(); }); }
    if (!add) { return; }
    function refresh() {
      var list = compared();
      var slug = add.getAttribute('data-compare-add');
      add.textContent = list.indexOf(slug) >= 0 ? text(add, 'remove', 'Togli dal confronto')
        : text(add, 'add', 'Aggiungi al confronto');
      link.href = compareUrl(list);
      link.textContent = text(link, 'go', 'Vai al confronto ({0})', list.length);
      link.classList.toggle('d-none', list.length < 2);
    }
    add.addEventListener('click', function () {
      var list = compared();
      var slug = add.getAttribute('data-compare-add');
      var at = list.indexOf(slug);
      if (at >= 0) {
        list.splice(at, 1);
        announce('compare-status', text(add, 'removed', 'Pratica tolta dal confronto.'));
      } else if (list.length >= MAX_COMPARED) {
        announce('compare-status', text(add, 'full', 'Si possono confrontare al massimo 4 pratiche: ne tolga una prima di aggiungerne altre.'));
        return;
      } else {
        list.push(slug);
        announce('compare-status', text(add, 'added', 'Pratica aggiunta al confronto ({0} selezionate).', list.length));
      }
      saveCompared(list);
      refresh();
    });
    refresh();
  }

  function enhanceCompare() {
    var clear = document.querySelector('[data-compare-clear]');
    if (clear) { clear.addEventListener('click', function () { saveCompared([]); announce('results-status', text(clear, 'cleared', 'Selezione svuotata.')); }); }
  }

  // Catalogue: apply a filter or an order as soon as it changes, replacing the results without reloading the page.
  function enhanceCatalogue() {
    var container = document.getElementById('catalogue');
    if (!container || !window.fetch || !window.DOMParser) { return; }
    container.querySelectorAll('.sort-submit').forEach(function (b) { b.classList.add('d-none'); });
    container.querySelectorAll('.compare-check').forEach(function (box) {
      box.checked = compared().indexOf(box.value) >= 0;
    });
    showCompareTray();
    container.addEventListener('change', function (event) {
      var target = event.target;
      if (target.classList.contains('compare-check')) {
        var list = compared().filter(function (s) { return s !== target.value; });
        if (target.checked) { list.push(target.value); }
        saveCompared(list);
        showCompareTray();
        return;
      }
      if (!target.form || target.form.id !== 'catalogue-form' || target.name === 'q') { return; }
      var form = document.getElementById('catalogue-form');
      var params = new URLSearchParams(new FormData(form));
      var url = form.getAttribute('action') + '?' + params.toString();
      load(url, target.id, true);
    });
  }

  // Once a card is selected, the compare tray stays in view at the bottom of the window.
  function showCompareTray() {
    var tray = document.getElementById('compare-form');
    if (tray) { tray.classList.toggle('is-selecting', compared().length > 0); }
  }

  function load(url, focusId, push) {
    fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html').getElementById('catalogue');
      var current = document.getElementById('catalogue');
      if (!next || !current) { window.location.href = url; return; }
      current.replaceWith(next);
      if (push) { history.pushState({ catalogue: true }, '', url); }
      enhanceCatalogue();
      var focus = focusId && document.getElementById(focusId);
      if (focus) { focus.focus(); }
      var title = document.getElementById('results-title');
      announce('results-status', title ? title.textContent.replace(/\s+/g, ' ').trim()
        : text(document.getElementById('catalogue'), 'updated', 'Risultati aggiornati'));
    }).catch(function () { window.location.href = url; });
  }

  window.addEventListener('popstate', function () {
    if (document.getElementById('catalogue')) { load(window.location.href, null, false); }
  });

  enhanceCard();
  enhanceCompare();
  enhanceCatalogue();
})();
