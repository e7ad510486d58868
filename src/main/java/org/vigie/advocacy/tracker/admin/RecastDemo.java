package org.vigie.advocacy.tracker.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

/**
 * Loads the demo recast ({@code advocacy/demo/tracker-recast.yaml}) after the demo
 * directive, unless {@code vigie.demo.enabled=false}: the Commission's proposal, not
 * adopted, replacing Directive 2011/93/EU, whose articles name the 2011 articles they
 * come from, some kept unchanged (their assessments carry over) and some rewritten.
 * Flagged as demo; loaded in one transaction, and not at all when it is already there or
 * the directive it recasts is missing.
 */
@Component
class RecastDemo {

	static final String LOCATION = "advocacy/demo/tracker-recast.yaml";

	private final TrackerStore tracker;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	RecastDemo(TrackerStore tracker, TransactionTemplate transactions,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.tracker = tracker;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	/** After the demo directive's loader (order 10). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void onReady() {
		if (this.enabled) {
			load();
		}
	}

	/** Loads the recast unless it is there or cannot be; whether it loaded it. */
	@SuppressWarnings("unchecked")
	boolean load() {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Object> instrument = (Map<String, Object>) file.get("instrument");
		Instrument replaced = this.tracker.instrument((String) instrument.get("replaces")).orElse(null);
		if (replaced == null || this.tracker.instrument((String) instrument.get("code")).isPresent()) {
			return false;
		}
		this.transactions.executeWithoutResult(
				(status) -> create(instrument, replaced, (List<Map<String, Object>>) file.get("provisions")));
		return true;
	}

	@SuppressWarnings("unchecked")
	private void create(Map<String, Object> instrument, Instrument replaced, List<Map<String, Object>> provisions) {
		LocalDate proposed = LocalDate.parse(String.valueOf(instrument.get("proposedOn")));
		UUID id = this.tracker.addInstrument((String) instrument.get("code"), (String) instrument.get("celex"),
				(String) instrument.get("eli"), null, null, replaced.id(),
				texts((Map<String, String>) instrument.get("title")),
				texts((Map<String, String>) instrument.get("short")), true,
				proposed.atStartOfDay(ZoneOffset.UTC).toInstant());
		int place = 0;
		for (Map<String, Object> provision : provisions) {
			place += 10;
			UUID from = this.tracker.provision(replaced.id(), String.valueOf(provision.get("from")))
				.map(Provision::id)
				.orElseThrow();
			this.tracker.addProvision(id, String.valueOf(provision.get("article")),
					Theme.valueOf((String) provision.get("theme")), place,
					texts((Map<String, String>) (Map<?, ?>) provision), from,
					Boolean.TRUE.equals(provision.get("unchanged")));
		}
	}

	private static Map<Language, String> texts(Map<String, String> yaml) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, yaml.get(language.code())));
		return texts;
	}

}
