/*
 * The proof of work a public mobilisation form asks for during a burst of sign-ups: finds
 * a number such that SHA-256 of "challenge:number" starts with the asked count of zero
 * bits, puts it in the form and enables its button. Without this script the form says to
 * come back in a few minutes, when the burst is over.
 */
(function () {
	'use strict';

	function zeroBits(bytes) {
		var zeros = 0;
		for (var i = 0; i < bytes.length; i++) {
			if (bytes[i] === 0) {
				zeros += 8;
				continue;
			}
			return zeros + Math.clz32(bytes[i]) - 24;
		}
		return zeros;
	}

	async function solve(nonce, bits, onProgress) {
		var encoder = new TextEncoder();
		for (var n = 0; ; n++) {
			var digest = await crypto.subtle.digest('SHA-256', encoder.encode(nonce + ':' + n));
			if (zeroBits(new Uint8Array(digest)) >= bits) {
				return String(n);
			}
			if (n % 5000 === 4999) {
				onProgress(n + 1);
				await new Promise(function (resolve) { setTimeout(resolve, 0); });
			}
		}
	}

	function start(form) {
		var status = form.querySelector('[data-pow-status]');
		var button = form.querySelector('button[type="submit"]');
		var nonce = form.elements.powNonce.value;
		var bits = parseInt(form.elements.powBits.value, 10);
		if (!window.crypto || !crypto.subtle || !(bits > 0)) {
			return;
		}
		if (button) {
			button.disabled = true;
		}
		status.textContent = form.getAttribute('data-pow-working');
		solve(nonce, bits, function () {
			status.textContent = form.getAttribute('data-pow-working');
		}).then(function (solution) {
			form.elements.powSolution.value = solution;
			form.setAttribute('data-pow-solved', '');
			status.textContent = form.getAttribute('data-pow-done');
			if (button) {
				button.disabled = false;
			}
		});
	}

	document.querySelectorAll('form[data-pow]').forEach(start);
})();
