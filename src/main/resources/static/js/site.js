// Progressive enhancements of public pages. Everything works without this file.
(function () {
	'use strict';

	// Video placeholders: the player is fetched only when the reader asks for it.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('.video__play');
		if (!button) {
			return;
		}
		var figure = button.closest('.video');
		var frame = document.createElement('iframe');
		frame.src = figure.getAttribute('data-video-src');
		frame.title = figure.getAttribute('data-video-title');
		frame.allow = 'autoplay; fullscreen; picture-in-picture';
		frame.referrerPolicy = 'strict-origin-when-cross-origin';
		frame.setAttribute('allowfullscreen', '');
		button.replaceWith(frame);
		frame.focus();
	});

	// Sub-menus open on hover and focus; Escape closes the one in use until focus or pointer leaves it.
	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Escape') {
			return;
		}
		var entry = document.activeElement && document.activeElement.closest('.main-nav > ul > li');
		if (entry && entry.querySelector('ul')) {
			entry.classList.add('is-closed');
			entry.querySelector('a').focus();
		}
	});
	document.querySelectorAll('.main-nav > ul > li').forEach(function (entry) {
		entry.addEventListener('focusout', function (event) {
			if (!entry.contains(event.relatedTarget)) {
				entry.classList.remove('is-closed');
			}
		});
		entry.addEventListener('mouseleave', function () {
			entry.classList.remove('is-closed');
		});
	});

	// The phone menu (a <details>, usable without this file): Escape closes it and gives the
	// focus back to its button, as with any disclosure.
	document.addEventListener('keydown', function (event) {
		var menu = document.querySelector('.site-menu[open]');
		if (event.key !== 'Escape' || !menu || !menu.contains(document.activeElement)) {
			return;
		}
		var toggle = menu.querySelector('summary');
		if (window.getComputedStyle(toggle).display !== 'none') {
			menu.open = false;
			toggle.focus();
		}
	});

	// "Copy link" on posts: shown only where the browser can copy, confirmed to screen readers.
	if (navigator.clipboard) {
		document.querySelectorAll('.share__copy-item').forEach(function (item) {
			item.hidden = false;
		});
	}
	document.addEventListener('click', function (event) {
		var button = event.target.closest('.share__copy');
		if (!button || !navigator.clipboard) {
			return;
		}
		navigator.clipboard.writeText(button.getAttribute('data-url')).then(function () {
			var status = document.querySelector('.share__status');
			if (status) {
				status.textContent = button.getAttribute('data-copied');
			}
		});
	});
})();
