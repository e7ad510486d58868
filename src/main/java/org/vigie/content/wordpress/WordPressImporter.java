package org.vigie.content.wordpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vigie.content.ContentChanged;
import org.vigie.content.search.SearchIndexer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export: categories (with parents), tags, authors, posts and pages
 * (with parents and order), in their languages and linked to their translations as
 * Polylang grouped them, with their statuses, GMT dates, excerpts and sticky flags.
 * <p>
 * The file is read twice as a stream: once to plan (languages, translation groups,
 * addresses), once to import bodies, so memory holds the plan, never the content. The
 * import runs in one transaction: a failure, or a dry run, leaves the database as it was.
 * Every item is remembered by its WordPress id with a checksum, so importing the same
 * export again changes nothing and a newer export updates what changed.
 * <p>
 * Each step is a class of its own: {@link ImportPlan} (the first reading),
 * {@link TermImporter}, {@link AttachmentImporter}, {@link AddressPlanner},
 * {@link ItemImporter} and {@link ItemWriter} (the second reading),
 * {@link RedirectWriter}; what they learn for each other is kept in the
 * {@link ImportRun}.
 */
@Service
public class WordPressImporter {

	/**
	 * Items written between two flushes of the persistence context, so memory stays
	 * bounded.
	 */
	static final int BATCH = 100;

	private static final int READ_BUFFER = 1 << 16;

	private final TermImporter terms;

	private final AttachmentImporter attachments;

	private final AddressPlanner addresses;

	private final ItemImporter items;

	private final RedirectWriter redirects;

	private final TransactionTemplate transactions;

	private final SearchIndexer indexer;

	private final ApplicationEventPublisher events;

	private final Language defaultLanguage;

	WordPressImporter(TermImporter terms, AttachmentImporter attachments, AddressPlanner addresses, ItemImporter items,
			RedirectWriter redirects, PlatformTransactionManager transactions, SearchIndexer indexer,
			ApplicationEventPublisher events, SiteProperties site) {
		this.terms = terms;
		this.attachments = attachments;
		this.addresses = addresses;
		this.items = items;
		this.redirects = redirects;
		this.transactions = new TransactionTemplate(transactions);
		this.indexer = indexer;
		this.events = events;
		this.defaultLanguage = site.defaultLanguage();
	}

	/**
	 * Imports an export file.
	 * @param file the WXR file
	 * @param dryRun whether to report only, writing nothing
	 * @return what was imported and what was skipped
	 * @throws WxrException when the file cannot be read; nothing was written
	 */
	public ImportReport run(Path file, boolean dryRun) {
		return run(file, null, dryRun, (done, total) -> {
		});
	}

	/**
	 * Imports an export file, with the files of {@code wp-content/uploads} when a local
	 * copy is given.
	 * @param file the WXR file
	 * @param uploads the local copy of {@code wp-content/uploads}, or {@code null}
	 * @param dryRun whether to report only, writing nothing
	 * @param progress told how many items are done out of how many
	 * @return what was imported and what was skipped
	 * @throws WxrException when the file cannot be read; nothing was written
	 */
	public ImportReport run(Path file, Path uploads, boolean dryRun, Progress progress) {
		ImportPlan plan = new ImportPlan(this.defaultLanguage);
		read(file, plan);
		ImportReport report = this.transactions.execute((status) -> {
			ImportReport result = apply(new ImportRun(plan, uploads, dryRun, progress), file);
			if (dryRun) {
				result.dryRun();
				status.setRollbackOnly();
			}
			else {
				this.events.publishEvent(new ContentChanged(ContentChanged.Kind.TAXONOMY, 0));
			}
			return result;
		});
		if (!dryRun) {
			this.indexer.rebuild();
		}
		return report;
	}

	/** Told how far an import is. */
	@FunctionalInterface
	public interface Progress {

		void done(int items, int total);

	}

	private ImportReport apply(ImportRun run, Path file) {
		this.terms.importTerms(run);
		this.attachments.importAttachments(run);
		this.addresses.planAddresses(run);
		read(file, this.items.bodies(run));
		this.items.placePages(run);
		this.redirects.writeRedirects(run);
		reportSkipped(run);
		return run.report;
	}

	/** Items of other types and statuses, and menu entries that are not pages. */
	private static void reportSkipped(ImportRun run) {
		run.plan.items.values()
			.stream()
			.filter((item) -> !item.imported() && !"attachment".equals(item.type()))
			.forEach((item) -> run.report.skipped(item.type() + " " + item.id() + " “" + item.title() + "”",
					("post".equals(item.type()) || "page".equals(item.type())) ? "status " + item.status()
							: "type " + item.type() + " is not imported"));
		run.plan.otherMenuEntries.forEach((entry) -> run.report.skipped(entry,
				"Vigie's menus hold the page tree and the news; links to other addresses are not kept"));
	}

	private static void read(Path file, Wxr.Handler handler) {
		try (InputStream input = Files.newInputStream(file)) {
			new WxrReader().read(new BufferedInputStream(input, READ_BUFFER), handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
