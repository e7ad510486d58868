package org.vigie.fundraising.certificates.issuing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution comes from the settings: with the demo on, a setting left out takes the
 * demo's fictitious but valid value; without the demo, or with a setting that is wrong,
 * the institution is refused with the reason (never an exception), which the certificates
 * page shows with the settings to fill in.
 */
class DeclarantsTest {

	private static final DeclarantSettings NOTHING = new DeclarantSettings(null, null, null, null, null, null, null,
			null, null);

	@Test
	void theDemoFillsWhatIsLeftOutWithAValidFictitiousInstitution() {
		Declarants.Configured configured = new Declarants(NOTHING, true).current();
		assertThat(configured.usable()).isTrue();
		assertThat(configured.declarant().enterpriseNumber().display()).isEqualTo("0123.456.749");
		assertThat(configured.declarant().address().city()).isEqualTo("Bruxelles");
		assertThat(configured.declarant().email()).endsWith("@example.invalid");
	}

	@Test
	void withoutTheDemoNothingConfiguredIsRefusedWithTheMissingSetting() {
		Declarants.Configured configured = new Declarants(NOTHING, false).current();
		assertThat(configured.usable()).isFalse();
		assertThat(configured.problem().code()).isEqualTo("fundraising.certificates.problem.declarant.missing");
	}

	@Test
	void aWrongSettingIsRefusedEvenWithTheDemo() {
		DeclarantSettings typo = new DeclarantSettings(null, "0123.456.748", null, null, null, null, null, null, null);
		assertThat(new Declarants(typo, true).current().problem().code())
			.isEqualTo("fundraising.certificates.problem.enterpriseNumberCheck");
		DeclarantSettings english = new DeclarantSettings(null, null, null, null, null, null, null, null, "en");
		assertThat(new Declarants(english, true).current().problem().code())
			.isEqualTo("fundraising.certificates.problem.declarant.language");
		DeclarantSettings blank = new DeclarantSettings(" ", null, null, null, null, null, null, null, null);
		assertThat(new Declarants(blank, true).current().problem().code())
			.isEqualTo("fundraising.certificates.problem.declarant.missing");
		DeclarantSettings abroad = new DeclarantSettings(null, null, null, "75001", null, null, null, null, null);
		assertThat(new Declarants(abroad, true).current().usable()).isFalse();
	}

}
