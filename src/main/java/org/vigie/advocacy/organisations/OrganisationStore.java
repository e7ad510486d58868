package org.vigie.advocacy.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.identity.AuditAction;

/**
 * The organisations advocacy names. A new organisation gets a slug from its acronym (or
 * its name) that stays when it is renamed, so its public address does not break.
 */
@Service
public class OrganisationStore {

	/** Staff saved an organisation. */
	public static final AuditAction SAVED = new AuditAction("ADVOCACY_ORGANISATION_SAVED");

	private static final Pattern IATI_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{2,99}");

	private static final String COLUMNS = "id, slug, name, acronym, kind, country, website, iati_ref, own, demo";

	private final JdbcClient jdbc;

	private final AdvocacyCache cache;

	OrganisationStore(JdbcClient jdbc, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** Every organisation, by name. */
	public List<Organisation> all() {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_organisations_organisation order by lower(name), id")
			.query(OrganisationStore::read)
			.list();
	}

	public Optional<Organisation> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_organisations_organisation where id = ?")
			.param(id)
			.query(OrganisationStore::read)
			.optional();
	}

	public Optional<Organisation> bySlug(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_organisations_organisation where slug = ?")
			.param(slug)
			.query(OrganisationStore::read)
			.optional();
	}

	/** The NGO itself, when it is recorded. */
	public Optional<Organisation> own() {
		return this.jdbc
			.sql("select " + COLUMNS + " from advocacy_organisations_organisation where own = true order by name")
			.query(OrganisationStore::read)
			.list()
			.stream()
			.findFirst();
	}

	/** The draft as it would be stored, or {@link Refused} with the first problem. */
	public Organisation check(Organisation draft) {
		if (draft.kind() == null) {
			throw new Refused("advocacy.networks.problem.required", "kind");
		}
		String iatiRef = Checks.optional(draft.iatiRef(), 100, "iatiRef");
		if (iatiRef != null && !IATI_REF.matcher(iatiRef).matches()) {
			throw new Refused("advocacy.networks.problem.iatiRef", "iatiRef");
		}
		return new Organisation(draft.id(), draft.slug(), Checks.required(draft.name(), 200, "name"),
				Checks.optional(draft.acronym(), 40, "acronym"), draft.kind(),
				Checks.country(draft.country(), "country"), Checks.address(draft.website(), "website"), iatiRef,
				draft.own(), draft.demo());
	}

	/**
	 * Stores a checked organisation: a new one when its id is null (with a new slug),
	 * else its new fields (the slug is kept).
	 * @return its id
	 */
	public UUID save(Organisation draft, Instant now) {
		Organisation organisation = check(draft);
		if (organisation.id() == null || byId(organisation.id()).isEmpty()) {
			UUID id = (organisation.id() != null) ? organisation.id() : UUID.randomUUID();
			this.jdbc
				.sql("insert into advocacy_organisations_organisation (" + COLUMNS
						+ ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, slugFor(organisation), organisation.name(), organisation.acronym(),
						organisation.kind().name(), organisation.country(), organisation.website(),
						organisation.iatiRef(), organisation.own(), organisation.demo(), Timestamp.from(now))
				.update();
			this.cache.changed();
			return id;
		}
		this.jdbc.sql("""
				update advocacy_organisations_organisation set name = ?, acronym = ?, kind = ?, country = ?,
				website = ?, iati_ref = ?, own = ?, updated_at = ? where id = ?""")
			.params(organisation.name(), organisation.acronym(), organisation.kind().name(), organisation.country(),
					organisation.website(), organisation.iatiRef(), organisation.own(), Timestamp.from(now),
					organisation.id())
			.update();
		this.cache.changed();
		return organisation.id();
	}

	/**
	 * The draft's own slug when it has a free one (the demo names them), else a new one.
	 */
	private String slugFor(Organisation organisation) {
		if (organisation.slug() != null && organisation.slug().matches("[a-z0-9][a-z0-9-]{0,79}")
				&& bySlug(organisation.slug()).isEmpty()) {
			return organisation.slug();
		}
		return freeSlug((organisation.acronym() != null) ? organisation.acronym() : organisation.name());
	}

	private String freeSlug(String text) {
		String base = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		base = base.isEmpty() ? "organisation" : base.substring(0, Math.min(60, base.length()));
		String slug = base;
		for (int attempt = 2; bySlug(slug).isPresent(); attempt++) {
			slug = base + "-" + attempt;
		}
		return slug;
	}

	private static Organisation read(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
				rs.getString("acronym"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"),
				rs.getString("website"), rs.getString("iati_ref"), rs.getBoolean("own"), rs.getBoolean("demo"));
	}

}
