package org.vigie.advocacy.projects.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.networks.demo.DemoNetworks;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.advocacy.projects.FigureDraft;
import org.vigie.advocacy.projects.FigureSource;
import org.vigie.advocacy.projects.FigureStore;
import org.vigie.advocacy.projects.PartnerRole;
import org.vigie.advocacy.projects.ProjectDraft;
import org.vigie.advocacy.projects.ProjectStatus;
import org.vigie.advocacy.projects.ProjectStore;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.site.Language;

/**
 * Loads the demo networks and projects ({@code advocacy/demo/projects.yaml}) once the
 * application is ready, unless {@code vigie.demo.enabled=false}: the five projects with
 * their partners, countries, figures (the Golondrina ones are the project's own, the
 * others flagged illustrative) and their news posts. Nothing is loaded when the first
 * project is there; no email is sent.
 */
@Component
class DemoProjects {

	static final String LOCATION = "advocacy/demo/projects.yaml";

	private final DemoNetworks networks;

	private final ProjectStore projects;

	private final FigureStore figures;

	private final OrganisationStore organisations;

	private final NewsLinks news;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoProjects(DemoNetworks networks, ProjectStore projects, FigureStore figures, OrganisationStore organisations,
			NewsLinks news, TransactionTemplate transactions, Clock clock,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.networks = networks;
		this.projects = projects;
		this.figures = figures;
		this.organisations = organisations;
		this.news = news;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			this.transactions.executeWithoutResult((status) -> this.networks.load());
			load();
		}
	}

	/** Loads the demo projects unless they are there; whether it did. */
	@SuppressWarnings("unchecked")
	boolean load() {
		List<Map<String, Object>> all = (List<Map<String, Object>>) read().get("projects");
		if (this.projects.byCode((String) all.get(0).get("code")).isPresent()) {
			return false;
		}
		this.transactions.executeWithoutResult((status) -> all.forEach(this::create));
		return true;
	}

	@SuppressWarnings("unchecked")
	private void create(Map<String, Object> project) {
		Organisation own = this.organisations.own().orElseThrow();
		List<ProjectDraft.PartnerDraft> partners = new ArrayList<>();
		for (Map<String, Object> partner : (List<Map<String, Object>>) project.get("partners")) {
			String slug = (String) partner.get("organisation");
			UUID id = DemoNetworks.OWN.equals(slug) ? own.id() : this.organisations.bySlug(slug).orElseThrow().id();
			partners.add(new ProjectDraft.PartnerDraft(id, PartnerRole.valueOf((String) partner.get("role"))));
		}
		Object countries = project.get("countries");
		UUID id = this.projects.save(null,
				new ProjectDraft((String) project.get("code"), Trilingual.of((Map<String, ?>) project.get("title")),
						Trilingual.of((Map<String, ?>) project.get("summary")),
						ProjectStatus.valueOf((String) project.get("status")),
						Boolean.TRUE.equals(project.get("research")), day(project.get("startsOn")),
						day(project.get("endsOn")),
						"EU27".equals(countries) ? MemberStates.CODES : (List<String>) countries, partners, true),
				this.clock.instant());
		for (Map<String, Object> figure : (List<Map<String, Object>>) project.getOrDefault("figures", List.of())) {
			this.figures.save(id,
					new FigureDraft(Trilingual.of((Map<String, ?>) figure.get("result")),
							Trilingual.of((Map<String, ?>) figure.get("indicator")), day(figure.get("start")),
							day(figure.get("end")), Audience.valueOf((String) figure.get("audience")),
							(Integer) figure.get("baseline"), (Integer) figure.get("target"),
							(Integer) figure.get("actual"), FigureSource.valueOf((String) figure.get("source")),
							(String) figure.get("sourceLabel"), null, Boolean.TRUE.equals(figure.get("illustrative"))));
		}
		if (project.get("news") instanceof Map<?, ?> slugs) {
			Map<Language, String> bySlug = new EnumMap<>(Language.class);
			slugs.forEach((code, slug) -> Language.fromCode(String.valueOf(code))
				.ifPresent((language) -> bySlug.put(language, String.valueOf(slug))));
			this.news.linkBySlug("project", id, bySlug);
		}
	}

	private static LocalDate day(Object value) {
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return (value == null) ? null : LocalDate.parse(String.valueOf(value));
	}

	private static Map<String, Object> read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
