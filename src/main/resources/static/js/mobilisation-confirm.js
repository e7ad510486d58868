// Confirms at once when scripts run: the link only opened the page (a mail scanner that
// opens it spends nothing); the POST is what confirms, and repeating it is harmless.
(function () {
	var form = document.querySelector('form[data-auto-confirm]');
	if (form && !form.hasAttribute('data-sent')) {
		form.setAttribute('data-sent', '');
		form.submit();
	}
})();
