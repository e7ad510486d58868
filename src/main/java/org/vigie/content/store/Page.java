package org.vigie.content.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vigie.site.Language;

/**
 * A page of the site in one language (who we are, advocacy, a campaign…). Pages form an
 * ordered tree that is the site's navigation; a page may be divided into sections.
 */
@Entity
@EntityListeners(RenderedBodies.class)
@Table(name = "content_page")
public class Page implements Editable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "translation_key", nullable = false)
	private String translationKey;

	@Column(name = "lang", nullable = false)
	private Language language;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	private String summary;

	@Column(nullable = false)
	private String body;

	/** The body as readers get it, rendered when the page is saved. */
	@Column(name = "body_html")
	private String bodyHtml;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Page parent;

	@Column(nullable = false)
	private int position;

	@Column(name = "in_menu", nullable = false)
	private boolean inMenu = true;

	@Column(name = "owner_id")
	private Long ownerId;

	@Embedded
	private Publication publication;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "page", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PageSection> sections = new ArrayList<>();

	protected Page() {
	}

	public Page(String translationKey, Language language, String slug, String title, String body, Instant now) {
		this.translationKey = translationKey;
		this.language = language;
		this.slug = slug;
		this.title = title;
		this.body = body;
		this.publication = Publication.draft();
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getTranslationKey() {
		return this.translationKey;
	}

	public Language getLanguage() {
		return this.language;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	/** The body as readers get it, or {@code null} before the page is first saved. */
	public String getBodyHtml() {
		return this.bodyHtml;
	}

	void rendered(String bodyHtml) {
		this.bodyHtml = bodyHtml;
	}

	public Page getParent() {
		return this.parent;
	}

	/** Places the page under {@code parent} (same language only) at {@code position}. */
	public void placeUnder(Page parent, int position) {
		if (parent != null && parent.getLanguage() != this.language) {
			throw new IllegalArgumentException("A page's parent must be in the same language");
		}
		this.parent = parent;
		this.position = position;
	}

	public int getPosition() {
		return this.position;
	}

	/** Moves the page among its siblings, keeping its parent. */
	public void moveTo(int position) {
		this.position = position;
	}

	/** Whether the page appears in its language's main menu (when its parent does). */
	public boolean isInMenu() {
		return this.inMenu;
	}

	public void setInMenu(boolean inMenu) {
		this.inMenu = inMenu;
	}

	@Override
	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	@Override
	public void edit(String title, String slug, String summary, String body, Instant now) {
		this.title = title;
		this.slug = slug;
		this.summary = summary;
		this.body = body;
		this.updatedAt = now;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<PageSection> getSections() {
		return this.sections;
	}

	public void addSection(String anchor, String heading, String body) {
		this.sections.add(new PageSection(this, this.sections.size(), anchor, heading, body));
	}

}
