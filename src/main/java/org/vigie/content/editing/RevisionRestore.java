package org.vigie.content.editing;

import java.time.Clock;

import org.vigie.content.ContentAudit;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Post;
import org.vigie.content.store.Revision;
import org.vigie.content.store.RevisionRepository;
import org.vigie.identity.StaffIdentity;

/**
 * Brings back an earlier revision's title, address, summary, body and cover, as a new
 * revision; the address stays as it is when another item has taken it since.
 */
final class RevisionRestore {

	private final RevisionRepository revisions;

	private final SlugRules slugs;

	private final EditAccess access;

	private final EditTrail trail;

	private final Clock clock;

	RevisionRestore(RevisionRepository revisions, SlugRules slugs, EditAccess access, EditTrail trail, Clock clock) {
		this.revisions = revisions;
		this.slugs = slugs;
		this.access = access;
		this.trail = trail;
		this.clock = clock;
	}

	void restore(Revision.Kind kind, long id, int number, long version, StaffIdentity me) {
		Editable item = this.access.editable(kind, id, me);
		EditAccess.checkVersion(item, version);
		Revision revision = this.revisions.findByKindAndItemIdAndNumber(kind, id, number)
			.orElseThrow(() -> new ContentEditor.NotFound("revision " + number));
		boolean slugTaken = this.slugs.taken(item.getLanguage(), revision.getSlug(), id, kind == Revision.Kind.PAGE);
		String slug = slugTaken ? item.getSlug() : revision.getSlug();
		item.edit(revision.getTitle(), slug, revision.getSummary(), revision.getBody(), this.clock.instant());
		if (item instanceof Post post) {
			post.setCover(revision.getCoverPath(), revision.getCoverAlt(), revision.getCoverSrcset());
		}
		this.trail.keepRevision(kind, item, me, Revision.Reason.RESTORED);
		this.trail.audit(ContentAudit.RESTORED, me.email(), kind, item, "revision " + number);
		this.trail.changed(kind, id);
	}

}
