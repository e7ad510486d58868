package org.vigie.mobilisation.statements.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.statements.OrganisationName;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementStore;
import org.vigie.mobilisation.statements.StatementText;
import org.vigie.mobilisation.statements.WebDomain;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * At start-up, the demo statement ({@code mobilisation/demo/statements.yaml}) and its
 * fictitious signatories go into a database that lacks it, unless
 * {@code vigie.demo.enabled=false}: organisations of every type, verified at their
 * domain, checked by enterprise number, approved by staff, and one waiting in the queue.
 * Their contacts have {@code @example.invalid} addresses and everything is written
 * straight to the tables, so no email leaves. Loading twice changes nothing.
 */
@Component("mobilisationStatementsDemo")
class DemoStatements implements SmartInitializingSingleton {

	static final String LOCATION = "mobilisation/demo/statements.yaml";

	private final StatementStore statements;

	private final People people;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SiteProperties site;

	private final boolean enabled;

	DemoStatements(StatementStore statements, People people, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, SiteProperties site, @Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.statements = statements;
		this.people = people;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.site = site;
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.enabled) {
			load();
		}
	}

	/** Loads the demo unless its statement is there; whether it loaded. */
	@SuppressWarnings("unchecked")
	boolean load() {
		Map<String, Object> file = read();
		Map<String, Object> entry = (Map<String, Object>) file.get("statement");
		String key = (String) entry.get("key");
		if (this.statements.byKey(key).isPresent()) {
			return false;
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.site.timeZone());
		Map<Language, StatementText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			Map<String, Object> text = (Map<String, Object>) entry.get(language.code());
			texts.put(language, new StatementText((String) text.get("slug"), (String) text.get("title"),
					(String) text.get("addressee"), (String) text.get("summary"), ((String) text.get("body")).strip()));
		}
		Statement statement = new Statement(UUID.randomUUID(), key,
				today.minusDays(((Number) entry.get("opensDaysAgo")).longValue()), null, true, texts);
		List<Map<String, Object>> organisations = (List<Map<String, Object>>) file.get("organisations");
		List<UUID> contacts = organisations.stream()
			.map((organisation) -> this.people.person(EmailAddress
				.parse("contact@" + organisation.get("website").toString().replace(".example", ".example.invalid"))
				.orElseThrow(), Language.FR, now))
			.toList();
		this.transactions.executeWithoutResult((status) -> {
			this.statements.save(statement, now);
			for (int i = 0; i < organisations.size(); i++) {
				signature(statement.id(), organisations.get(i), contacts.get(i), now.minusSeconds(3600L * (i + 1)));
			}
		});
		return true;
	}

	private void signature(UUID statementId, Map<String, Object> organisation, UUID contact, Instant at) {
		UUID id = UUID.randomUUID();
		boolean domain = Boolean.TRUE.equals(organisation.get("domain"));
		boolean staff = Boolean.TRUE.equals(organisation.get("staff"));
		boolean review = Boolean.TRUE.equals(organisation.get("review"));
		String number = (String) organisation.get("number");
		String name = (String) organisation.get("name");
		String website = (String) organisation.get("website");
		this.jdbc.sql("""
				insert into mobilisation_statements_signature (id, statement_id, org_name, name_key, org_type, city,
					website, web_domain, enterprise_number, domain_verified, number_checked, staff_approved,
					awaiting_review, refused, created_at, listed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""")
			.params(id, statementId, name, OrganisationName.key(name), organisation.get("type"),
					organisation.get("city"), website, WebDomain.of(website).orElse(null), number, domain,
					number != null, staff, review, Timestamp.from(at), review ? null : Timestamp.from(at))
			.update();
		this.jdbc.sql("""
				insert into mobilisation_statements_submission (id, signature_id, person_id, org_name, org_type, city,
					website, enterprise_number, contact_name, language, at_domain, merged_by, submitted_at, mailed_at,
					confirmed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, null, 'fr', ?, null, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, contact, name, organisation.get("type"), organisation.get("city"), website,
					number, domain, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at))
			.update();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
