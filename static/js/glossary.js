// On a narrow screen a hard word's meaning opens in the page, just under the word, instead of
// floating over it: on a phone a floating box would hide the form the word sits beside. Wider
// screens, and browsers without this script, keep the pop-over.
(() => {
  const narrow = window.matchMedia("(max-width: 575.98px)");

  document.addEventListener("click", (event) => {
    const button = event.target.closest(".glossary-word, .glossary-close");
    if (!button || !narrow.matches) {
      return;
    }
    const meaning = document.getElementById(button.getAttribute("popovertarget"));
    if (!meaning) {
      return;
    }
    event.preventDefault(); // no pop-over: the meaning opens in place
    const word = meaning.parentElement.querySelector(".glossary-word");
    const open = !button.classList.contains("glossary-close") && !meaning.classList.contains("is-inline");
    meaning.classList.toggle("is-inline", open);
    word.setAttribute("aria-expanded", String(open));
    if (!open) {
      word.focus();
    }
  });
})();
