package org.vigie.content.wordpress;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.media.MediaFile;

/**
 * One import in progress: the plan, the options, the report, and what each step learns
 * for the next (the new ids of terms and pages, the media made of attachments, every
 * item's slug and the old addresses with their new ones). It lives as long as the
 * import's transaction.
 */
final class ImportRun {

	final ImportPlan plan;

	/** The exported site's address, which keys everything remembered of it. */
	final String site;

	/** The start of translation keys made for this site, so two sites never share one. */
	final String keyPrefix;

	final Path uploads;

	final boolean dryRun;

	final WordPressImporter.Progress progress;

	final ImportReport report = new ImportReport();

	/** WordPress term ids to category and tag ids. */
	final Map<Long, Long> categoryIds = new HashMap<>();

	final Map<Long, Long> tagIds = new HashMap<>();

	/** WordPress term ids by {@code taxonomy:slug}, as items name their terms. */
	final Map<String, Long> termIdsBySlug = new HashMap<>();

	/** The export's categories and tags by {@code taxonomy:slug}. */
	final Map<String, Wxr.Term> termsBySlug = new HashMap<>();

	/** Old archive paths of categories and tags, and their new addresses. */
	final Map<String, String> termAddresses = new LinkedHashMap<>();

	/** WordPress attachment ids to the media made of their files. */
	final Map<Long, MediaFile> attachments = new HashMap<>();

	/** WordPress item ids to their slugs in Vigie. */
	final Map<Long, String> slugs = new HashMap<>();

	/**
	 * Old addresses of items and files (as keys of {@link ImportedAddresses}) to new
	 * ones.
	 */
	final Map<String, String> newAddresses = new HashMap<>();

	/** WordPress page ids to page ids, for placing pages under their parents. */
	final Map<Long, Long> pageIds = new HashMap<>();

	final int total;

	int done;

	ImportRun(ImportPlan plan, Path uploads, boolean dryRun, WordPressImporter.Progress progress) {
		this.plan = plan;
		this.uploads = uploads;
		this.dryRun = dryRun;
		this.progress = progress;
		this.total = (int) plan.importedCount();
		this.site = plan.site.isEmpty() ? "unknown" : plan.site;
		this.keyPrefix = "wp-" + ImportLink.checksum(this.site).substring(0, 10) + "-";
	}

	/** The translation key of a term: its Polylang group's, else its own. */
	String termKey(Wxr.Term term) {
		String group = this.plan.termGroups.get(term.id());
		return this.keyPrefix + ((group != null) ? group : "t" + term.id());
	}

	/** Counts what happened to an item of a kind, by whether it existed before. */
	void written(String kind, boolean existed) {
		if (existed) {
			this.report.updated(kind);
		}
		else {
			this.report.created(kind);
		}
	}

}
