// The cards' service worker, one per language. The server puts self.VIGIE_OFFLINE above
// this code: the base, the offline page, the prefix of the decks' data, the shell's exact
// addresses and a version that changes with any of them.
'use strict';

var settings = self.VIGIE_OFFLINE;
var SHELL = 'vigie-cards-shell-' + settings.language + '-';
var SHELL_CACHE = SHELL + settings.version;
// Decks kept for offline use; the page fills it too, and it outlives new versions.
var DATA_CACHE = 'vigie-cards-decks';

self.addEventListener('install', function (event) {
	event.waitUntil(caches.open(SHELL_CACHE).then(function (cache) {
		return cache.addAll(settings.shell.map(function (url) {
			return new Request(url, { credentials: 'same-origin', cache: 'no-store' });
		}));
	}).then(function () {
		return self.skipWaiting();
	}));
});

self.addEventListener('activate', function (event) {
	event.waitUntil(caches.keys().then(function (names) {
		return Promise.all(names.filter(function (name) {
			return name.indexOf(SHELL) === 0 && name !== SHELL_CACHE;
		}).map(function (name) {
			return caches.delete(name);
		}));
	}).then(function () {
		return self.clients.claim();
	}));
});

// The network first for the page and the decks (fresh schedules when connected), the
// copy when it cannot be reached; the shell's versioned files from the copy; any other
// page of the cards falls back to the offline page when there is no network.
self.addEventListener('fetch', function (event) {
	var request = event.request;
	if (request.method !== 'GET') {
		return;
	}
	var url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (url.pathname === settings.page || url.pathname === settings.base + '/manifest.webmanifest') {
		event.respondWith(networkFirst(request, SHELL_CACHE, url.pathname));
	}
	else if (url.pathname.indexOf(settings.data) === 0) {
		event.respondWith(networkFirst(request, DATA_CACHE, url.pathname));
	}
	else if (settings.shell.indexOf(url.pathname) >= 0) {
		event.respondWith(caches.match(url.pathname).then(function (kept) {
			return kept || fetch(request);
		}));
	}
	else if (request.mode === 'navigate') {
		event.respondWith(fetch(request).catch(function () {
			return caches.match(settings.page).then(function (kept) {
				return kept || Response.error();
			});
		}));
	}
});

function networkFirst(request, cacheName, key) {
	return fetch(request).then(function (response) {
		if (response.ok) {
			var copy = response.clone();
			caches.open(cacheName).then(function (cache) {
				cache.put(key, copy);
			});
		}
		return response;
	}).catch(function () {
		return caches.open(cacheName).then(function (cache) {
			return cache.match(key);
		}).then(function (kept) {
			return kept || Response.error();
		});
	});
}
