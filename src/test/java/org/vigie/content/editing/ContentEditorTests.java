package org.vigie.content.editing;

import java.io.IOException;
import java.util.Set;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.content.ContentPaths;
import org.vigie.site.ReservedWords;
import org.vigie.site.TopLevelWords;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.content.ContentAudit;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Revision;
import org.vigie.identity.Role;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.media.TestImages;
import org.vigie.media.store.MediaStorage;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The editing service on a real database: drafts, slugs, versions, permissions, scheduled
 * publication, translations and revisions.
 */
@DatabaseTest
@Import({ ContentEditor.class, MediaLibrary.class, MediaUsage.class, HashChainedAuditTrail.class, TinkServerKeys.class,
		ContentEditorTests.Setup.class })
class ContentEditorTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@org.springframework.context.annotation.Primary
		TestClock testClock() {
			return new TestClock(NOW);
		}

		@Bean
		SiteProperties siteProperties() {
			return new SiteProperties(null, null, null, null, null);
		}

		/**
		 * Content's words, the site's, and a word of the reporting line's, as the modules
		 * declare them.
		 */
		@Bean
		ReservedWords reservedWords() {
			return new ReservedWords(List.of(
					TopLevelWords.of("content", ContentPaths.topLevelWords(Language.FR),
							ContentPaths.topLevelWords(Language.NL), ContentPaths.topLevelWords(Language.EN)),
					TopLevelWords.everywhere("site", "admin", "media"),
					TopLevelWords.of("reporting", Set.of("signaler"), Set.of("melden"), Set.of("report"))));
		}

		@Bean
		MediaStorage mediaStorage() throws IOException {
			return MediaStorage.onDisk(Files.createTempDirectory("vigie-media"));
		}

	}

	private final Staff editor = Staff.of(1, Role.EDITOR);

	private final Staff author = Staff.of(2, Role.AUTHOR);

	private final Staff otherAuthor = Staff.of(3, Role.AUTHOR);

	@Autowired
	private ContentEditor content;

	@Autowired
	private PostRepository posts;

	@Autowired
	private AuditEntryRepository audit;

	@Autowired
	private TestClock clock;

	@Autowired
	private MediaLibrary library;

	@Autowired
	private MediaUsage usage;

	private static PostForm form(String title, String slug, String body) {
		return new PostForm(title, slug, "", body, "", "", List.of(), "", false);
	}

	@Test
	void writesADraftWithASlugFromItsTitleAndAFirstRevision() {
		Post post = this.content.createPost(Language.FR, form("Été : nouvelles formations", "", "<p>Texte</p>"),
				this.author);

		assertThat(post.getSlug()).isEqualTo("ete-nouvelles-formations");
		assertThat(post.getPublication().getStatus()).isEqualTo(ContentStatus.DRAFT);
		assertThat(post.getAuthor().getDisplayName()).isEqualTo("AUTHOR 2");
		assertThat(this.content.revisions(Revision.Kind.POST, post.getId())).extracting(Revision::getReason)
			.containsExactly(Revision.Reason.CREATED);
	}

	@Test
	void numbersGeneratedSlugsButRefusesATypedDuplicate() {
		this.content.createPost(Language.FR, form("Rapport annuel", "", "<p>a</p>"), this.editor);
		Post second = this.content.createPost(Language.FR, form("Rapport annuel", "", "<p>b</p>"), this.editor);
		Post dutch = this.content.createPost(Language.NL, form("Rapport annuel", "", "<p>c</p>"), this.editor);

		assertThat(second.getSlug()).isEqualTo("rapport-annuel-2");
		assertThat(dutch.getSlug()).isEqualTo("rapport-annuel");
		long before = this.posts.count();
		assertThatThrownBy(
				() -> this.content.createPost(Language.FR, form("Autre", "rapport-annuel", "<p>d</p>"), this.editor))
			.isInstanceOfSatisfying(EditProblems.class,
					(ex) -> assertThat(ex.problems()).containsEntry("slug", "edit.error.slugTaken"));
		assertThat(this.posts.count()).isEqualTo(before);
	}

	@Test
	void refusesA5MegabyteBodyAndKeepsThePostAsItWas() {
		Post post = this.content.createPost(Language.FR, form("Court", "", "<p>Court</p>"), this.editor);
		String huge = "<p>" + "x".repeat(5 * 1024 * 1024) + "</p>";

		assertThatThrownBy(
				() -> this.content.updatePost(post.getId(), post.getVersion(), form("Long", "", huge), this.editor))
			.isInstanceOfSatisfying(EditProblems.class,
					(ex) -> assertThat(ex.problems()).containsEntry("body", "edit.error.bodyLength"));
		Post unchanged = this.posts.findById(post.getId()).orElseThrow();
		assertThat(unchanged.getTitle()).isEqualTo("Court");
		assertThat(unchanged.getBody()).isEqualTo("<p>Court</p>");
	}

	@Test
	void cleansTheBodyAtSave() {
		Post post = this.content.createPost(Language.FR,
				form("Sûr", "", "<p onclick=\"steal()\">Texte</p><script>alert(1)</script>"), this.editor);

		assertThat(post.getBody()).isEqualTo("<p>Texte</p>");
	}

	@Test
	void twoEditorsSavingTheSameVersionNeverOverwriteEachOther() {
		Post post = this.content.createPost(Language.FR, form("Original", "", "<p>v1</p>"), this.editor);
		long opened = post.getVersion();
		this.content.updatePost(post.getId(), opened, form("Version d’Alice", "", "<p>Alice</p>"), this.editor);

		assertThatThrownBy(() -> this.content.updatePost(post.getId(), opened, form("Version de Bob", "", "<p>Bob</p>"),
				this.editor))
			.isInstanceOf(EditConflict.class);
		assertThat(this.posts.findById(post.getId()).orElseThrow().getTitle()).isEqualTo("Version d’Alice");
	}

	@Test
	void aTopLevelPageCannotTakeAnAddressWordAnyModuleReserved() {
		for (String word : List.of("signaler", "actualites", "admin")) {
			assertThatThrownBy(() -> this.content.createPage(Language.FR,
					new PageForm("Page " + word, word, "", "<p>x</p>", null, true), this.editor))
				.as(word)
				.isInstanceOfSatisfying(EditProblems.class,
						(ex) -> assertThat(ex.problems()).containsEntry("slug", "edit.error.slugReserved"));
		}
		assertThat(this.content
			.createPage(Language.NL, new PageForm("Signaler", "", "", "<p>x</p>", null, true), this.editor)
			.getSlug()).as("a French word is free in Dutch").isEqualTo("signaler");
		assertThat(this.content
			.createPage(Language.FR, new PageForm("Signaler", "", "", "<p>x</p>", null, true), this.editor)
			.getSlug()).as("a slug made from a title steps aside").isEqualTo("signaler-1");
	}

	@Test
	void authorsWriteOnlyTheirOwnDraftsAndCannotPublish() {
		Post mine = this.content.createPost(Language.FR, form("Le mien", "", "<p>a</p>"), this.author);

		assertThatThrownBy(() -> this.content.updatePost(mine.getId(), mine.getVersion(), form("Pris", "", "<p>b</p>"),
				this.otherAuthor))
			.isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> this.content.publish(Revision.Kind.POST, mine.getId(), mine.getVersion(), this.author))
			.isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> this.content.createPage(Language.FR,
				new PageForm("Page", "", "", "<p>x</p>", null, true), this.author))
			.isInstanceOf(NotAllowed.class);

		this.content.publish(Revision.Kind.POST, mine.getId(), mine.getVersion(), this.editor);
		Post published = this.posts.findById(mine.getId()).orElseThrow();
		assertThatThrownBy(() -> this.content.updatePost(published.getId(), published.getVersion(),
				form("Après publication", "", "<p>c</p>"), this.author))
			.isInstanceOf(NotAllowed.class);
	}

	@Test
	void schedulesForTomorrowAndTheJobPublishesWhenTheTimeComes() {
		Post post = this.content.createPost(Language.FR, form("Demain", "", "<p>a</p>"), this.editor);
		Instant tomorrowNine = Instant.parse("2026-11-23T08:00:00Z");

		this.content.schedule(Revision.Kind.POST, post.getId(), post.getVersion(), tomorrowNine, this.editor);
		assertThat(this.content.publishDue()).isZero();
		assertThat(this.posts.findById(post.getId()).orElseThrow().getPublication().isPublicAt(NOW)).isFalse();

		this.clock.set(tomorrowNine);
		assertThat(this.content.publishDue()).isEqualTo(1);
		Post published = this.posts.findById(post.getId()).orElseThrow();
		assertThat(published.getPublication().getStatus()).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(published.getPublication().getPublishedAt()).isEqualTo(tomorrowNine);
		assertThat(this.audit.search(ContentAudit.PUBLISHED, null, null, null, PageRequest.of(0, 10)).getContent())
			.extracting((entry) -> entry.getActor() + " " + entry.getDetails())
			.containsExactly("system as scheduled", this.editor.email() + " scheduled for 2026-11-23 09:00");
	}

	@Test
	void refusesToScheduleInThePast() {
		Post post = this.content.createPost(Language.FR, form("Hier", "", "<p>a</p>"), this.editor);

		assertThatThrownBy(() -> this.content.schedule(Revision.Kind.POST, post.getId(), post.getVersion(),
				NOW.minus(Duration.ofMinutes(1)), this.editor))
			.isInstanceOf(EditProblems.class);
		assertThat(this.posts.findById(post.getId()).orElseThrow().getPublication().getStatus())
			.isEqualTo(ContentStatus.DRAFT);
	}

	@Test
	void translatingPrefillsADraftLinkedToTheSource() {
		Post french = this.content.createPost(Language.FR, form("Nos formations", "", "<p>Texte français</p>"),
				this.editor);

		Post dutch = this.content.translatePost(french.getId(), Language.NL, this.editor);
		Post again = this.content.translatePost(french.getId(), Language.NL, this.editor);

		assertThat(dutch.getTranslationKey()).isEqualTo(french.getTranslationKey());
		assertThat(dutch.getLanguage()).isEqualTo(Language.NL);
		assertThat(dutch.getBody()).isEqualTo("<p>Texte français</p>");
		assertThat(dutch.getPublication().getStatus()).isEqualTo(ContentStatus.DRAFT);
		assertThat(again.getId()).isEqualTo(dutch.getId());
	}

	@Test
	void restoresAnOlderRevisionAsANewOne() {
		Post post = this.content.createPost(Language.FR, form("Premier titre", "", "<p>Premier texte</p>"),
				this.editor);
		Post edited = this.content.updatePost(post.getId(), post.getVersion(),
				form("Second titre", "", "<p>Second texte</p>"), this.editor);

		this.content.restore(Revision.Kind.POST, post.getId(), 1, edited.getVersion(), this.editor);

		Post restored = this.posts.findById(post.getId()).orElseThrow();
		assertThat(restored.getTitle()).isEqualTo("Premier titre");
		assertThat(restored.getBody()).isEqualTo("<p>Premier texte</p>");
		assertThat(this.content.revisions(Revision.Kind.POST, post.getId())).extracting(Revision::getReason)
			.containsExactly(Revision.Reason.RESTORED, Revision.Reason.SAVED, Revision.Reason.CREATED);
		assertThat(this.audit.search(ContentAudit.RESTORED, null, null, null, PageRequest.of(0, 10)).getContent())
			.hasSize(1);
	}

	@Test
	void deletesWithItsRevisionsAndRecordsIt() {
		Post post = this.content.createPost(Language.FR, form("À supprimer", "", "<p>a</p>"), this.editor);

		this.content.delete(Revision.Kind.POST, post.getId(), post.getVersion(), this.editor);

		assertThat(this.posts.findById(post.getId())).isEmpty();
		assertThat(this.content.revisions(Revision.Kind.POST, post.getId())).isEmpty();
		assertThat(this.audit.search(ContentAudit.DELETED, null, null, null, PageRequest.of(0, 10)).getContent())
			.hasSize(1);
	}

	@Test
	void keepsACoverFromBeforeTheMediaLibraryButRefusesAnUnknownOne() {
		Post post = this.content.createPost(Language.FR, form("Ancien", "", "<p>a</p>"), this.editor);
		post.setCover("/demo/blue-heart.svg", "Un cœur bleu");
		PostForm keep = new PostForm("Ancien", "", "", "<p>b</p>", "/demo/blue-heart.svg", "Un cœur bleu", List.of(),
				"", false);

		Post saved = this.content.updatePost(post.getId(), post.getVersion(), keep, this.editor);

		assertThat(saved.getCoverPath()).isEqualTo("/demo/blue-heart.svg");
		PostForm other = new PostForm("Ancien", "", "", "<p>c</p>", "/demo/other.svg", "Autre", List.of(), "", false);
		assertThatThrownBy(() -> this.content.updatePost(post.getId(), saved.getVersion(), other, this.editor))
			.isInstanceOfSatisfying(EditProblems.class,
					(ex) -> assertThat(ex.problems()).containsEntry("cover", "edit.error.cover"));
	}

	@Test
	void addsCategoriesWithUniqueAddressesAndLinksTranslations() {
		var french = this.content.createCategory(Language.FR, "Éducation aux médias", "", null, null, this.editor);
		var dutch = this.content.createCategory(Language.NL, "Mediaopvoeding", "", null, french.getId(), this.editor);

		assertThat(french.getSlug()).isEqualTo("education-aux-medias");
		assertThat(dutch.getTranslationKey()).isEqualTo(french.getTranslationKey());
		assertThatThrownBy(
				() -> this.content.createCategory(Language.FR, "Éducation aux médias", "", null, null, this.editor))
			.isInstanceOfSatisfying(EditProblems.class,
					(ex) -> assertThat(ex.problems()).containsEntry("slug", "edit.error.slugTaken"));
		assertThatThrownBy(
				() -> this.content.createCategory(Language.NL, "Nog een", "", null, french.getId(), this.editor))
			.isInstanceOfSatisfying(EditProblems.class,
					(ex) -> assertThat(ex.problems()).containsEntry("translationOf", "edit.error.translationOf"));
		assertThatThrownBy(() -> this.content.createCategory(Language.FR, "Auteur", "", null, null, this.author))
			.isInstanceOf(NotAllowed.class);
	}

	@Test
	void theMediaLibraryKnowsWhichPostsShowAFileUntilTheyAreDeleted() {
		MediaFile cover = this.library.upload("classe.jpg", TestImages.jpeg(800, 600), "e");
		MediaFile report = this.library.upload("rapport.pdf", TestImages.pdf(), "e");
		MediaFile unused = this.library.upload("autre.jpg", TestImages.jpeg(640, 480), "e");
		PostForm form = new PostForm("Illustré", "", "", "<p><a href=\"" + report.path() + "\">Le rapport</a></p>",
				cover.path(), "Une classe", List.of(), "", false);

		Post post = this.content.createPost(Language.FR, form, this.editor);

		String user = ContentEditor.mediaUser(Revision.Kind.POST, post.getId());
		assertThat(this.usage.usersOf(cover.id())).containsExactly(user);
		assertThat(this.usage.usersOf(report.id())).containsExactly(user);
		assertThat(this.usage.usersOf(unused.id())).isEmpty();
		this.content.delete(Revision.Kind.POST, post.getId(), post.getVersion(), this.editor);
		assertThat(this.usage.usersOf(cover.id())).isEmpty();
	}

}
