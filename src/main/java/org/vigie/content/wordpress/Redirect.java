package org.vigie.content.wordpress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An old address and its new place.
 */
@Entity
@Table(name = "content_redirect")
class Redirect {

	@Id
	@Column(name = "old_path")
	private String oldPath;

	@Column(name = "new_path", nullable = false)
	private String newPath;

	protected Redirect() {
	}

	Redirect(String oldPath, String newPath) {
		this.oldPath = oldPath;
		this.newPath = newPath;
	}

	String newPath() {
		return this.newPath;
	}

}
