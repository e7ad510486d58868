package org.vigie.mobilisation.statements;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.site.Language;

/**
 * Statements and their texts, in {@code mobilisation_statements_statement} and
 * {@code mobilisation_statements_text}.
 */
@Component("mobilisationStatementsStatementStore")
public class StatementStore {

	private final JdbcClient jdbc;

	StatementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a statement, new when its id is unknown; its id. */
	@Transactional
	public UUID save(Statement statement, Instant now) {
		boolean known = byId(statement.id()).isPresent();
		if (known) {
			this.jdbc
				.sql("update mobilisation_statements_statement set opens_on = ?, closes_on = ?, published = ? "
						+ "where id = ?")
				.params(Date.valueOf(statement.opensOn()), date(statement.closesOn()), statement.published(),
						statement.id())
				.update();
			this.jdbc.sql("delete from mobilisation_statements_text where statement_id = ?")
				.param(statement.id())
				.update();
		}
		else {
			this.jdbc.sql("""
					insert into mobilisation_statements_statement (id, skey, opens_on, closes_on, published, created_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(statement.id(), statement.key(), Date.valueOf(statement.opensOn()), date(statement.closesOn()),
						statement.published(), Timestamp.from(now))
				.update();
		}
		statement.texts()
			.forEach((language, text) -> this.jdbc.sql("""
					insert into mobilisation_statements_text
						(statement_id, language, slug, title, addressee, summary, body)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(statement.id(), language.code(), text.slug(), text.title(), text.addressee(), text.summary(),
						text.body())
				.update());
		return statement.id();
	}

	public Optional<Statement> byId(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(this::statement).optional();
	}

	public Optional<Statement> byKey(String key) {
		return this.jdbc.sql(SELECT + " where skey = ?").param(key).query(this::statement).optional();
	}

	/** The published statement with that address word in that language. */
	public Optional<Statement> bySlug(Language language, String slug) {
		if (slug == null || slug.length() > 80) {
			return Optional.empty();
		}
		return this.jdbc
			.sql(SELECT + " where published and id in (select statement_id "
					+ "from mobilisation_statements_text where language = ? and slug = ?)")
			.params(language.code(), slug)
			.query(this::statement)
			.optional();
	}

	/**
	 * Whether another statement than {@code id} has that address word in that language.
	 */
	public boolean slugTaken(Language language, String slug, UUID id) {
		return this.jdbc.sql("""
				select count(*) from mobilisation_statements_text
				where language = ? and slug = ? and statement_id <> ?""")
			.params(language.code(), slug, id)
			.query(Integer.class)
			.single() > 0;
	}

	/** Every statement, newest first. */
	public List<Statement> all() {
		return this.jdbc.sql(SELECT + " order by opens_on desc, skey").query(this::statement).list();
	}

	/** The statements people can sign that day. */
	public List<Statement> open(LocalDate today) {
		return all().stream().filter((statement) -> statement.open(today)).toList();
	}

	private static final String SELECT = "select id, skey, opens_on, closes_on, published from mobilisation_statements_statement";

	private Statement statement(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Map<Language, StatementText> texts = new EnumMap<>(Language.class);
		this.jdbc
			.sql("select language, slug, title, addressee, summary, body from mobilisation_statements_text "
					+ "where statement_id = ?")
			.param(id)
			.query((t, n) -> Map.entry(t.getString("language"),
					new StatementText(t.getString("slug"), t.getString("title"), t.getString("addressee"),
							t.getString("summary"), t.getString("body"))))
			.list()
			.forEach((entry) -> Language.fromCode(entry.getKey())
				.ifPresent((language) -> texts.put(language, entry.getValue())));
		Date closes = rs.getDate("closes_on");
		return new Statement(id, rs.getString("skey"), rs.getDate("opens_on").toLocalDate(),
				(closes != null) ? closes.toLocalDate() : null, rs.getBoolean("published"), texts);
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

}
