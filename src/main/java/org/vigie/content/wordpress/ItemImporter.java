package org.vigie.content.wordpress;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.vigie.content.editing.BodyPolicy;
import org.vigie.content.editing.ContentEditor;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Publication;
import org.vigie.media.MediaFile;

import org.springframework.stereotype.Component;

/**
 * The second reading of an export: each post's and page's body converted from WordPress's
 * HTML and cleaned like an editor's, then written with a checksum of what was imported;
 * once all exist, pages are placed under their parents in their menu order.
 */
@Component
class ItemImporter {

	private static final int MAX_TITLE = 300;

	private final ItemWriter writer;

	private final PageRepository pages;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entities;

	ItemImporter(ItemWriter writer, PageRepository pages, Clock clock) {
		this.writer = writer;
		this.pages = pages;
		this.clock = clock;
	}

	/** The handler of the second reading of the export. */
	Wxr.Handler bodies(ImportRun run) {
		return new Wxr.Handler() {

			@Override
			public void item(Wxr.Item item) {
				importItem(run, item);
			}

		};
	}

	private void importItem(ImportRun run, Wxr.Item item) {
		ImportPlan.Item planned = run.plan.items.get(item.id());
		if (planned == null || !planned.imported()) {
			return;
		}
		String body = body(run, item);
		if (body.length() > ContentEditor.MAX_BODY) {
			run.report.skipped(item.type() + " " + item.id() + " “" + item.title() + "”", "body too long");
			return;
		}
		String excerpt = Jsoup.parse(item.excerpt()).text();
		String key = run.keyPrefix + ((planned.group() != null) ? planned.group() : "p" + item.id());
		String checksum = checksum(run, item, planned, body, excerpt, key);
		ItemWriter.Imported imported = new ItemWriter.Imported(item, planned, titleOf(item), body,
				excerpt.isBlank() ? null : excerpt, publication(item), key, checksum);
		if ("post".equals(item.type())) {
			this.writer.post(run, imported);
		}
		else {
			this.writer.page(run, imported);
		}
		run.done++;
		if (run.done % WordPressImporter.BATCH == 0) {
			// Writes what is pending and forgets it: the import holds the plan, not the
			// content.
			this.entities.flush();
			this.entities.clear();
		}
		run.progress.done(run.done, run.total);
	}

	/** Everything imported of an item, so a second import can tell it did not change. */
	private static String checksum(ImportRun run, Wxr.Item item, ImportPlan.Item planned, String body, String excerpt,
			String key) {
		return ImportLink.checksum(String.join("|", item.title(), run.slugs.get(item.id()), item.status(),
				String.valueOf(item.dateGmt()), body, excerpt, item.terms().toString(), String.valueOf(item.parentId()),
				String.valueOf(item.menuOrder()), String.valueOf(item.sticky()), planned.language().code(), key,
				item.creator()));
	}

	/** The body in Vigie's HTML, links to the old site and its files rewritten. */
	private String body(ImportRun run, Wxr.Item item) {
		WordPressHtml.Converted converted = WordPressHtml.convert(item.content(),
				new WordPressHtml.Links((url) -> AddressPlanner.resolve(run, url),
						(id) -> Optional.ofNullable(run.attachments.get(id)).map(MediaFile::path)));
		converted.unknown()
			.forEach((code) -> run.report.skipped(item.type() + " " + item.id(), "shortcode " + code + " removed"));
		return BodyPolicy.clean(converted.html()).html();
	}

	private Publication publication(Wxr.Item item) {
		Instant now = this.clock.instant();
		return switch (item.status()) {
			case "publish", "future" -> (item.dateGmt() != null) ? Publication.publishedAt(item.dateGmt(), now)
					: new Publication(ContentStatus.PUBLISHED, now);
			default -> Publication.draft();
		};
	}

	private static String titleOf(Wxr.Item item) {
		String title = Jsoup.parse(item.title()).text().strip();
		if (title.isEmpty()) {
			title = "(" + item.type() + " " + item.id() + ")";
		}
		return (title.length() > MAX_TITLE) ? title.substring(0, MAX_TITLE) : title;
	}

	/** Parents and order of pages, once every page exists. */
	void placePages(ImportRun run) {
		for (ImportPlan.Item item : run.plan.items.values()) {
			Long id = run.pageIds.get(item.id());
			if (id == null) {
				continue;
			}
			Page page = this.pages.findById(id).orElseThrow();
			Long parentId = (item.parentId() != 0) ? run.pageIds.get(item.parentId()) : null;
			Page parent = (parentId != null) ? this.pages.findById(parentId).orElse(null) : null;
			if (parent != null && parent.getLanguage() != page.getLanguage()) {
				parent = null;
			}
			if (run.plan.menuPages.isEmpty()) {
				page.placeUnder(parent, item.menuOrder());
			}
			else {
				// The site's menus say which pages the menu shows, and in which order.
				Integer order = run.plan.menuPages.get(item.id());
				page.placeUnder(parent, (order != null) ? order : item.menuOrder());
				page.setInMenu(order != null);
			}
		}
	}

}
