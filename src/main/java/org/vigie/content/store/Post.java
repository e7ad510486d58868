package org.vigie.content.store;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vigie.site.Language;

/**
 * A news post in one language. Its translations share its translation key.
 */
@Entity
@EntityListeners(RenderedBodies.class)
@Table(name = "content_post")
public class Post implements Editable {

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

	private String excerpt;

	@Column(nullable = false)
	private String body;

	/** The body as readers get it, rendered when the post is saved. */
	@Column(name = "body_html")
	private String bodyHtml;

	/** The summary cards show: the excerpt, or the body's first words. */
	private String teaser;

	@Column(name = "cover_path")
	private String coverPath;

	@Column(name = "cover_alt")
	private String coverAlt;

	@Column(name = "cover_srcset")
	private String coverSrcset;

	@Column(name = "owner_id")
	private Long ownerId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	private Author author;

	@Embedded
	private Publication publication;

	@Column(nullable = false)
	private boolean featured;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@ManyToMany
	@JoinTable(name = "content_post_category", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "category_id"))
	@OrderBy("position, name")
	private Set<Category> categories = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "content_post_tag", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderBy("name")
	private Set<Tag> tags = new LinkedHashSet<>();

	protected Post() {
	}

	public Post(String translationKey, Language language, String slug, String title, String body, Instant now) {
		this.translationKey = translationKey;
		this.language = language;
		this.slug = slug;
		this.title = title;
		this.body = body;
		this.publication = Publication.draft();
		this.createdAt = now;
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

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(String excerpt) {
		this.excerpt = excerpt;
	}

	public String getBody() {
		return this.body;
	}

	/**
	 * The body as readers get it (sanitised, videos as click-to-load players), or
	 * {@code null} before the post is first saved.
	 */
	public String getBodyHtml() {
		return this.bodyHtml;
	}

	/** The plain-text summary of the post's cards, or {@code null} before it is saved. */
	public String getTeaser() {
		return this.teaser;
	}

	void rendered(String bodyHtml, String teaser) {
		this.bodyHtml = bodyHtml;
		this.teaser = teaser;
	}

	public String getCoverPath() {
		return this.coverPath;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	public String getCoverSrcset() {
		return this.coverSrcset;
	}

	/** Sets the cover image; an image without a text alternative is refused. */
	public void setCover(String path, String alt) {
		setCover(path, alt, null);
	}

	/**
	 * Sets the cover image with the responsive sizes a browser may choose from; an image
	 * without a text alternative is refused.
	 */
	public void setCover(String path, String alt, String srcset) {
		if (path != null && (alt == null || alt.isBlank())) {
			throw new IllegalArgumentException("A cover image needs a text alternative");
		}
		this.coverPath = path;
		this.coverAlt = (path != null) ? alt : null;
		this.coverSrcset = (path != null) ? srcset : null;
	}

	@Override
	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	@Override
	public String getSummary() {
		return this.excerpt;
	}

	@Override
	public void edit(String title, String slug, String summary, String body, Instant now) {
		this.title = title;
		this.slug = slug;
		this.excerpt = summary;
		this.body = body;
		this.updatedAt = now;
	}

	public Author getAuthor() {
		return this.author;
	}

	public void setAuthor(Author author) {
		this.author = author;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Category> getCategories() {
		return this.categories;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
