// Progressive enhancement for the makers directory: the form works without this script.
// With it, changing a filter fetches the same URL the form would load and swaps the results in.
(function () {
    "use strict";
    var form = document.querySelector("form[data-directory]");
    if (!form || !window.fetch || !window.DOMParser || !window.history.replaceState) {
        return;
    }
    document.documentElement.classList.add("js-directory");
    var controller = null;

    function urlFor(formElement) {
        var params = new URLSearchParams();
        new FormData(formElement).forEach(function (value, key) {
            // Leave empty choices out, so shared URLs stay short and readable.
            if (value !== "") {
                params.append(key, value);
            }
        });
        var query = params.toString();
        return formElement.action.split("?")[0] + (query ? "?" + query : "");
    }

    function swap(from, selector) {
        var fresh = from.querySelector(selector);
        var current = document.querySelector(selector);
        if (fresh && current) {
            current.innerHTML = fresh.innerHTML;
        }
    }

    function load(url) {
        if (controller) {
            controller.abort();
        }
        controller = new AbortController();
        var results = document.getElementById("directory-results");
        results.setAttribute("aria-busy", "true");
        var focusedId = document.activeElement ? document.activeElement.id : "";
        return fetch(url, { headers: { Accept: "text/html" }, signal: controller.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var doc = new DOMParser().parseFromString(html, "text/html");
                swap(doc, "#directory-filters");
                swap(doc, "#directory-results");
                var count = doc.getElementById("result-count");
                // The status element stays in the page, so screen readers announce the new count.
                document.getElementById("result-count").textContent = count ? count.textContent : "";
                window.history.replaceState(null, "", url);
                if (focusedId && document.getElementById(focusedId)) {
                    document.getElementById(focusedId).focus();
                }
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    window.location.href = url;
                }
            })
            .finally(function () {
                results.removeAttribute("aria-busy");
            });
    }

    form.addEventListener("change", function (event) {
        if (event.target.name === "q") {
            return;
        }
        load(urlFor(form));
    });
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        load(urlFor(form));
    });
    // Links inside the results (remove a filter, A–Z, pages) also load in place.
    document.getElementById("directory-results").addEventListener("click", function (event) {
        var link = event.target.closest("a[href]");
        if (!link || link.origin !== window.location.origin || link.pathname !== window.location.pathname) {
            return;
        }
        event.preventDefault();
        load(link.href).then(function () {
            syncSearchField();
        });
    });

    function syncSearchField() {
        var q = new URLSearchParams(window.location.search).get("q") || "";
        var input = form.querySelector("input[name=q]");
        if (input) {
            input.value = q;
        }
        var hidden = form.querySelector("input[name=letter]");
        var letter = new URLSearchParams(window.location.search).get("letter");
        if (letter && !hidden) {
            hidden = document.createElement("input");
            hidden.type = "hidden";
            hidden.name = "letter";
            form.appendChild(hidden);
        }
        if (hidden) {
            if (letter) {
                hidden.value = letter;
            } else {
                hidden.remove();
            }
        }
    }
})();
