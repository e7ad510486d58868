package org.vigie.content.editing;

import java.time.Clock;
import java.util.Locale;

import org.vigie.content.ContentChanged;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Revision;
import org.vigie.content.store.RevisionRepository;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

import org.springframework.context.ApplicationEventPublisher;

/**
 * What every change leaves behind: a revision of the item, an audit entry for publication
 * events, and the {@link ContentChanged} event that refreshes the site after commit.
 */
final class EditTrail {

	private final RevisionRepository revisions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EditTrail(RevisionRepository revisions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.revisions = revisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	void keepRevision(Revision.Kind kind, Editable item, StaffIdentity me, Revision.Reason reason) {
		int number = this.revisions.lastNumber(kind, item.getId()) + 1;
		this.revisions.save(new Revision(kind, item, number, me.email(), this.clock.instant(), reason));
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
