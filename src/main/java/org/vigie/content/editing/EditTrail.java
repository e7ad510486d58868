package org.vigie.content.editing;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.vigie.content.ContentChanged;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Post;
import org.vigie.content.store.Revision;
import org.vigie.content.store.RevisionRepository;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaUsage;

import org.springframework.context.ApplicationEventPublisher;

/**
 * What every change leaves behind: a revision of the item, the media it uses (so the
 * media library shows where a file is used), an audit entry for publication events, and
 * the {@link ContentChanged} event that refreshes the site after commit.
 */
final class EditTrail {

	private final RevisionRepository revisions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MediaUsage usage;

	EditTrail(RevisionRepository revisions, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			MediaUsage usage) {
		this.revisions = revisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.usage = usage;
	}

	/** Keeps the item as saved, and records the media it now uses. */
	void keepRevision(Revision.Kind kind, Editable item, StaffIdentity me, Revision.Reason reason) {
		int number = this.revisions.lastNumber(kind, item.getId()) + 1;
		this.revisions.save(new Revision(kind, item, number, me.email(), this.clock.instant(), reason));
		Set<String> addresses = new LinkedHashSet<>(MediaUsage.addressesIn(item.getBody()));
		if (item instanceof Post post && post.getCoverPath() != null) {
			addresses.add(post.getCoverPath());
		}
		this.usage.record(ContentEditor.mediaUser(kind, item.getId()), addresses);
	}

	/** Forgets the media a deleted item used. */
	void forgetMedia(Revision.Kind kind, long id) {
		this.usage.forget(ContentEditor.mediaUser(kind, id));
	}

	void audit(AuditAction action, String actor, Revision.Kind kind, Editable item, String details) {
		audit(action, actor, target(kind, item), details);
	}

	void audit(AuditAction action, String actor, String target, String details) {
		this.audit.record(action, actor, target, details);
	}

	void changed(ContentChanged.Kind kind, long id) {
		this.events.publishEvent(new ContentChanged(kind, id));
	}

	void changed(Revision.Kind kind, long id) {
		changed((kind == Revision.Kind.POST) ? ContentChanged.Kind.POST : ContentChanged.Kind.PAGE, id);
	}

	/** How the audit trail names an item, e.g. {@code post 12 (fr) Rapport annuel}. */
	static String target(Revision.Kind kind, Editable item) {
		return kind.name().toLowerCase(Locale.ROOT) + " " + item.getId() + " (" + item.getLanguage().code() + ") "
				+ item.getTitle();
	}

}
