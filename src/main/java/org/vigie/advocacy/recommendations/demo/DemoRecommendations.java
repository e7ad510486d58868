package org.vigie.advocacy.recommendations.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.recommendations.AddresseeDraft;
import org.vigie.advocacy.recommendations.AddresseeStore;
import org.vigie.advocacy.recommendations.Branch;
import org.vigie.advocacy.recommendations.CommitmentDraft;
import org.vigie.advocacy.recommendations.Evidence;
import org.vigie.advocacy.recommendations.EvidenceKind;
import org.vigie.advocacy.recommendations.FollowUps;
import org.vigie.advocacy.recommendations.Origin;
import org.vigie.advocacy.recommendations.Progress;
import org.vigie.advocacy.recommendations.RecommendationDesk;
import org.vigie.advocacy.recommendations.RecommendationDraft;
import org.vigie.advocacy.recommendations.RecommendationStore;
import org.vigie.advocacy.recommendations.Response;
import org.vigie.advocacy.recommendations.Stage;
import org.vigie.advocacy.recommendations.StepDraft;
import org.vigie.advocacy.recommendations.Texts;
import org.vigie.advocacy.recommendations.Tier;
import org.vigie.site.Language;

/**
 * Loads the demo recommendations ({@code advocacy/demo/recommendations.yaml}) once the
 * application is ready, unless {@code vigie.demo.enabled=false}: the recommendations of
 * the morning at the Brussels Francophone Parliament (linked to its news post) with
 * invented answers and commitments, and fictitious UN examples, one recommended again
 * from an earlier cycle and still not implemented. Every item is flagged demo; nothing is
 * loaded when they are there, and no email is sent.
 */
@Component
@Order(40)
class DemoRecommendations {

	static final String LOCATION = "advocacy/demo/recommendations.yaml";

	private static final String ACTOR = "demo";

	private final AddresseeStore addressees;

	private final RecommendationStore recommendations;

	private final FollowUps followUps;

	private final NewsLinks news;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoRecommendations(AddresseeStore addressees, RecommendationStore recommendations, FollowUps followUps,
			NewsLinks news, TransactionTemplate transactions, Clock clock,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.addressees = addressees;
		this.recommendations = recommendations;
		this.followUps = followUps;
		this.news = news;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			load();
		}
	}

	/** Loads the demo unless it is there; whether it loaded it. */
	@SuppressWarnings("unchecked")
	boolean load() {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Map<String, Object>> items = (List<Map<String, Object>>) file.get("recommendations");
		if (this.recommendations.byCode((String) items.get(0).get("code")).isPresent()) {
			return false;
		}
		this.transactions.executeWithoutResult((status) -> {
			Map<String, UUID> roles = new HashMap<>();
			for (Map<String, Object> addressee : (List<Map<String, Object>>) file.get("addressees")) {
				String code = (String) addressee.get("code");
				roles.put(code,
						this.addressees.byCode(code)
							.map((existing) -> existing.id())
							.orElseGet(() -> this.addressees.add(
									new AddresseeDraft(code, Tier.valueOf((String) addressee.get("tier")),
											Branch.valueOf((String) addressee.get("branch")), texts(addressee)),
									true)));
			}
			Map<String, UUID> made = new HashMap<>();
			Map<Language, String> post = slugs((Map<String, Object>) file.get("post"));
			items.forEach((item) -> made.put((String) item.get("code"), create(item, roles, made, post)));
		});
		return true;
	}

	@SuppressWarnings("unchecked")
	private UUID create(Map<String, Object> item, Map<String, UUID> roles, Map<String, UUID> made,
			Map<Language, String> post) {
		Origin origin = Origin.valueOf((String) item.get("origin"));
		Object category = item.get("uprCategory");
		RecommendationDraft draft = new RecommendationDraft((String) item.get("code"), origin,
				(String) item.get("cycle"), day(item.get("madeOn")),
				new Evidence(origin.document(), null, (String) item.get("reference")),
				texts((Map<String, Object>) item.get("text")), roles.get((String) item.get("addressee")),
				(String) item.get("recommendingState"),
				Response.valueOf((String) item.getOrDefault("response", Response.NONE.name())),
				(category != null) ? ((Number) category).intValue() : null,
				Progress.valueOf((String) item.get("progress")),
				(item.get("previous") != null) ? made.get((String) item.get("previous")) : null,
				(item.get("followUpOn") != null) ? day(item.get("followUpOn")) : null);
		UUID id = this.recommendations.create(draft, true, ACTOR, this.clock.instant());
		for (Map<String, Object> step : (List<Map<String, Object>>) item.getOrDefault("steps", List.of())) {
			Map<String, Object> note = (Map<String, Object>) step.get("note");
			this.followUps.addStep(id,
					new StepDraft(Stage.valueOf((String) step.get("stage")), day(step.get("date")),
							(note != null) ? texts(note) : new Texts("", "", ""), evidence(step)),
					ACTOR, this.clock.instant());
		}
		for (Map<String, Object> commitment : (List<Map<String, Object>>) item.getOrDefault("commitments", List.of())) {
			this.followUps.addCommitment(id,
					new CommitmentDraft(roles.get((String) commitment.get("addressee")),
							(String) commitment.get("officeHolder"), day(commitment.get("date")),
							texts((Map<String, Object>) commitment.get("text")), evidence(commitment)),
					ACTOR, this.clock.instant());
		}
		if (Boolean.TRUE.equals(item.get("news"))) {
			this.news.linkBySlug(RecommendationDesk.KIND, id, post);
		}
		return id;
	}

	private static Evidence evidence(Map<String, Object> yaml) {
		return new Evidence(EvidenceKind.valueOf((String) yaml.get("kind")), (String) yaml.get("url"),
				(String) yaml.get("label"));
	}

	/**
	 * A date from the file (YAML reads an unquoted date as a {@code Date} at UTC
	 * midnight).
	 */
	private static LocalDate day(Object value) {
		if (value instanceof java.util.Date date) {
			return LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC);
		}
		return LocalDate.parse(String.valueOf(value));
	}

	private static Texts texts(Map<String, Object> yaml) {
		return new Texts((String) yaml.get("fr"), (String) yaml.get("nl"), (String) yaml.get("en"));
	}

	private static Map<Language, String> slugs(Map<String, Object> yaml) {
		Map<Language, String> slugs = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> slugs.put(language, (String) yaml.get(language.code())));
		return slugs;
	}

}
