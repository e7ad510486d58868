package org.vigie.advocacy.tracker.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.revisions.RevisionPage;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.FormValues;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Instruments and their provisions edited in three languages: a new instrument, an
 * instrument's page with its fields, one form per provision and one for a new provision,
 * the news posts about it in each language, and the revisions every save keeps (each on a
 * read-only page of its own). A refused form comes back filled in with its problems and
 * nothing is saved.
 */
@Controller
class InstrumentController {

	private static final String NEW = TrackerAdminController.PATH + "/new";

	private static final String EDIT = TrackerAdminController.PATH + "/{code}/edit";

	private static final String PROVISIONS = TrackerAdminController.PATH + "/{code}/provisions";

	private static final String NEWS = TrackerAdminController.PATH + "/{code}/news";

	private static final int KEPT = 400;

	private final TrackerStore tracker;

	private final InstrumentEditing editing;

	private final Clock clock;

	private final SiteProperties site;

	private final RevisionPage revisionPage;

	InstrumentController(TrackerStore tracker, InstrumentEditing editing, Clock clock, SiteProperties site,
			RevisionPage revisionPage) {
		this.tracker = tracker;
		this.revisionPage = revisionPage;
		this.editing = editing;
		this.clock = clock;
		this.site = site;
	}

	@GetMapping(NEW)
	String blank(Model model) {
		return creating(model, InstrumentForm.blank(), Map.of());
	}

	@PostMapping(NEW)
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		InstrumentForm form = InstrumentForm.read(new FormValues(fields, KEPT));
		Map<String, Message> problems = form.problems(this.tracker, Optional.empty());
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return creating(model, form, problems);
		}
		this.editing.create(form, me.email(), this.clock.instant());
		return "redirect:" + TrackerAdminController.PATH + "/" + form.value("code") + "/edit?done=saved";
	}

	@GetMapping(EDIT)
	String edit(@PathVariable String code, @RequestParam(required = false) String done, Model model) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		model.addAttribute("done", done);
		return editing(model, instrument, InstrumentForm.of(instrument, this.tracker), Map.of(), null, null, Map.of());
	}

	@PostMapping(EDIT)
	String update(@PathVariable String code, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		InstrumentForm form = InstrumentForm.read(new FormValues(fields, KEPT));
		Map<String, Message> problems = form.problems(this.tracker, Optional.of(instrument));
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editing(model, instrument, form, problems, null, null, Map.of());
		}
		this.editing.update(instrument, form, me.email(), this.clock.instant());
		return "redirect:" + TrackerAdminController.PATH + "/" + code + "/edit?done=saved";
	}

	@PostMapping(PROVISIONS)
	String addProvision(@PathVariable String code, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		ProvisionForm form = ProvisionForm.read(new FormValues(fields, KEPT));
		Map<String, Message> problems = form.problems(this.tracker, instrument, Optional.empty());
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editing(model, instrument, InstrumentForm.of(instrument, this.tracker), Map.of(), "new", form,
					problems);
		}
		this.editing.addProvision(instrument, form, me.email(), this.clock.instant());
		return "redirect:" + TrackerAdminController.PATH + "/" + code + "/edit?done=saved";
	}

	@PostMapping(PROVISIONS + "/{id}")
	String updateProvision(@PathVariable String code, @PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		Provision provision = CellController.uuid(id)
			.flatMap(this.tracker::provision)
			.filter((candidate) -> candidate.instrumentId().equals(instrument.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProvisionForm form = ProvisionForm.read(new FormValues(fields, KEPT));
		Map<String, Message> problems = form.problems(this.tracker, instrument, Optional.of(provision));
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editing(model, instrument, InstrumentForm.of(instrument, this.tracker), Map.of(),
					provision.id().toString(), form, problems);
		}
		this.editing.updateProvision(instrument, provision, form, me.email(), this.clock.instant());
		return "redirect:" + TrackerAdminController.PATH + "/" + code + "/edit?done=saved";
	}

	@PostMapping(NEWS)
	String news(@PathVariable String code, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		this.editing.linkNews(instrument, fields, me.email(), this.clock.instant());
		return "redirect:" + TrackerAdminController.PATH + "/" + code + "/edit?done=saved";
	}

	/** A saved version of the instrument or of one of its provisions. */
	@GetMapping(EDIT + "/revisions/{revision}")
	String revision(@PathVariable String code, @PathVariable String revision, Model model) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		Set<UUID> provisions = this.tracker.provisions(instrument.id())
			.stream()
			.map(Provision::id)
			.collect(Collectors.toSet());
		return this.revisionPage.show(model, revision,
				(saved) -> (InstrumentEditing.INSTRUMENT.equals(saved.kind())
						&& instrument.id().equals(saved.subject()))
						|| (InstrumentEditing.PROVISION.equals(saved.kind()) && provisions.contains(saved.subject())),
				instrument.code(), TrackerAdminController.PATH + "/" + instrument.code() + "/edit");
	}

	private String creating(Model model, InstrumentForm form, Map<String, Message> problems) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("others", this.tracker.instruments());
		model.addAttribute("languages", Language.all());
		return "advocacy/tracker/admin/new";
	}

	/**
	 * The instrument's page; when a provision's form was refused, {@code refused} names
	 * it (its id, or "new") and its values and problems are shown back.
	 */
	private String editing(Model model, Instrument instrument, InstrumentForm form, Map<String, Message> problems,
			String refused, ProvisionForm refusedForm, Map<String, Message> provisionProblems) {
		List<Provision> provisions = this.tracker.provisions(instrument.id());
		model.addAttribute("instrument", instrument);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("others",
				this.tracker.instruments().stream().filter((other) -> !other.id().equals(instrument.id())).toList());
		model.addAttribute("replaced",
				(instrument.replacesId() != null) ? this.tracker.provisions(instrument.replacesId()) : List.of());
		model.addAttribute("provisions", provisions.stream()
			.map((provision) -> new ProvisionEdit(provision.id().toString(),
					provision.id().toString().equals(refused) ? refusedForm : ProvisionForm.of(provision, this.tracker),
					provision.id().toString().equals(refused) ? provisionProblems : Map.of()))
			.toList());
		model.addAttribute("newProvision",
				new ProvisionEdit("new", "new".equals(refused) ? refusedForm : blankProvision(provisions),
						"new".equals(refused) ? provisionProblems : Map.of()));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("languages", Language.all());
		model.addAttribute("news", this.editing.newsChoices(instrument));
		model.addAttribute("newsAction", TrackerAdminController.PATH + "/" + instrument.code() + "/news");
		model.addAttribute("revisions",
				this.editing.revisions(instrument)
					.stream()
					.map((revision) -> RevisionLine.of(revision, this.site.timeZone()))
					.toList());
		return "advocacy/tracker/admin/instrument";
	}

	private static ProvisionForm blankProvision(List<Provision> provisions) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		ProvisionForm.FIELDS.forEach((name) -> values.put(name, ""));
		values.put("sort_key", String.valueOf(provisions.stream().mapToInt(Provision::sortKey).max().orElse(0) + 10));
		return new ProvisionForm(values);
	}

	/**
	 * A provision's form on the instrument's page.
	 *
	 * @param key its id, or "new"
	 * @param form its values
	 * @param problems its problems by field
	 */
	record ProvisionEdit(String key, ProvisionForm form, Map<String, Message> problems) {
	}

}
