package org.vigie.advocacy.watch.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.advocacy.watch.Kind;
import org.vigie.advocacy.watch.Source;
import org.vigie.advocacy.watch.Stage;
import org.vigie.advocacy.watch.WatchDeclarations;
import org.vigie.advocacy.watch.WatchRefused;
import org.vigie.advocacy.watch.WatchStore;
import org.vigie.advocacy.watch.WatchedFile;
import org.vigie.advocacy.watch.sources.SourceChecks;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.site.FormValues;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The policy watch in the back-office ({@code /admin/advocacy/watch}, for advocacy
 * officers): the watch list by deadline with overdue files first and the sources that
 * need a look, the form to create or change a file in the three languages (its position
 * papers picked from the media library, its private notes, whether it is public) with its
 * revisions, its watched addresses with what the checks found, and its news posts. Every
 * change is in the audit trail; a refused form comes back as typed with the reason and
 * nothing stored.
 */
@Controller
class WatchAdminController {

	static final String BASE = WatchDeclarations.ADMIN;

	private static final Set<String> DONE = Set.of("saved", "source", "removed", "seen", "checked", "news");

	private final WatchStore store;

	private final SourceChecks checks;

	private final Revisions revisions;

	private final NewsLinks news;

	private final MediaLibrary media;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final SiteProperties site;

	private final Clock clock;

	WatchAdminController(WatchStore store, SourceChecks checks, Revisions revisions, NewsLinks news, MediaLibrary media,
			AuditTrail audit, TransactionTemplate transactions, SiteProperties site, Clock clock) {
		this.store = store;
		this.checks = checks;
		this.revisions = revisions;
		this.news = news;
		this.media = media;
		this.audit = audit;
		this.transactions = transactions;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
		LocalDate today = today();
		List<Source> alarming = this.store.alarming();
		model.addAttribute("rows", this.store.all()
			.stream()
			.map((file) -> new Row(file, file.title(me.language()), file.overdue(today), file.dueWithin(today, 14),
					alarming.stream().filter((source) -> source.fileId().equals(file.id())).toList()))
			.toList());
		model.addAttribute("language", me.language());
		return "advocacy/watch/admin/list";
	}

	@GetMapping(BASE + "/new")
	String newFile(@AuthenticationPrincipal StaffIdentity me, Model model) {
		return form(null, WatchForm.empty(), null, me, model);
	}

	@PostMapping(BASE + "/new")
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		WatchForm form = WatchForm.from(fields);
		try {
			UUID id = this.transactions.execute((status) -> {
				UUID created = this.store.create(form.draft(), false, me.email(), this.clock.instant());
				this.audit.record(WatchDeclarations.FILE_SAVED, me.email(), "watch:" + created, "created");
				return created;
			});
			return "redirect:" + BASE + "/" + id + "?done=saved";
		}
		catch (WatchRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, refused.getMessage(), me, model);
		}
	}

	@GetMapping(BASE + "/{id}")
	String edit(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		WatchedFile file = file(id);
		model.addAttribute("done", (done != null && DONE.contains(done)) ? "advocacy.watch.admin.done." + done : null);
		return form(file, WatchForm.of(file, this.store.papers(file.id())), null, me, model);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		WatchedFile file = file(id);
		WatchForm form = WatchForm.from(fields);
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.store.update(file.id(), form.draft(), me.email(), this.clock.instant());
				this.audit.record(WatchDeclarations.FILE_SAVED, me.email(), "watch:" + file.id(), "changed");
			});
			return "redirect:" + BASE + "/" + file.id() + "?done=saved";
		}
		catch (WatchRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(file, form, refused.getMessage(), me, model);
		}
	}

	@GetMapping(BASE + "/{id}/revisions/{revisionId}")
	String revision(@PathVariable String id, @PathVariable String revisionId, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		WatchedFile file = file(id);
		Revisions.Revision revision = uuid(revisionId).flatMap(this.revisions::revision)
			.filter((one) -> WatchStore.KIND.equals(one.kind()) && file.id().equals(one.subject()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("file", file);
		model.addAttribute("revision", revision);
		model.addAttribute("title", file.title(me.language()));
		model.addAttribute("zone", this.site.timeZone());
		return "advocacy/watch/admin/revision";
	}

	@PostMapping(BASE + "/{id}/sources")
	String addSource(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		WatchedFile file = file(id);
		FormValues values = new FormValues(fields, 2000);
		try {
			this.transactions.executeWithoutResult((status) -> {
				UUID source = this.store.addSource(file.id(), values.text("address"), values.text("selector"), true,
						this.clock.instant());
				this.audit.record(WatchDeclarations.SOURCE_ADDED, me.email(), "watch-source:" + source,
						"address added");
			});
			return "redirect:" + BASE + "/" + file.id() + "?done=source";
		}
		catch (WatchRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("sourceAddress", values.text("address"));
			model.addAttribute("sourceSelector", values.text("selector"));
			return form(file, WatchForm.of(file, this.store.papers(file.id())), refused.getMessage(), me, model);
		}
	}

	@PostMapping(BASE + "/{id}/sources/{sourceId}/remove")
	String removeSource(@PathVariable String id, @PathVariable String sourceId,
			@AuthenticationPrincipal StaffIdentity me) {
		WatchedFile file = file(id);
		UUID source = source(file, sourceId);
		this.transactions.executeWithoutResult((status) -> {
			this.store.removeSource(file.id(), source);
			this.audit.record(WatchDeclarations.SOURCE_REMOVED, me.email(), "watch-source:" + source,
					"address removed");
		});
		return "redirect:" + BASE + "/" + file.id() + "?done=removed";
	}

	@PostMapping(BASE + "/{id}/sources/{sourceId}/seen")
	String seen(@PathVariable String id, @PathVariable String sourceId, @AuthenticationPrincipal StaffIdentity me) {
		WatchedFile file = file(id);
		UUID source = source(file, sourceId);
		this.transactions.executeWithoutResult((status) -> {
			if (this.store.markSeen(file.id(), source)) {
				this.audit.record(WatchDeclarations.SOURCE_CHECKED, me.email(), "watch-source:" + source,
						"change seen");
			}
		});
		return "redirect:" + BASE + "/" + file.id() + "?done=seen";
	}

	@PostMapping(BASE + "/{id}/sources/{sourceId}/check")
	String checkNow(@PathVariable String id, @PathVariable String sourceId, @AuthenticationPrincipal StaffIdentity me) {
		WatchedFile file = file(id);
		UUID source = source(file, sourceId);
		this.checks.check(source);
		this.audit.record(WatchDeclarations.SOURCE_CHECKED, me.email(), "watch-source:" + source, "checked now");
		return "redirect:" + BASE + "/" + file.id() + "?done=checked";
	}

	@PostMapping(BASE + "/{id}/news")
	String linkNews(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me) {
		WatchedFile file = file(id);
		this.transactions.executeWithoutResult((status) -> {
			for (Language language : Language.all()) {
				List<String> paths = Optional.ofNullable(fields.get("post_" + language.code()))
					.orElse(List.of())
					.stream()
					.limit(50)
					.toList();
				this.news.link(WatchStore.KIND, file.id(), language, paths);
			}
			this.audit.record(WatchDeclarations.FILE_SAVED, me.email(), "watch:" + file.id(), "news linked");
		});
		return "redirect:" + BASE + "/" + file.id() + "?done=news";
	}

	private String form(WatchedFile file, WatchForm form, String problem, StaffIdentity me, Model model) {
		Language language = me.language();
		model.addAttribute("file", file);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("languages", Language.all());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("documents",
				this.media.recent().stream().filter((item) -> item.kind() == MediaFile.Kind.DOCUMENT).toList());
		model.addAttribute("action", (file != null) ? BASE + "/" + file.id() : BASE + "/new");
		model.addAttribute("title", (file != null) ? file.title(language) : null);
		model.addAttribute("language", language);
		model.addAttribute("zone", this.site.timeZone());
		if (file != null) {
			model.addAttribute("sources", this.store.sources(file.id()));
			model.addAttribute("revisions", this.revisions.of(WatchStore.KIND, file.id()));
			model.addAttribute("publicPath", file.shownPublic()
					? AdvocacyPaths.of(AdvocacyPaths.Area.WATCH, language) + "/" + file.slug() : null);
			model.addAttribute("newsChoices",
					Language.all()
						.stream()
						.collect(java.util.stream.Collectors.toMap((one) -> one, this.news::choices, (a, b) -> a,
								() -> new java.util.EnumMap<>(Language.class))));
			model.addAttribute("newsLinked",
					Language.all()
						.stream()
						.collect(java.util.stream.Collectors.toMap((one) -> one,
								(one) -> this.news.paths(WatchStore.KIND, file.id(), one), (a, b) -> a,
								() -> new java.util.EnumMap<>(Language.class))));
		}
		if (!model.containsAttribute("sourceAddress")) {
			model.addAttribute("sourceAddress", "");
			model.addAttribute("sourceSelector", "");
		}
		return "advocacy/watch/admin/file";
	}

	private LocalDate today() {
		return this.clock.instant().atZone(this.site.timeZone()).toLocalDate();
	}

	private WatchedFile file(String id) {
		return uuid(id).flatMap(this.store::file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private UUID source(WatchedFile file, String id) {
		return uuid(id).flatMap(this.store::source)
			.filter((source) -> source.fileId().equals(file.id()))
			.map(Source::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * One file on the watch list.
	 *
	 * @param file the file
	 * @param title its title in the staff member's language
	 * @param overdue whether its deadline passed while it is open
	 * @param dueSoon whether its deadline is in the next 14 days
	 * @param alarming its watched addresses that need a look
	 */
	record Row(WatchedFile file, String title, boolean overdue, boolean dueSoon, List<Source> alarming) {
	}

}
