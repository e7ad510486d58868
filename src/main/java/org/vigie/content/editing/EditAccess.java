package org.vigie.content.editing;

import org.vigie.content.ContentPermissions;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Revision;
import org.vigie.identity.Permission;
import org.vigie.identity.StaffIdentity;

/**
 * Who may change what: an author writes and edits only their own drafts, anyone with
 * {@link ContentPermissions#EDIT_ANY} edits everything, and a change starts from the
 * version the editor opened.
 */
final class EditAccess {

	private final PostRepository posts;

	private final PageRepository pages;

	EditAccess(PostRepository posts, PageRepository pages) {
		this.posts = posts;
		this.pages = pages;
	}

	/** Whether this person may change the item at all. */
	boolean mayEdit(Editable item, StaffIdentity me) {
		if (me.can(ContentPermissions.EDIT_ANY)) {
			return true;
		}
		return item instanceof Post && me.can(ContentPermissions.WRITE_OWN) && ownedBy(item, me)
				&& item.getPublication().getStatus() == ContentStatus.DRAFT;
	}

	Post editablePost(long id, StaffIdentity me) {
		Post post = this.posts.findById(id).orElseThrow(() -> new ContentEditor.NotFound("post " + id));
		if (!mayEdit(post, me)) {
			throw new NotAllowed("edit post " + id);
		}
		return post;
	}

	Page editablePage(long id, StaffIdentity me) {
		Page page = this.pages.findById(id).orElseThrow(() -> new ContentEditor.NotFound("page " + id));
		if (!mayEdit(page, me)) {
			throw new NotAllowed("edit page " + id);
		}
		return page;
	}

	Editable editable(Revision.Kind kind, long id, StaffIdentity me) {
		return (kind == Revision.Kind.POST) ? editablePost(id, me) : editablePage(id, me);
	}

	static void require(StaffIdentity me, Permission permission) {
		if (!me.can(permission)) {
			throw new NotAllowed(permission.name());
		}
	}

	static boolean ownedBy(Editable item, StaffIdentity me) {
		return item.getOwnerId() != null && item.getOwnerId() == me.id();
	}

	/** Refuses a change made from a version someone else has since replaced. */
	static void checkVersion(Editable item, long version) {
		if (item.getVersion() != version) {
			throw new EditConflict(item.getVersion());
		}
	}

}
