package org.vigie.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A titled part of a page, reachable by its anchor and listed in the page's table of
 * contents.
 */
@Entity
@EntityListeners(RenderedBodies.class)
@Table(name = "content_page_section")
public class PageSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "page_id")
	private Page page;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String anchor;

	@Column(nullable = false)
	private String heading;

	@Column(nullable = false)
	private String body;

	/** The body as readers get it, rendered when the section is saved. */
	@Column(name = "body_html")
	private String bodyHtml;

	protected PageSection() {
	}

	PageSection(Page page, int position, String anchor, String heading, String body) {
		this.page = page;
		this.position = position;
		this.anchor = anchor;
		this.heading = heading;
		this.body = body;
	}

	public int getPosition() {
		return this.position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	/** The body as readers get it, or {@code null} before the section is first saved. */
	public String getBodyHtml() {
		return this.bodyHtml;
	}

	Page getPage() {
		return this.page;
	}

	void rendered(String bodyHtml) {
		this.bodyHtml = bodyHtml;
	}

}
