// Schakel's own script: small, optional progressive enhancement. Every flow works without it.
(function () {
  'use strict';
  // Buttons that ask for confirmation before a destructive step (archive, revoke).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
})();
