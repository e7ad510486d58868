package org.vigie.mobilisation.statements;

import org.junit.jupiter.api.Test;
import org.vigie.mobilisation.people.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes two forms the same organisation, and what an address proves: names compared
 * without case, accents, punctuation or legal forms; the registrable domain of a website;
 * the enterprise number's check digits.
 */
class OrganisationIdentityTest {

	@Test
	void namesDifferingOnlyByCaseAccentsPunctuationOrLegalFormAreOne() {
		String key = OrganisationName.key("Ligue des Familles ASBL");
		assertThat(OrganisationName.key("ligue des familles, a.s.b.l.")).isEqualTo(key);
		assertThat(OrganisationName.key("LIGUE DES FAMILLES asbl")).isEqualTo(key);
		assertThat(OrganisationName.key("Ligue des familles")).isEqualTo(key);
		assertThat(OrganisationName.key("Kinderrechtencoalitie vzw"))
			.isEqualTo(OrganisationName.key("KINDERRECHTENCOALITIE V.Z.W."));
		assertThat(OrganisationName.key("École des Étoiles")).isEqualTo(OrganisationName.key("ecole des etoiles"));
		assertThat(OrganisationName.key("Ligue des Droits humains")).isNotEqualTo(key);
		assertThat(OrganisationName.key("a.s.b.l.")).isEmpty();
	}

	@Test
	void aWebsiteGivesItsRegistrableDomainAndSharedHostsGiveNone() {
		assertThat(WebDomain.of("https://www.ligue.be/nous")).contains("ligue.be");
		assertThat(WebDomain.of("ecole.ligue.be")).contains("ligue.be");
		assertThat(WebDomain.of("WWW.Ligue.BE")).contains("ligue.be");
		assertThat(WebDomain.of("http://charity.org.uk")).contains("charity.org.uk");
		assertThat(WebDomain.of("école-été.be")).hasValueSatisfying((domain) -> assertThat(domain).startsWith("xn--"));
		assertThat(WebDomain.of("facebook.com/ma-asbl")).isEmpty();
		assertThat(WebDomain.of("javascript:alert(1)")).isEmpty();
		assertThat(WebDomain.of("not a site")).isEmpty();
		assertThat(WebDomain.of("x".repeat(300) + ".be")).isEmpty();
	}

	@Test
	void anAddressIsAtTheDomainWhenItIsTheDomainOrASubdomain() {
		String domain = WebDomain.of("https://www.ligue.be").orElseThrow();
		assertThat(WebDomain.at(EmailAddress.parse("info@ligue.be").orElseThrow(), domain)).isTrue();
		assertThat(WebDomain.at(EmailAddress.parse("Info@MAIL.Ligue.be").orElseThrow(), domain)).isTrue();
		assertThat(WebDomain.at(EmailAddress.parse("info@fakeligue.be").orElseThrow(), domain)).isFalse();
		assertThat(WebDomain.at(EmailAddress.parse("info@ligue.be.evil.com").orElseThrow(), domain)).isFalse();
		assertThat(WebDomain.at(EmailAddress.parse("ligue@gmail.com").orElseThrow(), domain)).isFalse();
		String accented = WebDomain.of("https://www.école-été.be").orElseThrow();
		assertThat(WebDomain.at(EmailAddress.parse("info@école-été.be").orElseThrow(), accented)).isTrue();
	}

	@Test
	void enterpriseNumbersNeedTheirCheckDigits() {
		assertThat(EnterpriseNumber.parse("0403.170.701"))
			.hasValueSatisfying((number) -> assertThat(number.digits()).isEqualTo("0403170701"));
		assertThat(EnterpriseNumber.parse("BE 0403 170 701")).isPresent();
		assertThat(EnterpriseNumber.parse("403170701")).isPresent();
		assertThat(EnterpriseNumber.parse("0403.170.702")).isEmpty();
		assertThat(EnterpriseNumber.parse("2403.170.701")).isEmpty();
		assertThat(EnterpriseNumber.parse("0403.170.70")).isEmpty();
		assertThat(EnterpriseNumber.parse("0".repeat(5000))).isEmpty();
	}

}
