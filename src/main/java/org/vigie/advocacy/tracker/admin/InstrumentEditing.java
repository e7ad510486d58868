package org.vigie.advocacy.tracker.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.vigie.advocacy.organisations.NewsChoices;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.identity.AuditTrail;
import org.vigie.site.Language;

/**
 * Saves what staff edit of instruments and provisions: each save changes the row, keeps a
 * revision (the fields as saved, who, when), is audited, and refreshes the public pages,
 * all in one transaction.
 */
@Service
class InstrumentEditing {

	static final String INSTRUMENT = "tracker-instrument";

	static final String PROVISION = "tracker-provision";

	/** The kind of news links of an instrument (as the public tracker reads them). */
	static final String NEWS = "instrument";

	private final TrackerStore tracker;

	private final Revisions revisions;

	private final AuditTrail audit;

	private final AdvocacyCache cache;

	private final JdbcClient jdbc;

	private final NewsChoices news;

	InstrumentEditing(TrackerStore tracker, Revisions revisions, AuditTrail audit, AdvocacyCache cache, JdbcClient jdbc,
			NewsChoices news) {
		this.tracker = tracker;
		this.news = news;
		this.revisions = revisions;
		this.audit = audit;
		this.cache = cache;
		this.jdbc = jdbc;
	}

	@Transactional
	UUID create(InstrumentForm form, String actor, Instant now) {
		UUID id = this.tracker.addInstrument(form.value("code"), form.value("celex"), blank(form.value("eli")),
				form.day("adopted_on"), form.day("transposition_due"), replaces(form), form.texts("title_"),
				form.texts("short_"), form.demo(), now);
		this.revisions.record(INSTRUMENT, id, form.values(), "created", actor, now);
		this.audit.record(TrackerAudit.INSTRUMENT_SAVED, actor, "advocacy-tracker:" + form.value("code"), "created");
		return id;
	}

	@Transactional
	void update(Instrument instrument, InstrumentForm form, String actor, Instant now) {
		Map<Language, String> titles = form.texts("title_");
		Map<Language, String> shorts = form.texts("short_");
		this.jdbc.sql("""
				update advocacy_instrument set celex = ?, eli = ?, adopted_on = ?, transposition_due = ?,
					replaces_id = ?, title_fr = ?, title_nl = ?, title_en = ?, short_fr = ?, short_nl = ?,
					short_en = ?, demo = ? where id = ?""")
			.params(form.value("celex"), blank(form.value("eli")), form.day("adopted_on"),
					form.day("transposition_due"), replaces(form), titles.get(Language.FR), titles.get(Language.NL),
					titles.get(Language.EN), shorts.get(Language.FR), shorts.get(Language.NL), shorts.get(Language.EN),
					form.demo(), instrument.id())
			.update();
		Map<String, String> saved = new java.util.LinkedHashMap<>(form.values());
		saved.put("code", instrument.code());
		this.revisions.record(INSTRUMENT, instrument.id(), saved, "changed", actor, now);
		this.audit.record(TrackerAudit.INSTRUMENT_SAVED, actor, "advocacy-tracker:" + instrument.code(), "changed");
		this.cache.changed();
	}

	@Transactional
	UUID addProvision(Instrument instrument, ProvisionForm form, String actor, Instant now) {
		UUID id = this.tracker.addProvision(instrument.id(), form.value("article"), form.theme(), form.sortKey(),
				form.titles(), form.derivedFrom(this.tracker, instrument).orElse(null), form.unchanged());
		this.revisions.record(PROVISION, id, form.values(), "created", actor, now);
		this.audit.record(TrackerAudit.PROVISION_SAVED, actor,
				"advocacy-tracker:" + instrument.code() + "/" + form.value("article"), "created");
		return id;
	}

	@Transactional
	void updateProvision(Instrument instrument, Provision provision, ProvisionForm form, String actor, Instant now) {
		Map<Language, String> titles = form.titles();
		this.jdbc.sql("""
				update advocacy_provision set article = ?, theme = ?, sort_key = ?, title_fr = ?, title_nl = ?,
					title_en = ?, derived_from_id = ?, unchanged = ? where id = ?""")
			.params(form.value("article"), form.theme().name(), form.sortKey(), titles.get(Language.FR),
					titles.get(Language.NL), titles.get(Language.EN),
					form.derivedFrom(this.tracker, instrument).orElse(null), form.unchanged(), provision.id())
			.update();
		this.revisions.record(PROVISION, provision.id(), form.values(), "changed", actor, now);
		this.audit.record(TrackerAudit.PROVISION_SAVED, actor,
				"advocacy-tracker:" + instrument.code() + "/" + form.value("article"), "changed");
		this.cache.changed();
	}

	/**
	 * Links the news posts ticked on the instrument's page ({@code news_fr},
	 * {@code news_nl}, {@code news_en}), replacing its links; addresses that are not
	 * published posts are left out. The revision keeps the links.
	 */
	@Transactional
	void linkNews(Instrument instrument, MultiValueMap<String, String> fields, String actor, Instant now) {
		Map<String, Object> linked = this.news.link(NEWS, instrument.id(), fields);
		this.revisions.record(INSTRUMENT, instrument.id(), linked, "news links", actor, now);
		this.audit.record(TrackerAudit.INSTRUMENT_SAVED, actor, "advocacy-tracker:" + instrument.code(), "news links");
	}

	/**
	 * The news posts staff may link to an instrument, per language, with those linked.
	 */
	Map<Language, NewsChoices.Choice> newsChoices(Instrument instrument) {
		return this.news.of(NEWS, instrument.id());
	}

	/** The revisions of an instrument and of its provisions, the newest first. */
	List<Revisions.Revision> revisions(Instrument instrument) {
		return Stream
			.concat(this.revisions.of(INSTRUMENT, instrument.id()).stream(),
					this.tracker.provisions(instrument.id())
						.stream()
						.flatMap((provision) -> this.revisions.of(PROVISION, provision.id()).stream()))
			.sorted(Comparator.comparing(Revisions.Revision::recordedAt).reversed())
			.toList();
	}

	private UUID replaces(InstrumentForm form) {
		String code = form.value("replaces");
		return code.isEmpty() ? null : this.tracker.instrument(code).map(Instrument::id).orElse(null);
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
