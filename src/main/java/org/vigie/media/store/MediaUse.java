package org.vigie.media.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of another module that shows a media file, such as {@code content:post:12}.
 */
@Entity
@Table(name = "media_usage")
public class MediaUse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "media_id", nullable = false)
	private long mediaId;

	@Column(name = "used_by", nullable = false)
	private String usedBy;

	protected MediaUse() {
	}

	public MediaUse(long mediaId, String usedBy) {
		this.mediaId = mediaId;
		this.usedBy = usedBy;
	}

	public long getMediaId() {
		return this.mediaId;
	}

	public String getUsedBy() {
		return this.usedBy;
	}

}
