/* Readability (B1) messages in the editor's checks panel.
 *
 * The checks panel names each failing axe rule by its metadata. The preview (checks.js) sends
 * us the analysis before it reports that its checks are ready, so we can give every issue slot
 * the issue's own message and sentence before the panel is drawn.
 */
(function () {
  'use strict';

  function quote(sentence) {
    var text = (sentence || '').replace(/\s+/g, ' ').trim();
    return text.length > 220 ? '“' + text.slice(0, 217) + '…”' : '“' + text + '”';
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data || !event.data.plainlanguage) {
      return;
    }
    if (!window.axe || typeof window.axe.configure !== 'function') {
      return;
    }
    var data = event.data.plainlanguage;
    var labels = document.getElementById('plainlanguage-labels');
    var text = labels ? JSON.parse(labels.textContent) : {};
    var rules = [];
    var summary = (text.summary || 'Readability: harder than B1 (score %(score)s of 100)')
      .replace('%(score)s', Math.round(data.score));
    var details = (text.details || '%(index)s: %(value)s. %(count)s points to improve.')
      .replace('%(index)s', data.readability_index)
      .replace('%(value)s', data.flesch_douma)
      .replace('%(count)s', data.total);
    rules.push({ id: 'plainlanguage-summary', metadata: { help: summary, description: details } });
    for (var slot = 1; slot <= data.slots; slot += 1) {
      var issue = data.issues[slot - 1];
      if (issue) {
        rules.push({
          id: 'plainlanguage-issue-' + slot,
          metadata: { help: issue.message, description: quote(issue.sentence) },
        });
      }
    }
    window.axe.configure({ rules: rules });
  });
})();
