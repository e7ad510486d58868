package org.vigie.mobilisation.workshops.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.WorkshopDelivered;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * At start-up, the demo projects and workshop requests
 * ({@code mobilisation/demo/workshops.yaml}) go into a database that has none of them,
 * unless {@code vigie.demo.enabled=false}: one request in each state, with reach and an
 * evaluation where they apply. They are written straight to the tables, confirmed, with
 * no person behind them, so no email leaves; each delivered one is announced as
 * {@link WorkshopDelivered} like a real one, so the impact page counts it.
 */
@Component
class DemoWorkshops implements SmartInitializingSingleton {

	static final String LOCATION = "mobilisation/demo/workshops.yaml";

	private final Projects projects;

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SiteProperties site;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	DemoWorkshops(Projects projects, JdbcClient jdbc, ServerKeys keys, TransactionTemplate transactions, Clock clock,
			SiteProperties site, ApplicationEventPublisher events,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.projects = projects;
		this.events = events;
		this.jdbc = jdbc;
		this.keys = keys;
		this.transactions = transactions;
		this.clock = clock;
		this.site = site;
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.enabled) {
			this.transactions.executeWithoutResult((status) -> load());
		}
	}

	@SuppressWarnings("unchecked")
	void load() {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = this.clock.instant();
		for (Map<String, Object> project : (List<Map<String, Object>>) file.get("projects")) {
			String code = (String) project.get("code");
			if (this.projects.byCode(code).isEmpty()) {
				Map<Language, String> names = new EnumMap<>(Language.class);
				Language.all().forEach((language) -> names.put(language, (String) project.get(language.code())));
				this.projects.add(code, names, Boolean.TRUE.equals(project.get("active")), now);
			}
		}
		for (Map<String, Object> request : (List<Map<String, Object>>) file.get("requests")) {
			UUID id = UUID.fromString((String) request.get("id"));
			boolean known = this.jdbc.sql("select count(*) from mobilisation_workshops_request where id = ?")
				.param(id)
				.query(Integer.class)
				.single() > 0;
			if (!known) {
				request(id, request, now);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void request(UUID id, Map<String, Object> entry, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.site.timeZone());
		Instant created = now.minus(Duration.ofDays(((Number) entry.get("createdDaysAgo")).longValue()));
		UUID project = this.projects.byCode((String) entry.get("project")).orElseThrow().id();
		String organisation = (String) entry.get("organisation");
		this.jdbc.sql("""
				insert into mobilisation_workshops_request (id, project_id, organisation, organisation_key, kind,
					region, age_group, young_people, periods, language, contact_name, message, state, scheduled_on,
					delivered_on, reached_young, reached_teachers, created_at, confirmed_at, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, project, organisation,
					this.keys.keyedHash("mobilisation-workshop-organisation", organisation.toLowerCase(Locale.ROOT)),
					entry.get("kind"), entry.get("region"), entry.get("ageGroup"), entry.get("youngPeople"),
					String.join(",", (List<String>) entry.get("periods")), entry.get("language"), entry.get("contact"),
					entry.get("message"), entry.get("state"), day(today, entry.get("scheduledInDays"), 1),
					day(today, entry.get("deliveredDaysAgo"), -1), entry.get("reachedYoung"),
					entry.get("reachedTeachers"), Timestamp.from(created),
					Timestamp.from(created.plus(Duration.ofHours(1))), Timestamp.from(now))
			.update();
		if (entry.get("deliveredDaysAgo") != null && entry.get("reachedYoung") != null) {
			this.events.publishEvent(new WorkshopDelivered(id, (String) entry.get("project"),
					day(today, entry.get("deliveredDaysAgo"), -1).toLocalDate(), (String) entry.get("region"),
					((Number) entry.get("reachedYoung")).intValue(),
					((Number) entry.getOrDefault("reachedTeachers", 0)).intValue(), now));
		}
		Map<String, Object> evaluation = (Map<String, Object>) entry.get("evaluation");
		if (evaluation != null) {
			this.jdbc.sql("""
					insert into mobilisation_workshops_evaluation
						(request_id, usefulness, takeaway, recommend, comment_text, answered_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, evaluation.get("usefulness"), evaluation.get("takeaway"), evaluation.get("recommend"),
						evaluation.get("comment"), Timestamp.from(now.minus(Duration.ofDays(30))))
				.update();
		}
	}

	private static Date day(LocalDate today, Object days, int sign) {
		return (days != null) ? Date.valueOf(today.plusDays(sign * ((Number) days).longValue())) : null;
	}

}
