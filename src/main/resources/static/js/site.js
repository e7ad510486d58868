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

	// "Copy link" on posts.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('.share__copy');
		if (!button || !navigator.clipboard) {
			return;
		}
		navigator.clipboard.writeText(button.getAttribute('data-url')).then(function () {
			button.textContent = button.getAttribute('data-copied');
		});
	});
})();
