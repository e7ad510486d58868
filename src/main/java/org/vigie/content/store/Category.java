package org.vigie.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.vigie.site.Language;

/**
 * A category of posts in one language; categories form a tree, and the same category in
 * other languages shares its translation key.
 */
@Entity
@Table(name = "content_category")
public class Category {

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

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Category parent;

	@Column(nullable = false)
	private int position;

	protected Category() {
	}

	public Category(String translationKey, Language language, String slug, String name) {
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

	public String getDescription() {
		return this.description;
	}

	/** Gives the category another name and address (an import updating it). */
	public void rename(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Category getParent() {
		return this.parent;
	}

	public void setParent(Category parent) {
		this.parent = parent;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}
