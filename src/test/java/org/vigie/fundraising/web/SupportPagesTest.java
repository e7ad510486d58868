package org.vigie.fundraising.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo campaigns as a donor finds them in each language: the list with open and
 * finished campaigns, the finished crowdfunding's figures computed from its gifts, the
 * open appeal's days left and stretch goal, the links between languages.
 */
@FundraisingTest
class SupportPagesTest {

	@LocalServerPort
	private int port;

	@Test
	void theListShowsOpenAndFinishedCampaignsInEachLanguage() {
		Giver giver = Giver.fromOwnAddress(this.port);
		Document fr = giver.page("/fr/soutenir");
		assertThat(fr.select("h1").text()).isEqualTo("Nous soutenir");
		assertThat(fr.select("a[href=/fr/soutenir/ligne-de-signalement]")).isNotEmpty();
		assertThat(fr.select("a[href=/fr/soutenir/20-km-de-bruxelles]")).isNotEmpty();
		assertThat(fr.select("a[href=/fr/soutenir/ateliers-declic]")).isNotEmpty();
		assertThat(fr.select("link[hreflang=nl]").attr("href")).endsWith("/nl/steunen");
		assertThat(giver.page("/nl/steunen").select("h1").text()).isEqualTo("Steun ons");
		assertThat(giver.page("/en/support").select("h1").text()).isEqualTo("Support us");
	}

	@Test
	void theFinishedCrowdfundingShowsWhatItsGiftsAddUpTo() {
		Document page = Giver.fromOwnAddress(this.port).page("/en/support/declic-workshops");
		assertThat(page.select("[data-raised]").text()).isEqualTo("€3,147");
		assertThat(page.select("[data-donors]").text()).isEqualTo("71");
		assertThat(page.select("[data-percent]").text()).isEqualTo("104 %");
		assertThat(page.select("[data-days-left]").text()).isEqualTo("0");
		assertThat(page.select("[data-finished]")).hasSize(1);
		assertThat(page.select("[data-give]")).as("a finished campaign takes no gift").isEmpty();
		assertThat(page.select("[data-update]")).hasSize(2);
		assertThat(page.select(".thanks").text()).contains("3,147");
		assertThat(page.select("link[hreflang=fr]").attr("href")).endsWith("/fr/soutenir/ateliers-declic");
	}

	@Test
	void theOpenAppealCountsDaysLeftAndShowsItsStretchGoal() {
		Document page = Giver.fromOwnAddress(this.port).page("/fr/soutenir/ligne-de-signalement");
		assertThat(page.select("[data-raised]").text()).isEqualTo("2 385 €");
		assertThat(page.select("[data-donors]").text()).isEqualTo("44");
		assertThat(Integer.parseInt(page.select("[data-days-left]").text())).isBetween(30, 41);
		assertThat(page.select(".stretch li").text()).contains("12 000 €");
		assertThat(page.select("[data-give]").attr("href")).isEqualTo("/fr/soutenir/ligne-de-signalement/donner");
	}

}
