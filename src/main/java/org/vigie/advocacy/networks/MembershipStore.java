package org.vigie.advocacy.networks;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigie.advocacy.organisations.Checks;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.PartialDate;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.identity.AuditAction;

/**
 * The NGO's memberships in networks, ordered by level, then by their sort key, then by
 * when they started.
 */
@Service
public class MembershipStore {

	/** Staff saved a membership. */
	public static final AuditAction SAVED = new AuditAction("ADVOCACY_MEMBERSHIP_SAVED");

	private static final String SELECT = """
			select m.id, m.tier, m.role_fr, m.role_nl, m.role_en, m.since_year, m.since_on, m.until_year, m.until_on,
			m.description_fr, m.description_nl, m.description_en, m.sort_key, m.demo,
			o.id as o_id, o.slug, o.name, o.acronym, o.kind, o.country, o.website, o.iati_ref, o.own, o.demo as o_demo
			from advocacy_networks_membership m join advocacy_organisations_organisation o on o.id = m.network_id
			""";

	private static final String ORDER = " order by case m.tier when 'BELGIAN' then 1 when 'EUROPEAN' then 2 else 3 end,"
			+ " m.sort_key, m.since_year, m.id";

	private final JdbcClient jdbc;

	private final OrganisationStore organisations;

	private final AdvocacyCache cache;

	MembershipStore(JdbcClient jdbc, OrganisationStore organisations, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.cache = cache;
	}

	/** Every membership, current and past. */
	public List<Membership> all() {
		return this.jdbc.sql(SELECT + ORDER).query(MembershipStore::read).list();
	}

	/** The memberships in one network. */
	public List<Membership> in(UUID networkId) {
		return this.jdbc.sql(SELECT + " where m.network_id = ?" + ORDER)
			.param(networkId)
			.query(MembershipStore::read)
			.list();
	}

	public Optional<Membership> byId(UUID id) {
		return this.jdbc.sql(SELECT + " where m.id = ?").param(id).query(MembershipStore::read).optional();
	}

	/** The draft as it would be stored, or {@link Refused} with the first problem. */
	public MembershipDraft check(MembershipDraft draft, LocalDate today) {
		if (draft.networkId() == null || this.organisations.byId(draft.networkId()).isEmpty()) {
			throw new Refused("advocacy.networks.problem.network", "network");
		}
		if (draft.tier() == null) {
			throw new Refused("advocacy.networks.problem.required", "tier");
		}
		if (draft.since() == null) {
			throw new Refused("advocacy.networks.problem.date", "since");
		}
		if (draft.since().year() > today.getYear() + 1) {
			throw new Refused("advocacy.networks.problem.date", "since");
		}
		if (draft.until() != null && draft.since().after(draft.until())) {
			throw new Refused("advocacy.networks.problem.order", "until");
		}
		if (draft.sortKey() < 0 || draft.sortKey() > 10_000) {
			throw new Refused("advocacy.networks.problem.sortKey", "sortKey");
		}
		Trilingual description = (draft.description() != null) ? draft.description() : new Trilingual("", "", "");
		return new MembershipDraft(draft.networkId(), draft.tier(), Checks.required(draft.role(), 200, "role"),
				draft.since(), draft.until(),
				new Trilingual(blank(Checks.optional(description.fr(), 2000, "description_fr")),
						blank(Checks.optional(description.nl(), 2000, "description_nl")),
						blank(Checks.optional(description.en(), 2000, "description_en"))),
				draft.sortKey(), draft.demo());
	}

	/**
	 * Stores a checked membership, new when {@code id} is unknown.
	 * @return its id
	 */
	public UUID save(UUID id, MembershipDraft draft, LocalDate today, Instant now) {
		MembershipDraft m = check(draft, today);
		UUID saved = (id != null) ? id : UUID.randomUUID();
		this.jdbc.sql("delete from advocacy_networks_membership where id = ?").param(saved).update();
		this.jdbc.sql("""
				insert into advocacy_networks_membership (id, network_id, tier, role_fr, role_nl, role_en, since_year,
				since_on, until_year, until_on, description_fr, description_nl, description_en, sort_key, demo,
				updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(saved, m.networkId(), m.tier().name(), m.role().fr(), m.role().nl(), m.role().en(),
					m.since().year(), date(m.since().day()), (m.until() != null) ? m.until().year() : null,
					(m.until() != null) ? date(m.until().day()) : null, m.description().fr(), m.description().nl(),
					m.description().en(), m.sortKey(), m.demo(), Timestamp.from(now))
			.update();
		this.cache.changed();
		return saved;
	}

	private static String blank(String text) {
		return (text != null) ? text : "";
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static Membership read(ResultSet rs, int row) throws SQLException {
		Organisation network = new Organisation(rs.getObject("o_id", UUID.class), rs.getString("slug"),
				rs.getString("name"), rs.getString("acronym"), OrganisationKind.valueOf(rs.getString("kind")),
				rs.getString("country"), rs.getString("website"), rs.getString("iati_ref"), rs.getBoolean("own"),
				rs.getBoolean("o_demo"));
		Date sinceOn = rs.getDate("since_on");
		Date untilOn = rs.getDate("until_on");
		int untilYear = rs.getInt("until_year");
		PartialDate until = rs.wasNull() ? null
				: new PartialDate(untilYear, (untilOn != null) ? untilOn.toLocalDate() : null);
		return new Membership(rs.getObject("id", UUID.class), network, Tier.valueOf(rs.getString("tier")),
				new Trilingual(rs.getString("role_fr"), rs.getString("role_nl"), rs.getString("role_en")),
				new PartialDate(rs.getInt("since_year"), (sinceOn != null) ? sinceOn.toLocalDate() : null), until,
				new Trilingual(rs.getString("description_fr"), rs.getString("description_nl"),
						rs.getString("description_en")),
				rs.getInt("sort_key"), rs.getBoolean("demo"));
	}

}
