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

// The fleet counts, and the status and last-seen time of the devices listed, stay current without a
// reload (every data-every ms) until the person pauses them (WCAG 2.2.2); nothing is announced, so a
// screen reader is not interrupted. Rows stay where they are: a device that no longer matches the
// filter keeps its row until the page is loaded again.
document.addEventListener('DOMContentLoaded', function () {
    var fleet = document.getElementById('fleet');
    var pause = document.getElementById('fleet-pause');
    var table = document.getElementById('device-table');
    if (!fleet || !fleet.dataset.live || !pause) {
        return;
    }
    var paused = false;
    pause.addEventListener('click', function () {
        paused = !paused;
        pause.setAttribute('aria-pressed', String(paused));
        pause.textContent = paused ? pause.dataset.resume : pause.dataset.pause;
    });
    function json(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : null; });
    }
    function show(cell, text) {
        if (cell && cell.textContent !== text) {
            cell.textContent = text;
        }
    }
    function statusText(device) {
        if (device.status === 'REVOKED') {
            return table.dataset.tRevoked;
        }
        return table.dataset.tActive + (device.online ? table.dataset.tOnline : table.dataset.tOffline);
    }
    window.setInterval(function () {
        if (paused) {
            return;
        }
        json(fleet.dataset.live).then(function (counts) {
            if (!counts) {
                return;
            }
            ['online', 'offline', 'revoked'].forEach(function (name) {
                if (typeof counts[name] === 'number') {
                    show(document.getElementById('fleet-' + name), String(counts[name]));
                }
            });
        }).catch(function () { /* the next round tries again */ });
        if (!table || !table.dataset.live) {
            return;
        }
        json(table.dataset.live).then(function (devices) {
            (devices || []).forEach(function (device) {
                var row = table.querySelector('tr[data-device="' + CSS.escape(device.id) + '"]');
                if (row) {
                    show(row.querySelector('[data-cell="status"]'), statusText(device));
                    show(row.querySelector('[data-cell="lastSeen"]'), device.lastSeenAt || '\u2013');
                }
            });
        }).catch(function () { /* the next round tries again */ });
    }, Number(fleet.dataset.every) || 10000);
});

// Guest notification: while a citizen is on any page, rings at their households' doors arrive over
// the visit event stream (the browser reconnects by itself and is then sent what is still open).
// A ring says one short sentence in the alert region; the card shows the picture and the answers;
// outcomes go to the status region. Nothing takes focus. Texts come from the panel's data-t-*.
document.addEventListener('DOMContentLoaded', function () {
    var panel = document.getElementById('visits');
    if (!panel || !window.EventSource) {
        return;
    }
    var cards = document.getElementById('visit-cards');
    var alertRegion = document.getElementById('visit-alert');
    var statusRegion = document.getElementById('visit-status');
    var template = document.getElementById('visit-card');
    var lang = document.documentElement.lang || undefined;
    var sound = false;
    var shown = {};

    function text(name, values) {
        var t = panel.dataset['t' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
        Object.keys(values || {}).forEach(function (key) {
            t = t.split('{' + key + '}').join(values[key]);
        });
        return t;
    }

    function time(iso) {
        return iso ? new Date(iso).toLocaleTimeString(lang, {hour: '2-digit', minute: '2-digit'}) : '';
    }

    function say(region, sentence) {
        // a fresh text node each time, so the same sentence twice is announced twice
        region.textContent = '';
        window.setTimeout(function () { region.textContent = sentence; }, 50);
    }

    function stateOf(visit) {
        var who = visit.answeredBy || text('someone');
        var at = time(visit.outcomeAt || visit.answeredAt);
        return text(visit.status.toLowerCase(), {name: who, time: at, until: time(visit.expiresAt)});
    }

    function beep() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!sound || !Context) {
            return;
        }
        try {
            var context = new Context();
            var tone = context.createOscillator();
            tone.frequency.value = 660;
            tone.connect(context.destination);
            tone.start();
            tone.stop(context.currentTime + 0.3);
        } catch (ignored) {
            // a browser that will not play without a gesture stays silent
        }
    }

    function render(visit, ring) {
        var card = shown[visit.id];
        if (!card) {
            if (!ring && !/RINGING|COMING|OPENING|OPEN_FAILED/.test(visit.status)) {
                return; // an ended visit this page never showed
            }
            card = template.content.firstElementChild.cloneNode(true);
            card.id = 'visit-' + visit.id;
            card.dataset.visit = visit.id;
            var title = card.querySelector('.visit-card__title');
            title.id = 'visit-title-' + visit.id;
            title.textContent = text('title', {door: visit.door, time: time(visit.rangAt)});
            card.setAttribute('aria-labelledby', title.id);
            cards.appendChild(card);
            shown[visit.id] = card;
            panel.hidden = false;
        }
        var before = card.dataset.status;
        card.dataset.status = visit.status;
        var picture = card.querySelector('.visit-card__snapshot');
        if (visit.snapshot) {
            if (picture.dataset.src !== visit.snapshot) {
                picture.dataset.src = visit.snapshot;
                picture.src = visit.snapshot;
            }
            picture.alt = text('alt', {door: visit.door, time: time(visit.rangAt)});
            picture.hidden = false;
            card.querySelector('.visit-card__no-snapshot').hidden = true;
        } else {
            picture.hidden = true;
            picture.removeAttribute('src');
            delete picture.dataset.src;
            card.querySelector('.visit-card__no-snapshot').hidden = false;
        }
        var state = stateOf(visit);
        card.querySelector('.visit-card__state').textContent = state;
        var ringing = visit.status === 'RINGING';
        card.querySelector('[data-answer="open"]').hidden = !visit.lock
            || !(ringing || visit.status === 'COMING' || visit.status === 'OPEN_FAILED');
        card.querySelector('[data-answer="coming"]').hidden = !ringing;
        card.querySelector('[data-answer="decline"]').hidden = !(ringing || visit.status === 'COMING');
        card.querySelector('[data-dismiss]').hidden = /RINGING|OPENING/.test(visit.status);
        if (ring) {
            say(alertRegion, text('rang', {door: visit.door, time: time(visit.rangAt)}));
            beep();
        } else if (before && before !== visit.status) {
            say(statusRegion, text('title', {door: visit.door, time: time(visit.rangAt)}) + ': ' + state);
        }
    }

    function remove(card) {
        delete shown[card.dataset.visit];
        card.remove();
        panel.hidden = cards.children.length === 0;
    }

    cards.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        var card = button && button.closest('.visit-card');
        if (!card) {
            return;
        }
        if (button.dataset.dismiss) {
            // focus would be lost with the card: give it to the panel's heading region instead
            var next = card.nextElementSibling || card.previousElementSibling;
            remove(card);
            var target = next ? next.querySelector('button:not([hidden])') : document.getElementById('main');
            if (target) {
                target.focus();
            }
            return;
        }
        button.disabled = true;
        fetch(panel.dataset.api + '/' + card.dataset.visit + '/answer', {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({answer: button.dataset.answer})
        }).then(function (response) {
            return response.json().then(function (body) {
                return {status: response.status, body: body};
            }, function () {
                return {status: response.status, body: null};
            });
        }).then(function (result) {
            button.disabled = false;
            var visit = result.status === 200 ? result.body : result.body && result.body.visit;
            if (visit) {
                render(visit, false);
            }
            if (result.status === 403) {
                say(statusRegion, text('forbidden'));
            } else if (!visit) {
                say(statusRegion, text('error'));
            }
        }).catch(function () {
            button.disabled = false;
            say(statusRegion, text('error'));
        });
    });

    fetch(panel.dataset.preferences, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (preferences) { sound = !!(preferences && preferences.sound); })
        .catch(function () { /* no sound then */ });

    // The stream is closed when the page is left: a page kept for "back" must not hold a connection
    // (browsers allow a handful per server), and it is opened again if the page comes back.
    var source = null;
    function connect() {
        source = new EventSource(panel.dataset.events, {withCredentials: true});
        ['ring', 'visit'].forEach(function (name) {
            source.addEventListener(name, function (event) {
                try {
                    render(JSON.parse(event.data), name === 'ring');
                } catch (ignored) {
                    // a malformed event changes nothing on the page
                }
            });
        });
        source.addEventListener('ready', function () {
            document.documentElement.dataset.visitStream = 'open';
        });
    }
    window.addEventListener('pagehide', function () {
        if (source) {
            source.close();
            source = null;
            delete document.documentElement.dataset.visitStream;
        }
    });
    window.addEventListener('pageshow', function (event) {
        if (event.persisted && !source) {
            connect();
        }
    });
    connect();
});

// A map that places a pin (data-pick): a click, or the arrow keys once the map has focus, moves
// the pin and fills the latitude and longitude fields, which stay the way to type a place.
document.addEventListener('DOMContentLoaded', function () {
    var map = document.querySelector('svg[data-pick]');
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    if (!map || !latitude || !longitude || !map.createSVGPoint) {
        return;
    }
    var f = map.dataset.frame.split(' ').map(Number); // north west cos scale offsetX offsetY
    var pin = map.querySelector('.map__pin');
    var status = document.getElementById(map.dataset.status);
    var x = Number(pin.getAttribute('cx'));
    var y = Number(pin.getAttribute('cy'));
    map.removeAttribute('aria-hidden');
    map.setAttribute('tabindex', '0');
    function place(newX, newY) {
        x = Math.max(0, Math.min(600, newX));
        y = Math.max(0, Math.min(360, newY));
        pin.setAttribute('cx', x.toFixed(1));
        pin.setAttribute('cy', y.toFixed(1));
        pin.removeAttribute('visibility');
        var lat = f[0] - (y - f[5]) / f[3];
        var lon = f[1] + (x - f[4]) / (f[2] * f[3]);
        latitude.value = lat.toFixed(5);
        longitude.value = lon.toFixed(5);
        status.textContent = map.dataset.placed + ' ' + latitude.value + ', ' + longitude.value;
    }
    map.addEventListener('click', function (event) {
        var point = map.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        var inMap = point.matrixTransform(map.getScreenCTM().inverse());
        place(inMap.x, inMap.y);
    });
    map.addEventListener('keydown', function (event) {
        var step = event.shiftKey ? 40 : 8;
        var moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
        var move = moves[event.key];
        if (move) {
            event.preventDefault();
            place(x + move[0], y + move[1]);
        }
    });
});
