package org.vigie.mobilisation.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What campaigns hold about a person: the export lists their pledges; erasing keeps the
 * count but drops the name from the wall; pledges never confirmed are forgotten after
 * seven days, and confirmed ones stay.
 */
@MobilisationTest
class PledgeDataTest {

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Pledges pledges;

	@Autowired
	private People people;

	@Autowired
	private Counter counter;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void theExportListsPledgesAndErasingKeepsOnlyTheCount() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		UUID person = person("iris");
		Pledge pledge = this.pledges.record(
				new Supporting(campaign.id(), person, "Iris", "Tournai", "BE", true, true, Language.FR, null),
				this.clock.instant());
		this.pledges.confirm(pledge.id(), this.clock.instant());
		PersonalData data = part();
		assertThat(data.export(person)).extracting(PersonalData.Item::value)
			.contains(campaign.key(), "Iris", "Tournai", "BE", pledge.relayCode());
		this.counter.changed(campaign.id());
		assertThat(this.counter.figures(campaign.id()).wall()).hasSize(1);

		data.erase(person, this.clock.instant());
		this.counter.changed(campaign.id());
		assertThat(this.counter.figures(campaign.id()).supporters()).isEqualTo(1);
		assertThat(this.counter.figures(campaign.id()).wall()).isEmpty();
		assertThat(data.export(person)).extracting(PersonalData.Item::value).doesNotContain("Iris", "Tournai");
	}

	@Test
	void unconfirmedPledgesAreForgottenAfterSevenDays() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		Instant joined = this.clock.instant();
		Pledge unconfirmed = this.pledges.record(
				new Supporting(campaign.id(), person("olaf"), "Olaf", null, null, false, false, Language.NL, null),
				joined);
		Pledge referred = this.pledges.record(new Supporting(campaign.id(), person("pia"), "Pia", null, null, false,
				false, Language.NL, unconfirmed.relayCode()), joined);
		this.pledges.confirm(referred.id(), joined);
		this.clock.advance(Duration.ofDays(6));
		forget();
		assertThat(this.pledges.byId(unconfirmed.id())).isPresent();
		this.clock.advance(Duration.ofDays(2));
		assertThat(forget()).isPositive();
		assertThat(this.pledges.byId(unconfirmed.id())).isEmpty();
		assertThat(this.pledges.byId(referred.id())).isPresent();
		assertThat(this.jdbc.sql("select count(*) from mobilisation_campaigns_pledge where campaign_id = ?")
			.param(campaign.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/** What the hourly forgetting asks of campaigns now. */
	private int forget() {
		return part()
			.forgetUnconfirmed(this.clock.instant().minus(Duration.ofDays(PersonalData.UNCONFIRMED_KEPT_DAYS)));
	}

	private PersonalData part() {
		List<PersonalData> parts = this.context.getBeanProvider(PersonalData.class).stream().toList();
		return parts.stream().filter((part) -> part.area().equals("pledges")).findFirst().orElseThrow();
	}

	private UUID person(String name) {
		return this.people.person(EmailAddress.parse(name + "." + UUID.randomUUID() + "@example.org").orElseThrow(),
				Language.FR, this.clock.instant());
	}

}
