// Runners' pages: while a runner types their name, the address field shows the address
// the server would make from it (the same rule as PageForm.proposeSlug), so leaving it
// empty is a visible choice. The form works the same without it.
(function () {
	'use strict';

	var name = document.getElementById('name');
	var slug = document.getElementById('slug');
	if (!name || !slug) {
		return;
	}
	var propose = function () {
		slug.placeholder = name.value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
			.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
	};
	name.addEventListener('input', propose);
	propose();
})();
