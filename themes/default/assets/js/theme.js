// The side navigation is a <details> element, open so it shows without JavaScript; on narrow
// screens it starts closed so the page content comes first.
(function () {
  "use strict";
  var menu = document.querySelector("details.sidebar-toggle");
  if (menu && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
    menu.open = false;
  }
})();
