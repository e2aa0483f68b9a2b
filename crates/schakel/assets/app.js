// Schakel's own script: small, optional progressive enhancement. Every flow works without it.
(function () {
  'use strict';
  // Controls that only work with this script (select all) are shown only when it runs.
  document.documentElement.classList.add('sk-js');
  // Buttons that ask for confirmation before a destructive step (archive, revoke).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
  // A "choose all" box ticks or clears every box of its form with the name it names.
  document.addEventListener('change', function (event) {
    var all = event.target;
    var name = all && all.getAttribute && all.getAttribute('data-select-all');
    if (!name || !all.form) return;
    var boxes = all.form.querySelectorAll('input[type=checkbox]');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].name === name) boxes[i].checked = all.checked;
    }
  });
})();
