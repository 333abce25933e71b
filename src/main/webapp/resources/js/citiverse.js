// After a failed submit, move focus to the error summary so it is read out first.
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-autofocus="true"]');
    if (summary) {
        summary.focus();
    }
});
