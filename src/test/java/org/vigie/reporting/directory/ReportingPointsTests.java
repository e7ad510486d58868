package org.vigie.reporting.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.site.Language;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a reporter is offered for an incident country and a country of residence, in
 * order, and what happens with codes a form should never have sent.
 */
class ReportingPointsTests {

	private final ReportingPoints points = new ReportingPoints();

	@Test
	void offersThisLineThenTheHomeMechanismThenTheEmergencyNumbersOfTheDestination() {
		Suggestions suggestions = this.points.suggest("TH", "BE", Language.FR);

		assertThat(suggestions.items()).extracting(Suggestion::type)
			.containsExactly(Suggestion.Type.LINE, Suggestion.Type.HOME_MECHANISM, Suggestion.Type.EMERGENCY,
					Suggestion.Type.EMERGENCY, Suggestion.Type.LOCAL_MECHANISM);
		assertThat(suggestions.line().url()).isEqualTo("/fr/signaler");
		assertThat(suggestions.homeMechanisms()).extracting(Suggestion::name, Suggestion::phone)
			.containsExactly(tuple("Child Focus", "116 000"));
		assertThat(suggestions.emergencyNumbers()).extracting(Suggestion::phone).containsExactly("191", "1155");
		assertThat(suggestions.localMechanisms()).extracting(Suggestion::phone).containsExactly("1300");
		assertThat(suggestions.incident().name()).isEqualTo("Thaïlande");
		assertThat(suggestions.residence().name()).isEqualTo("Belgique");
	}

	@Test
	void offersTheDutchPointForAResidentOfTheNetherlandsAndTheLocalHotlineInCambodia() {
		Suggestions suggestions = this.points.suggest("KH", "NL", Language.NL);

		assertThat(suggestions.items()).extracting(Suggestion::type)
			.containsExactly(Suggestion.Type.LINE, Suggestion.Type.HOME_MECHANISM, Suggestion.Type.EMERGENCY,
					Suggestion.Type.EMERGENCY, Suggestion.Type.LOCAL_MECHANISM);
		assertThat(suggestions.line().url()).isEqualTo("/nl/melden");
		assertThat(suggestions.homeMechanisms().get(0).url()).isEqualTo("https://www.meldkindersekstoerisme.nl");
		assertThat(suggestions.localMechanisms().get(0).name()).contains("APLE");
		assertThat(suggestions.incident().name()).isEqualTo("Cambodja");
	}

	@Test
	void offersTheFrenchMechanismsInTheirOrderForAResidentOfFrance() {
		Suggestions suggestions = this.points.suggest("SN", "FR", Language.EN);

		assertThat(suggestions.homeMechanisms()).extracting(Suggestion::name)
			.containsExactly("Don't Look Away", "Allô enfance en danger", "Pharos (internet-signalement.gouv.fr)");
		assertThat(suggestions.emergencyNumbers()).extracting(Suggestion::phone).containsExactly("17");
		assertThat(suggestions.localMechanisms()).extracting(Suggestion::phone).containsExactly("116");
		assertThat(suggestions.line().url()).isEqualTo("/en/report");
	}

	@Test
	void listsTheMechanismsOfOneCountryOnceWhenTheReporterLivesWhereItHappened() {
		Suggestions suggestions = this.points.suggest("BE", "BE", Language.FR);

		assertThat(suggestions.items()).extracting(Suggestion::type)
			.containsExactly(Suggestion.Type.LINE, Suggestion.Type.HOME_MECHANISM, Suggestion.Type.EMERGENCY,
					Suggestion.Type.EMERGENCY);
	}

	@Test
	void readsLowerCaseCodesAsTheirCountry() {
		assertThat(this.points.suggest("th", "be", Language.EN))
			.isEqualTo(this.points.suggest("TH", "BE", Language.EN));
	}

	@Test
	void offersOnlyThisLineForMissingMalformedOrHostileCodes() {
		List<String> hostile = List.of("", " ", "<script>alert(1)</script>", "<s", "X".repeat(5000), "ZZ", "T", "TH ",
				"1A", "\u0000\u0000", "ＴＨ", "../../etc/passwd");
		for (String code : hostile) {
			Suggestions suggestions = this.points.suggest(code, code, Language.EN);
			assertThat(suggestions.onlyThisLine()).as(code).isTrue();
			assertThat(suggestions.incident()).as(code).isNull();
			assertThat(suggestions.residence()).as(code).isNull();
		}
		Suggestions none = this.points.suggest(null, null, null);
		assertThat(none.onlyThisLine()).isTrue();
		assertThat(none.line().url()).isEqualTo("/en/report");
	}

	@Test
	void saysSoWhenACountryIsKnownButNotYetInTheDirectory() {
		Suggestions suggestions = this.points.suggest("LA", "NO", Language.EN);

		assertThat(suggestions.onlyThisLine()).isTrue();
		assertThat(suggestions.incidentUnlisted()).isTrue();
		assertThat(suggestions.incident().name()).isEqualTo("Laos");
		assertThat(suggestions.residenceUnlisted()).isTrue();
	}

	@Test
	void keepsTheResidenceMechanismsWhenTheIncidentCodeIsUnknown() {
		Suggestions suggestions = this.points.suggest("<script>", "DE", Language.EN);

		assertThat(suggestions.items()).extracting(Suggestion::type)
			.containsExactly(Suggestion.Type.LINE, Suggestion.Type.HOME_MECHANISM);
		assertThat(suggestions.incident()).isNull();
	}

	@Test
	void listsEveryCountrySortedByItsNameInTheLanguage() {
		List<CountryChoice> french = this.points.countries(Language.FR);
		List<String> names = french.stream().map(CountryChoice::name).toList();

		assertThat(french).hasSizeGreaterThan(240);
		assertThat(names.indexOf("Égypte")).isBetween(names.indexOf("Danemark"), names.indexOf("Espagne"));
		assertThat(names.indexOf("Belgique")).isLessThan(names.indexOf("Cambodge"));
		assertThat(french).filteredOn(CountryChoice::listed).hasSize(this.points.directory().entries().size());
		assertThat(this.points.countries(Language.NL)).extracting(CountryChoice::name).contains("België", "Thailand");
		assertThat(this.points.countries(Language.EN)).extracting(CountryChoice::name).contains("Belgium", "Thailand");
	}

	@Test
	void isBuiltBySpringFromTheShippedFile() {
		try (var context = new AnnotationConfigApplicationContext(ReportingPoints.class)) {
			ReportingPoints bean = context.getBean(ReportingPoints.class);
			assertThat(bean.version()).isEqualTo(this.points.version());
			assertThat(bean.suggest("TH", "BE", Language.EN).emergencyNumbers()).isNotEmpty();
		}
	}

	@Test
	void pointsThisLineWhereAPageAsks() {
		Suggestions suggestions = this.points.suggest("TH", "BE", Language.FR).withLineAddress("/fr/signaler/etape-1");

		assertThat(suggestions.line().url()).isEqualTo("/fr/signaler/etape-1");
		assertThat(suggestions.items()).hasSize(5);
	}

}
