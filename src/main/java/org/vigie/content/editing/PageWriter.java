package org.vigie.content.editing;

import java.time.Clock;
import java.util.UUID;

import org.vigie.content.ContentPermissions;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Revision;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

/**
 * Writes and saves pages, which take {@link ContentPermissions#EDIT_ANY}: their text,
 * their place in the tree and whether the menu shows them.
 */
final class PageWriter {

	private final PageRepository pages;

	private final FormChecks checks;

	private final PagePlacement placement;

	private final EditAccess access;

	private final EditTrail trail;

	private final Clock clock;

	PageWriter(PageRepository pages, FormChecks checks, PagePlacement placement, EditAccess access, EditTrail trail,
			Clock clock) {
		this.pages = pages;
		this.checks = checks;
		this.placement = placement;
		this.access = access;
		this.trail = trail;
		this.clock = clock;
	}

	Page create(Language language, PageForm form, StaffIdentity me) {
		EditAccess.require(me, ContentPermissions.EDIT_ANY);
		FormChecks.Checked checked = this.checks.page(language, form, null);
		Page page = new Page(UUID.randomUUID().toString(), language, checked.slug(), form.title(), checked.body(),
				this.clock.instant());
		page.setSummary(FormChecks.blankToNull(form.summary()));
		page.setOwnerId(me.id());
		Page parent = this.placement.parent(language, form.parentId(), null);
		page.placeUnder(parent, this.placement.nextPosition(language, parent));
		page.setInMenu(form.inMenu());
		return saved(page, me, Revision.Reason.CREATED);
	}

	Page update(long id, long version, PageForm form, StaffIdentity me) {
		Page page = this.access.editablePage(id, me);
		EditAccess.checkVersion(page, version);
		FormChecks.Checked checked = this.checks.page(page.getLanguage(), form, page);
		page.edit(form.title(), checked.slug(), FormChecks.blankToNull(form.summary()), checked.body(),
				this.clock.instant());
		this.placement.placeUnder(page, this.placement.parent(page.getLanguage(), form.parentId(), page));
		page.setInMenu(form.inMenu());
		return saved(page, me, Revision.Reason.SAVED);
	}

	void move(long id, int direction, StaffIdentity me) {
		Page page = this.access.editablePage(id, me);
		if (this.placement.move(page, direction)) {
			this.trail.changed(Revision.Kind.PAGE, page.getId());
		}
	}

	/** Saves a new or changed page with its revision, and announces it. */
	Page saved(Page page, StaffIdentity me, Revision.Reason reason) {
		this.pages.saveAndFlush(page);
		this.trail.keepRevision(Revision.Kind.PAGE, page, me, reason);
		this.trail.changed(Revision.Kind.PAGE, page.getId());
		return page;
	}

}
