package org.vigie.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The person a post is signed by.
 */
@Entity
@Table(name = "content_author")
public class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "staff_id")
	private Long staffId;

	protected Author() {
	}

	public Author(String slug, String displayName) {
		this.slug = slug;
		this.displayName = displayName;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/** The staff account that signs as this author, or {@code null}. */
	public Long getStaffId() {
		return this.staffId;
	}

	public void signAs(long staffId, String displayName) {
		this.staffId = staffId;
		this.displayName = displayName;
	}

}
