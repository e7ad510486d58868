package org.vigie.identity.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.SiteTest;
import org.vigie.content.editing.ContentEditor;
import org.vigie.content.store.Revision;
import org.vigie.identity.Role;
import org.vigie.identity.staff.Invitations;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.TestImages;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services check permissions themselves: called directly, without the back-office's
 * address rules in front, they refuse a person whose role does not allow the change.
 */
@SiteTest
class MethodSecurityTest {

	@Autowired
	private ContentEditor editor;

	@Autowired
	private MediaLibrary media;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private Invitations invitations;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@WithMockUser(username = "author@example.org", authorities = { "PERM_CONTENT_WRITE_OWN", "PERM_MEDIA_UPLOAD" })
	void anAuthorCannotPublishNorEditPagesOrCategories() {
		assertThatThrownBy(() -> this.editor.publish(Revision.Kind.POST, 1, 0, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.editor.delete(Revision.Kind.POST, 1, 0, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.editor.createPage(Language.FR, null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.editor.createCategory(Language.FR, "x", "x", null, null, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "reader@example.org", authorities = "PERM_AUDIT_READ")
	void someoneWithoutContentOrMediaPermissionsWritesNothing() {
		assertThatThrownBy(() -> this.editor.createPost(Language.FR, null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.editor.updatePost(1, 0, null, null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.media.upload("a.jpg", TestImages.jpeg(40, 30), "reader@example.org"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "editor@example.org",
			authorities = { "PERM_CONTENT_WRITE_OWN", "PERM_CONTENT_EDIT_ANY", "PERM_CONTENT_PUBLISH" })
	void onlyStaffManagersAdministerStaff() {
		assertThatThrownBy(() -> this.accounts.all()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.changeRoles(1, Set.of(Role.ADMINISTRATOR), "editor@example.org"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.setEnabled(1, false, "editor@example.org"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.invitations.invite("new@example.org", Set.of(Role.ADMINISTRATOR), Language.FR,
				"editor@example.org"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "manager@example.org", authorities = "PERM_STAFF_MANAGE")
	void aStaffManagerListsTheStaff() {
		assertThat(this.accounts.all()).isNotNull();
	}

	@Test
	void anAuthorDescribesOnlyTheirOwnImages() {
		signIn("editor@example.org", "PERM_MEDIA_UPLOAD", "PERM_MEDIA_DESCRIBE_ANY");
		MediaFile editors = this.media.upload("editor.jpg", TestImages.jpeg(61, 41), "editor@example.org");
		signIn("author@example.org", "PERM_MEDIA_UPLOAD");
		MediaFile authors = this.media.upload("author.jpg", TestImages.jpeg(63, 43), "author@example.org");

		assertThat(this.media.describe(authors.id(), Map.of(Language.FR, "Mon image")).alt(Language.FR))
			.isEqualTo("Mon image");
		assertThatThrownBy(() -> this.media.describe(editors.id(), Map.of(Language.FR, "Pas la mienne")))
			.isInstanceOf(AccessDeniedException.class);
		this.media.describeWhereMissing(editors.id(), Language.NL, "Niet de mijne");
		assertThat(this.media.find(editors.id()).orElseThrow().alt(Language.NL)).isNull();

		signIn("editor@example.org", "PERM_MEDIA_UPLOAD", "PERM_MEDIA_DESCRIBE_ANY");
		assertThat(this.media.describe(authors.id(), Map.of(Language.EN, "Their image")).alt(Language.EN))
			.isEqualTo("Their image");
	}

	private static void signIn(String email, String... authorities) {
		TestingAuthenticationToken person = new TestingAuthenticationToken(email, null, authorities);
		person.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(person);
	}

}
