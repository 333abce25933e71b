// After a failed submit, move focus to the error summary so it is read out first.
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-autofocus="true"]');
    if (summary) {
        summary.focus();
    }
});

// A summary link to a group (radios, checkboxes) focuses the group's first control.
document.addEventListener('click', function (event) {
    var link = event.target.closest('.error-summary a[href^="#"]');
    if (!link) {
        return;
    }
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (target && !target.matches('input, select, textarea, button')) {
        var control = target.querySelector('input, select, textarea, button');
        if (control) {
            event.preventDefault();
            control.focus();
        }
    }
});
