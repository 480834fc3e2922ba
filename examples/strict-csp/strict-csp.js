// Counts the page's Content-Security-Policy violations and shows the count, so that anyone can check that the
// widget needs no exception to the policy. A classic script loaded before the widget's module, so that it sees
// violations from the start; an external file, since the policy (script-src 'self') forbids inline scripts.
(() => {
  /** Violations seen so far; tests read it as `window.allianceCspViolations`. */
  const violations = [];
  window.allianceCspViolations = violations;

  const show = () => {
    const status = document.getElementById('csp-status');
    if (!status) return;
    status.classList.toggle('has-violations', violations.length > 0);
    status.textContent =
      violations.length === 0
        ? 'Aucune violation de la politique de sécurité depuis le chargement de la page.'
        : `${violations.length} violation(s) de la politique de sécurité : ${violations
            .map((violation) => `${violation.directive} (${violation.blocked || 'inline'})`)
            .join(', ')}.`;
  };

  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      // The element whose content was blocked, seen from the page: a widget's tag name, or the document.
      target: event.target instanceof Element ? event.target.localName : '#document',
    });
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
