package org.vigie.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vigie.site.Language;

/**
 * A free keyword of posts in one language, linked to its translations by its key.
 */
@Entity
@Table(name = "content_tag")
public class Tag {

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
	private String name;

	protected Tag() {
	}

	public Tag(String translationKey, Language language, String slug, String name) {
		this.translationKey = translationKey;
		this.language = language;
		this.slug = slug;
		this.name = name;
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

	public String getName() {
		return this.name;
	}

	/** Gives the tag another name and address (an import updating it). */
	public void rename(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

}
