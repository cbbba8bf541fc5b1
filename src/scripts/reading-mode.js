// 大字模式 (the elder-friendly reading mode). Loaded as a classic, blocking script in <head>, so a
// reader who chose the mode never sees the small text flash; served as a file of its own (not
// inline) so the site works under a Content-Security-Policy without 'unsafe-inline'. The switch,
// and the footer's sentence about it, stay hidden until this script can make it work.
(function () {
  var root = document.documentElement;
  var key = 'huazhang-elder';
  try {
    if (localStorage.getItem(key) === '1') root.classList.add('elder');
  } catch (e) {
    // Storage blocked (private mode, strict settings): the mode still works, page by page.
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('elder-toggle');
    if (!button) return;
    var show = function () {
      button.setAttribute('aria-pressed', String(root.classList.contains('elder')));
    };
    show();
    button.hidden = false;
    document.querySelectorAll('[data-reading-mode-hint]').forEach(function (hint) {
      hint.hidden = false;
    });
    button.addEventListener('click', function () {
      var on = root.classList.toggle('elder');
      try {
        localStorage.setItem(key, on ? '1' : '0');
      } catch (e) {
        // Not kept across pages, but switched on for this one.
      }
      show();
    });
  });
})();
