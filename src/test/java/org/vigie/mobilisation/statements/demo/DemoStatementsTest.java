package org.vigie.mobilisation.statements.demo;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.statements.SignatureStore;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo statement is on the site in three languages with organisations of every type
 * and level of trust, one waiting for staff; loading it again changes nothing, and it
 * sent no email.
 */
@MobilisationTest
class DemoStatementsTest {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoStatements demo;

	@Autowired
	private StatementStore statements;

	@Autowired
	private SignatureStore signatures;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theDemoStatementListsItsOrganisationsByTypeWithTheirBadges() {
		assertThat(this.demo.load()).isFalse();
		Statement statement = this.statements.byKey("no-child-in-detention").orElseThrow();
		assertThat(this.signatures.signatures(statement.id())).hasSize(11);
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		Document en = reader.page("/en/act/statements/no-child-in-detention");
		assertThat(en.select("[data-count]").text()).isEqualTo("10 organisations have signed");
		assertThat(en.select("[data-type=SCHOOL] [data-name]").eachText()).containsExactly("Basisschool De Regenboog",
				"Institut Sainte-Claire");
		assertThat(en.select("[data-badge]").eachText()).contains("address verified at the domain",
				"enterprise number checked", "approved by staff");
		assertThat(en.text()).doesNotContain("Les Tilleuls");
		assertThat(reader.page("/fr/agir/declarations/pas-d-enfant-en-centre-ferme").select("h1").text())
			.isEqualTo("Aucun enfant derrière les barreaux d’un centre fermé");
		assertThat(reader.page("/nl/in-actie/verklaringen/geen-kind-in-een-gesloten-centrum")
			.select("[data-count]")
			.text()).isEqualTo("10 organisaties hebben ondertekend");
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient like '%example.invalid'")
			.query(Integer.class)
			.single()).isZero();
	}

}
