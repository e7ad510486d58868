package org.vigie.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.vigie.content.ContentAudit;
import org.vigie.content.ContentPermissions;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Publication;
import org.vigie.content.store.Revision;
import org.vigie.content.store.RevisionRepository;
import org.vigie.identity.StaffIdentity;

/**
 * Publication of posts and pages, which takes {@link ContentPermissions#PUBLISH}: now, at
 * a moment to come, back to draft, or deleted; and, for the job, the scheduled items
 * whose moment has come. Each is written to the audit trail.
 */
final class Publisher {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PostRepository posts;

	private final PageRepository pages;

	private final RevisionRepository revisions;

	private final PagePlacement placement;

	private final EditAccess access;

	private final EditTrail trail;

	private final Clock clock;

	private final ZoneId zone;

	Publisher(PostRepository posts, PageRepository pages, RevisionRepository revisions, PagePlacement placement,
			EditAccess access, EditTrail trail, Clock clock, ZoneId zone) {
		this.posts = posts;
		this.pages = pages;
		this.revisions = revisions;
		this.placement = placement;
		this.access = access;
		this.trail = trail;
		this.clock = clock;
		this.zone = zone;
	}

	void publish(Revision.Kind kind, long id, long version, StaffIdentity me) {
		Editable item = publishable(kind, id, version, me);
		item.setPublication(new Publication(ContentStatus.PUBLISHED, this.clock.instant()));
		this.trail.audit(ContentAudit.PUBLISHED, me.email(), kind, item, null);
		this.trail.changed(kind, id);
	}

	void schedule(Revision.Kind kind, long id, long version, Instant at, StaffIdentity me) {
		Editable item = publishable(kind, id, version, me);
		if (!at.isAfter(this.clock.instant())) {
			throw EditProblems.of("publishAt", "edit.error.past");
		}
		item.setPublication(new Publication(ContentStatus.SCHEDULED, at));
		this.trail.audit(ContentAudit.PUBLISHED, me.email(), kind, item,
				"scheduled for " + MOMENT.format(at.atZone(this.zone)));
		this.trail.changed(kind, id);
	}

	void unpublish(Revision.Kind kind, long id, long version, StaffIdentity me) {
		Editable item = publishable(kind, id, version, me);
		item.setPublication(Publication.draft());
		this.trail.audit(ContentAudit.UNPUBLISHED, me.email(), kind, item, null);
		this.trail.changed(kind, id);
	}

	void delete(Revision.Kind kind, long id, long version, StaffIdentity me) {
		Editable item = publishable(kind, id, version, me);
		String target = EditTrail.target(kind, item);
		if (item instanceof Page page) {
			if (this.placement.hasChildren(page)) {
				throw EditProblems.of("delete", "edit.error.children");
			}
			this.pages.delete(page);
		}
		else {
			this.posts.delete((Post) item);
		}
		this.revisions.deleteAllOf(kind, id);
		this.trail.forgetMedia(kind, id);
		this.trail.audit(ContentAudit.DELETED, me.email(), target, null);
		this.trail.changed(kind, id);
	}

	/** Records as published every scheduled item whose moment has come; how many. */
	int publishDue() {
		Instant now = this.clock.instant();
		int count = 0;
		for (Post post : this.posts
			.findByPublicationStatusAndPublicationPublishedAtLessThanEqual(ContentStatus.SCHEDULED, now)) {
			publishedAsScheduled(Revision.Kind.POST, post);
			count++;
		}
		for (Page page : this.pages
			.findByPublicationStatusAndPublicationPublishedAtLessThanEqual(ContentStatus.SCHEDULED, now)) {
			publishedAsScheduled(Revision.Kind.PAGE, page);
			count++;
		}
		return count;
	}

	private void publishedAsScheduled(Revision.Kind kind, Editable item) {
		item.setPublication(new Publication(ContentStatus.PUBLISHED, item.getPublication().getPublishedAt()));
		this.trail.audit(ContentAudit.PUBLISHED, "system", kind, item, "as scheduled");
		this.trail.changed(kind, item.getId());
	}

	private Editable publishable(Revision.Kind kind, long id, long version, StaffIdentity me) {
		EditAccess.require(me, ContentPermissions.PUBLISH);
		Editable item = this.access.editable(kind, id, me);
		EditAccess.checkVersion(item, version);
		return item;
	}

}
