// The reporting line's small improvements; every page works without them.
(function () {
	'use strict';

	// "Leave quickly" replaces the page, so the line is not one step back in history.
	document.querySelectorAll('[data-leave]').forEach(function (link) {
		link.addEventListener('click', function (event) {
			event.preventDefault();
			window.location.replace(link.href);
		});
	});

	// The receipt's copy button.
	document.querySelectorAll('[data-copy]').forEach(function (button) {
		var code = document.getElementById(button.getAttribute('data-copy'));
		var status = document.querySelector('[data-copy-status]');
		button.hidden = false;
		button.addEventListener('click', function () {
			var text = code.textContent.trim();
			var done = function () { if (status) { status.textContent = button.getAttribute('data-copied'); } };
			var select = function () {
				var range = document.createRange();
				range.selectNodeContents(code);
				var selection = window.getSelection();
				selection.removeAllRanges();
				selection.addRange(range);
				try { if (document.execCommand('copy')) { done(); } } catch (e) { /* selected: the reporter copies it */ }
			};
			if (navigator.clipboard && window.isSecureContext) {
				navigator.clipboard.writeText(text).then(done, select);
			} else {
				select();
			}
		});
	});

	// "Use my position", only once the reporter opened the optional position and taps it.
	document.querySelectorAll('[data-locate]').forEach(function (button) {
		if (!navigator.geolocation) { return; }
		var status = document.querySelector('[data-locate-status]');
		var latitude = document.querySelector('[data-coordinate="latitude"]');
		var longitude = document.querySelector('[data-coordinate="longitude"]');
		button.hidden = false;
		button.addEventListener('click', function () {
			navigator.geolocation.getCurrentPosition(function (position) {
				var checked = document.querySelector('input[name="precision"]:checked');
				var decimals = checked ? parseInt(checked.value, 10) : 2;
				latitude.value = position.coords.latitude.toFixed(decimals);
				longitude.value = position.coords.longitude.toFixed(decimals);
				status.textContent = button.getAttribute('data-found');
			}, function () {
				status.textContent = button.getAttribute('data-failed');
			}, { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 });
		});
	});
})();
