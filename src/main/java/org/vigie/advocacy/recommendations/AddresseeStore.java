package org.vigie.advocacy.recommendations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.advocacy.web.AdvocacyCache;

/**
 * The small table of addressees staff keep: the roles recommendations are addressed to
 * (parliaments, governments, administrations at each level).
 */
@Service
public class AddresseeStore {

	private static final String COLUMNS = "id, code, tier, branch, name_fr, name_nl, name_en, demo";

	private final JdbcClient jdbc;

	private final AdvocacyCache cache;

	AddresseeStore(JdbcClient jdbc, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** Every addressee, by level then code. */
	public List<Addressee> all() {
		List<Addressee> all = this.jdbc
			.sql("select " + COLUMNS + " from advocacy_recommendations_addressee order by code")
			.query((rs, row) -> read(rs, ""))
			.list();
		return all.stream()
			.sorted(java.util.Comparator.comparing(Addressee::tier).thenComparing(Addressee::branch))
			.toList();
	}

	/** An addressee by id. */
	public Optional<Addressee> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_recommendations_addressee where id = ?")
			.param(id)
			.query((rs, row) -> read(rs, ""))
			.optional();
	}

	/** An addressee by code. */
	public Optional<Addressee> byCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_recommendations_addressee where code = ?")
			.param(code)
			.query((rs, row) -> read(rs, ""))
			.optional();
	}

	/** Adds an addressee; refused when its code is taken. */
	@Transactional
	public UUID add(AddresseeDraft draft, boolean demo) {
		RecommendationRules.check(draft);
		if (byCode(draft.code()).isPresent()) {
			throw new RecommendationProblem("taken");
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into advocacy_recommendations_addressee (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, draft.code(), draft.tier().name(), draft.branch().name(), draft.name().fr(), draft.name().nl(),
					draft.name().en(), demo)
			.update();
		this.cache.changed();
		return id;
	}

	/** Changes an addressee's level, kind and names (its code stays). */
	@Transactional
	public void update(UUID id, AddresseeDraft draft) {
		Addressee addressee = byId(id).orElseThrow(() -> new RecommendationProblem("gone"));
		RecommendationRules.check(new AddresseeDraft(addressee.code(), draft.tier(), draft.branch(), draft.name()));
		this.jdbc
			.sql("""
					update advocacy_recommendations_addressee set tier = ?, branch = ?, name_fr = ?, name_nl = ?, name_en = ?
					where id = ?""")
			.params(draft.tier().name(), draft.branch().name(), draft.name().fr(), draft.name().nl(), draft.name().en(),
					id)
			.update();
		this.cache.changed();
	}

	/** Reads an addressee from a row whose columns carry a prefix (for joins). */
	static Addressee read(ResultSet rs, String prefix) throws SQLException {
		return new Addressee(rs.getObject(prefix + "id", UUID.class), rs.getString(prefix + "code"),
				Tier.valueOf(rs.getString(prefix + "tier")), Branch.valueOf(rs.getString(prefix + "branch")),
				new Texts(rs.getString(prefix + "name_fr"), rs.getString(prefix + "name_nl"),
						rs.getString(prefix + "name_en")),
				rs.getBoolean(prefix + "demo"));
	}

}
