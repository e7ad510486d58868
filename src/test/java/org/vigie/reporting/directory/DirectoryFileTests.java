package org.vigie.reporting.directory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data file shipped with the application follows every rule, and a file that breaks
 * one is refused with a message saying where.
 */
class DirectoryFileTests {

	static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	/** Countries the NGO's campaigns name as destinations, and where its members live. */
	static final Set<String> CAMPAIGN_DESTINATIONS = Set.of("TH", "KH", "VN", "PH", "ID", "IN", "SN", "KE", "MA", "MG",
			"CO", "BR", "DO", "MX");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]+( [0-9]+)*");

	private final Directory shipped = new ReportingPoints().directory();

	@Test
	void coversEveryEuMemberStateAndTheCampaignDestinations() {
		assertThat(this.shipped.entries().keySet()).containsAll(EU_MEMBERS).containsAll(CAMPAIGN_DESTINATIONS);
	}

	@Test
	void everyFactHasAnHttpsSourceAReviewDateNotInTheFutureAndADiallableNumber() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<String> problems = new ArrayList<>();
		for (CountryEntry entry : this.shipped.entries().values()) {
			assertThat(entry.emergency()).as(entry.code()).isNotEmpty();
			for (EmergencyNumber number : entry.emergency()) {
				check(problems, entry.code() + " " + number.number(), number.source(), number.reviewed(), today);
				assertThat(number.number()).as(entry.code()).matches(PHONE);
			}
			for (Mechanism mechanism : entry.mechanisms()) {
				check(problems, entry.code() + " " + mechanism.name(), mechanism.source(), mechanism.reviewed(), today);
				assertThat(mechanism.url() != null || mechanism.phone() != null || mechanism.email() != null)
					.as(mechanism.name())
					.isTrue();
				if (mechanism.phone() != null) {
					assertThat(mechanism.phone()).as(mechanism.name()).matches(PHONE);
				}
				if (mechanism.url() != null) {
					assertThat(mechanism.url()).as(mechanism.name()).startsWith("https://");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void refusesAnUnknownCountryCode() {
		assertRefused(file("XX", "\"112\"", "https://example.org/112"), "XX");
	}

	@Test
	void refusesAnUnquotedCodeThatYamlReadsAsABoolean() {
		assertRefused(file("NO", "\"112\"", "https://example.org/112").replace("\"NO\"", "NO"), "false");
	}

	@Test
	void refusesAMissingSource() {
		assertRefused(file("BE", "\"112\"", "https://example.org/112")
			.replace("        source: https://example.org/112\n", ""), "source is missing");
	}

	@Test
	void refusesAnAddressThatIsNotHttps() {
		assertRefused(file("BE", "\"112\"", "http://example.org/112"), "not an https address");
		assertRefused(file("BE", "\"112\"", "javascript:alert(1)"), "not an https address");
	}

	@Test
	void refusesAPhoneNumberWithLetters() {
		assertRefused(file("BE", "\"11a\"", "https://example.org/112"), "phone \"11a\"");
		assertRefused(file("BE", "112", "https://example.org/112"), "quoted digits");
	}

	@Test
	void refusesACountryListedTwice() {
		String once = file("BE", "\"112\"", "https://example.org/112");
		String twice = once + once.substring(once.indexOf("  - country"));
		assertRefused(twice, "appears twice");
	}

	@Test
	void refusesAnEntryWithoutEmergencyNumberAndAMechanismWithNeitherPhoneNorAddress() {
		assertRefused("version: \"1\"\npublished: 2026-12-04\ncountries:\n  - country: \"BE\"\n    emergency: []\n",
				"at least one emergency number");
		String mechanism = file("BE", "\"112\"", "https://example.org/112")
				+ "    mechanisms:\n      - name: \"Nothing\"\n        kind: hotline\n"
				+ "        source: https://example.org/x\n        reviewed: 2026-12-04\n";
		assertRefused(mechanism, "needs a url, a phone or an email");
	}

	@Test
	void refusesAMalformedDateAndYamlThatIsNotADirectory() {
		assertRefused(
				file("BE", "\"112\"", "https://example.org/112").replace("reviewed: 2026-12-04", "reviewed: soon"),
				"not a date");
		assertRefused("just a sentence", "expected a mapping");
		assertRefused("!!java.io.File [\"/etc\"]", "not valid YAML");
	}

	/** A file with one country and one emergency number. */
	static String file(String country, String number, String source) {
		return """
				version: "1"
				published: 2026-12-04
				countries:
				  - country: "%s"
				    emergency:
				      - number: %s
				        kind: general
				        source: %s
				        reviewed: 2026-12-04
				""".formatted(country, number, source);
	}

	static Directory read(String yaml) {
		return DirectoryFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	private static void assertRefused(String yaml, String expected) {
		assertThatThrownBy(() -> read(yaml)).isInstanceOf(InvalidDirectoryException.class)
			.hasMessageContaining(expected);
	}

	private static void check(List<String> problems, String what, String source, LocalDate reviewed, LocalDate today) {
		if (source == null || !source.startsWith("https://")) {
			problems.add(what + ": source " + source);
		}
		if (reviewed == null || reviewed.isAfter(today)) {
			problems.add(what + ": reviewed " + reviewed);
		}
	}

}
