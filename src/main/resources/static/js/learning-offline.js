// The cards' offline app. It keeps the decks a learner chooses (Cache Storage), shows the
// cards due by the schedule the server sent, grades an answer from the deck's data,
// queues it (localStorage) and sends the queue, in the order answered, when the site can
// be reached. It never schedules a card itself: a card answered offline waits, hidden,
// until the server has applied the answer and sent the new schedule.
(function () {
	'use strict';

	var app = document.querySelector('[data-offline-app]');
	if (!app) {
		return;
	}
	var nojs = document.querySelector('[data-offline-nojs]');
	if (nojs) {
		nojs.hidden = true;
	}
	app.hidden = false;

	var d = app.dataset;
	var QUEUE = 'vigie-cards-queue-' + d.language;
	var DATA_CACHE = 'vigie-cards-decks';
	var DAY = 86400000;
	var decks = {};
	var current = null;
	var syncing = false;
	var workerReady = false;

	function $(selector, root) {
		return (root || app).querySelector(selector);
	}

	function text(name, first, second) {
		return String(d[name]).replace('{0}', first).replace('{1}', second);
	}

	// The queue of answers not yet sent, oldest first.
	function queue() {
		try {
			var kept = JSON.parse(localStorage.getItem(QUEUE));
			return Array.isArray(kept) ? kept : [];
		}
		catch (error) {
			return [];
		}
	}

	function saveQueue(answers) {
		localStorage.setItem(QUEUE, JSON.stringify(answers));
		showQueue();
	}

	function showQueue() {
		var waiting = queue().length;
		$('[data-offline-queue]').textContent = text('tQueue', waiting);
		$('[data-offline-send]').hidden = waiting === 0;
	}

	function uuid() {
		if (window.crypto.randomUUID) {
			return window.crypto.randomUUID();
		}
		var bytes = window.crypto.getRandomValues(new Uint8Array(16));
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		var hex = Array.prototype.map.call(bytes, function (b) {
			return (b + 0x100).toString(16).slice(1);
		}).join('');
		return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
	}

	function status() {
		var parts = [navigator.onLine ? d.tOnline : d.tOffline];
		if (!('serviceWorker' in navigator)) {
			parts.push(d.tNoWorker);
		}
		else if (workerReady) {
			parts.push(d.tReady);
		}
		$('[data-offline-status]').textContent = parts.join(' ');
	}

	function report(message) {
		$('[data-offline-report]').textContent = message;
	}

	// Which cards may be answered now, by the downloaded schedule: those due, then new
	// ones within the day's allowance, then those being learnt that are almost due.
	function available(deck, now) {
		var answered = {};
		queue().forEach(function (answer) {
			if (answer.deck === deck.slug) {
				answered[answer.card] = true;
			}
		});
		var open = deck.cards.filter(function (card) {
			return !answered[card.id];
		});
		var byDue = function (a, b) {
			return Date.parse(a.due) - Date.parse(b.due);
		};
		var due = open.filter(function (card) {
			return card.due && Date.parse(card.due) <= now;
		}).sort(byDue);
		var fresh = open.filter(function (card) {
			return card.state === 'NEW';
		}).slice(0, newLeft(deck, now));
		var ahead = open.filter(function (card) {
			return (card.state === 'LEARNING' || card.state === 'RELEARNING') && Date.parse(card.due) > now
				&& Date.parse(card.due) <= now + deck.learnAheadMinutes * 60000;
		}).sort(byDue);
		return due.concat(fresh, ahead);
	}

	// New cards left today: the server's figure until the day it sent ends, then a fresh
	// allowance each day, less the new cards answered offline in that day.
	function newLeft(deck, now) {
		var ends = Date.parse(deck.dayEnds);
		var from = -Infinity;
		var until = ends;
		var allowance = deck.newLeft;
		if (now >= ends) {
			from = ends + Math.floor((now - ends) / DAY) * DAY;
			until = from + DAY;
			allowance = deck.newPerDay;
		}
		var fresh = {};
		deck.cards.forEach(function (card) {
			if (card.state === 'NEW') {
				fresh[card.id] = true;
			}
		});
		var started = queue().filter(function (answer) {
			var at = Date.parse(answer.answeredAt);
			return answer.deck === deck.slug && fresh[answer.card] && at >= from && at < until;
		}).length;
		return Math.max(0, allowance - started);
	}

	function tiles() {
		return Array.prototype.slice.call(app.querySelectorAll('[data-offline-deck]'));
	}

	function showTile(tile) {
		var deck = decks[tile.dataset.slug];
		if (deck) {
			tile.setAttribute('data-kept', 'true');
		}
		else {
			tile.removeAttribute('data-kept');
		}
		$('[data-deck-study]', tile).hidden = !deck;
		$('[data-deck-remove]', tile).hidden = !deck;
		if (deck) {
			$('[data-deck-state]', tile).textContent = text('tKept', new Date(deck.generatedAt).toLocaleString(d.language),
				available(deck, Date.now()).length);
		}
		else if (!tile.hasAttribute('data-busy')) {
			$('[data-deck-state]', tile).textContent = d.tAbsent;
		}
	}

	function showTiles() {
		tiles().forEach(showTile);
	}

	// Downloads a deck with the learner's schedule and keeps it; a quiet refresh that fails
	// leaves the copy kept as it was.
	function download(tile, quiet) {
		var src = tile.dataset.src;
		tile.setAttribute('data-busy', '');
		$('[data-deck-state]', tile).textContent = d.tDownloading;
		return fetch(src, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
			if (!response.ok) {
				return response.json().then(function (problem) {
					throw new Error(problem.message || d.tDownloadFailed);
				});
			}
			var copy = response.clone();
			return caches.open(DATA_CACHE).then(function (cache) {
				return cache.put(src, copy);
			}).then(function () {
				return response.json();
			});
		}).then(function (deck) {
			decks[tile.dataset.slug] = deck;
			tile.removeAttribute('data-busy');
			showTile(tile);
			return true;
		}).catch(function (error) {
			tile.removeAttribute('data-busy');
			showTile(tile);
			if (quiet && decks[tile.dataset.slug]) {
				return false;
			}
			$('[data-deck-state]', tile).textContent = (error && error.message && error.message !== 'Failed to fetch')
				? error.message : d.tDownloadFailed;
			return false;
		});
	}

	function loadKept() {
		return caches.open(DATA_CACHE).then(function (cache) {
			return Promise.all(tiles().map(function (tile) {
				return cache.match(tile.dataset.src).then(function (response) {
					return response ? response.json() : null;
				}).then(function (deck) {
					if (deck) {
						decks[tile.dataset.slug] = deck;
					}
				});
			}));
		}).then(showTiles);
	}

	function refreshKept() {
		return Promise.all(tiles().filter(function (tile) {
			return decks[tile.dataset.slug];
		}).map(function (tile) {
			return download(tile, true);
		}));
	}

	// Sends the queue in the order answered; keeps what the server did not answer for.
	function sync() {
		var answers = queue();
		if (syncing || answers.length === 0) {
			return Promise.resolve();
		}
		syncing = true;
		var batch = answers.slice(0, 500).map(function (answer) {
			return { id: answer.id, deck: answer.deck, card: answer.card, choice: answer.choice,
				answeredAt: answer.answeredAt };
		});
		return fetch(d.sync, {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'Content-Type': 'application/json', 'X-Vigie-Sync': '1' },
			body: JSON.stringify({ answers: batch })
		}).then(function (response) {
			return response.json().then(function (body) {
				if (!response.ok) {
					throw new Error(body.message || d.tSendFailed);
				}
				return body;
			});
		}).then(function (result) {
			var settled = {};
			result.results.forEach(function (one) {
				settled[one.id] = one;
			});
			saveQueue(queue().filter(function (answer) {
				return !settled[answer.id];
			}));
			var messages = [];
			result.results.forEach(function (one) {
				if (one.status === 'refused' && messages.indexOf(one.message) < 0) {
					messages.push(one.message);
				}
			});
			report(text('tSent', result.applied + result.alreadyApplied)
				+ (result.refused > 0 ? ' ' + text('tRefused', result.refused, messages.join(' ')) : ''));
			syncing = false;
			return refreshKept();
		}).catch(function (error) {
			syncing = false;
			report((error && error.message && error.message !== 'Failed to fetch') ? error.message : d.tSendFailed);
		}).then(showTiles);
	}

	// Studying one deck.
	var area = $('[data-offline-study]');

	function study(slug) {
		current = { deck: decks[slug], card: null };
		$('[data-offline-decks]').hidden = true;
		area.hidden = false;
		showNext();
	}

	function showNext() {
		var cards = available(current.deck, Date.now());
		var card = cards[0];
		$('[data-card-feedback]').hidden = true;
		$('[data-card-next]').hidden = true;
		$('[data-card-deck]').textContent = current.deck.title;
		$('[data-card-left]').textContent = text('tLeft', cards.length);
		if (!card) {
			$('[data-card-question]').hidden = true;
			$('[data-card-done]').hidden = false;
			$('[data-card-close]').focus();
			return;
		}
		current.card = card;
		$('[data-card-done]').hidden = true;
		$('[data-card-question]').hidden = false;
		$('[data-card-kind]').textContent = card.kind;
		$('[data-card-prompt]').textContent = card.prompt;
		var options = $('[data-card-options]');
		options.hidden = false;
		options.replaceChildren.apply(options, card.options.map(function (option, index) {
			var button = document.createElement('button');
			button.type = 'button';
			button.className = 'option';
			button.value = String(index);
			button.textContent = option;
			return button;
		}));
		$('[data-card-prompt]').focus();
	}

	function answer(choice) {
		var card = current.card;
		var answers = queue();
		answers.push({ id: uuid(), deck: current.deck.slug, card: card.id, choice: choice,
			answeredAt: new Date().toISOString() });
		saveQueue(answers);
		var right = choice === card.answer;
		var feedback = $('[data-card-feedback]');
		var verdict = $('[data-card-verdict]');
		feedback.classList.toggle('feedback--right', right);
		feedback.classList.toggle('feedback--wrong', !right);
		verdict.textContent = right ? verdict.dataset.right : verdict.dataset.wrong;
		verdict.setAttribute('data-verdict', right ? 'right' : 'wrong');
		var marked = $('[data-card-marked]');
		marked.replaceChildren.apply(marked, card.options.map(function (option, index) {
			var item = document.createElement('li');
			var label = document.createElement('span');
			label.textContent = option;
			item.appendChild(label);
			if (index === card.answer) {
				item.className = 'is-answer';
				item.appendChild(document.createElement('strong')).textContent = verdict.dataset.answer;
			}
			else if (index === choice) {
				item.className = 'is-chosen';
				item.appendChild(document.createElement('em')).textContent = verdict.dataset.yours;
			}
			return item;
		}));
		$('[data-card-explanation]').textContent = card.explanation;
		$('[data-card-reflex]').textContent = card.reflex;
		var link = $('[data-card-report]');
		link.hidden = !card.report;
		if (card.report) {
			$('a', link).href = card.report;
		}
		$('[data-card-options]').hidden = true;
		feedback.hidden = false;
		$('[data-card-next]').hidden = false;
		verdict.focus();
		if (navigator.onLine) {
			sync();
		}
	}

	function close() {
		current = null;
		area.hidden = true;
		$('[data-offline-decks]').hidden = false;
		showTiles();
	}

	app.addEventListener('click', function (event) {
		var button = event.target.closest('button');
		if (!button || !app.contains(button)) {
			return;
		}
		var tile = button.closest('[data-offline-deck]');
		if (button.matches('[data-deck-download]')) {
			download(tile);
		}
		else if (button.matches('[data-deck-study]')) {
			study(tile.dataset.slug);
		}
		else if (button.matches('[data-deck-remove]')) {
			caches.open(DATA_CACHE).then(function (cache) {
				return cache.delete(tile.dataset.src);
			}).then(function () {
				delete decks[tile.dataset.slug];
				showTile(tile);
			});
		}
		else if (button.matches('.option') && current && current.card) {
			answer(Number(button.value));
		}
		else if (button.matches('[data-card-next]')) {
			showNext();
		}
		else if (button.matches('[data-card-close]')) {
			close();
		}
		else if (button.matches('[data-offline-send]')) {
			sync();
		}
	});

	window.addEventListener('online', function () {
		status();
		sync();
	});
	window.addEventListener('offline', status);
	window.setInterval(function () {
		if (navigator.onLine && queue().length > 0) {
			sync();
		}
	}, 60000);

	showQueue();
	status();
	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register(d.worker, { scope: d.scope }).catch(function () {
			return null;
		});
		navigator.serviceWorker.ready.then(function () {
			workerReady = true;
			app.setAttribute('data-worker-ready', '');
			status();
		});
	}
	loadKept().then(function () {
		return queue().length > 0 ? sync() : refreshKept().then(showTiles);
	});
})();
