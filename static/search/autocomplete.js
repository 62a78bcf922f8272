/*
 * Suggestions under a search box, following the ARIA 1.2 combobox pattern (list popup,
 * aria-activedescendant). Progressive enhancement: without this script the box is a plain
 * search form that still works.
 *
 * Keys: Down/Up move through the suggestions, Enter opens the chosen one (or searches when
 * none is chosen), Escape closes the list (a second Escape clears the box), Tab leaves.
 */
(function () {
    "use strict";

    var DELAY = 150;
    var counter = 0;

    function setup(input) {
        var url = input.getAttribute("data-suggest-url");
        if (!url) return;
        counter += 1;
        var listId = "search-suggestions-" + counter;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.getAttribute("data-suggestions-label") || "Suggestions");
        list.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        input.insertAdjacentElement("afterend", list);
        list.insertAdjacentElement("afterend", status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var items = [];
        var active = -1;
        var timer = null;
        var lastTerm = "";
        var controller = null;

        function words(count) {
            // Translated by the template: "{count} suggestions ..." in the page's language.
            var one = input.getAttribute("data-suggestions-one") || "1 suggestion.";
            var many = input.getAttribute("data-suggestions-many") || "{count} suggestions.";
            return count === 1 ? one : many.replace("{count}", String(count));
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role=option]");
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(suggestions) {
            items = suggestions;
            list.textContent = "";
            suggestions.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = item.label;
                var kind = document.createElement("span");
                kind.className = "search-suggestions__kind";
                kind.textContent = item.kind;
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    // Keep focus in the box until the click has chosen the option.
                    event.preventDefault();
                });
                option.addEventListener("click", function () {
                    window.location.assign(item.url);
                });
                list.appendChild(option);
            });
            active = -1;
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
            status.textContent = suggestions.length ? words(suggestions.length) : "";
        }

        function fetchSuggestions() {
            var term = input.value.trim();
            if (term === lastTerm) return;
            lastTerm = term;
            if (term.length < 2) {
                render([]);
                return;
            }
            if (controller) controller.abort();
            controller = "AbortController" in window ? new AbortController() : null;
            fetch(url + "?q=" + encodeURIComponent(term), {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined,
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === term) render(data.suggestions || []);
                })
                .catch(function () {
                    /* No suggestions is fine: the form still searches. */
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden;
            if (event.key === "ArrowDown") {
                event.preventDefault();
                if (!open && items.length) {
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                }
                if (items.length) highlight(active + 1 >= items.length ? 0 : active + 1);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                if (items.length && open) highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter") {
                if (open && active >= 0 && items[active]) {
                    event.preventDefault();
                    window.location.assign(items[active].url);
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                } else if (input.value) {
                    event.preventDefault();
                    input.value = "";
                    lastTerm = "";
                }
            } else if (event.key === "Tab") {
                close();
            }
        });

        input.addEventListener("blur", function () {
            close();
        });
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(setup);
})();
