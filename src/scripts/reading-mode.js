(function () {
  var root = document.documentElement, key = 'huazhang-elder';
  try {
    if (localStorage.getItem(key) === '1') root.classList.add('elder');
  } catch (e) {}
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
      } catch (e) {}
      show();
    });
  });
})();
