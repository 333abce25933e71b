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

// Session-timeout warning: two minutes before the session would end, the alert region says so
// (screen readers announce it without focus moving) and offers to stay signed in. Tests shorten
// the timer by changing the data attributes and dispatching "citiverse:session-reschedule".
document.addEventListener('DOMContentLoaded', function () {
    var region = document.getElementById('session-timeout');
    if (!region) {
        return;
    }
    var warnTimer;
    var endTimer;

    function show(templateId) {
        region.replaceChildren(document.getElementById(templateId).content.cloneNode(true));
        var stay = region.querySelector('button');
        if (stay) {
            stay.addEventListener('click', keepAlive);
        }
    }

    function keepAlive() {
        fetch(region.dataset.keepAlive, {method: 'POST', credentials: 'same-origin', redirect: 'manual'})
            .then(function (response) {
                if (response.status === 204) {
                    region.replaceChildren();
                    schedule();
                } else {
                    show('session-timeout-ended');
                }
            })
            .catch(function () {
                show('session-timeout-ended');
            });
    }

    function schedule() {
        var timeout = parseInt(region.dataset.timeout, 10);
        var warn = parseInt(region.dataset.warn, 10);
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        if (!(timeout > warn && warn > 0)) {
            return;
        }
        warnTimer = setTimeout(function () {
            show('session-timeout-soon');
        }, (timeout - warn) * 1000);
        endTimer = setTimeout(function () {
            show('session-timeout-ended');
        }, timeout * 1000);
    }

    document.addEventListener('citiverse:session-reschedule', schedule);
    schedule();
});

// "What is here?": where the browser can tell the position, a button fills it in. Without script
// or permission the fields are typed as before; the outcome is announced in a status region.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('use-my-location');
    if (!button || !navigator.geolocation) {
        return;
    }
    var status = document.getElementById('locate-status');
    button.hidden = false;
    button.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
            document.getElementById('latitude').value = position.coords.latitude.toFixed(5);
            document.getElementById('longitude').value = position.coords.longitude.toFixed(5);
            status.textContent = button.textContent + ': ' + position.coords.latitude.toFixed(5) + ', '
                + position.coords.longitude.toFixed(5);
        }, function () {
            status.textContent = button.dataset.failed;
        });
    });
});

// The fleet counts stay current without a reload (every data-every ms) until the person pauses
// them (WCAG 2.2.2); nothing is announced, so a screen reader is not interrupted.
document.addEventListener('DOMContentLoaded', function () {
    var fleet = document.getElementById('fleet');
    var pause = document.getElementById('fleet-pause');
    if (!fleet || !fleet.dataset.live || !pause) {
        return;
    }
    var paused = false;
    pause.addEventListener('click', function () {
        paused = !paused;
        pause.setAttribute('aria-pressed', String(paused));
        pause.textContent = paused ? pause.dataset.resume : pause.dataset.pause;
    });
    window.setInterval(function () {
        if (paused) {
            return;
        }
        fetch(fleet.dataset.live, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (counts) {
                if (!counts) {
                    return;
                }
                ['online', 'offline', 'revoked'].forEach(function (name) {
                    var cell = document.getElementById('fleet-' + name);
                    if (cell && typeof counts[name] === 'number' && cell.textContent !== String(counts[name])) {
                        cell.textContent = String(counts[name]);
                    }
                });
            })
            .catch(function () { /* the next round tries again */ });
    }, Number(fleet.dataset.every) || 10000);
});
