package org.vigie.fundraising.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.Money;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.site.Language;

/**
 * What each page of a campaign raised, computed from the ledger when asked: a page's
 * total is every entry credited to it (gifts, and income such as entry fees or cash
 * handed over, less refunds); its sponsors are the different donors who gave through it,
 * so income counts in the total but never as a sponsor. A team's total adds its members'
 * pages to its own, and its sponsors are the different donors of all of them.
 */
@Component
class PageStandings {

	private static final Comparator<Standing> BY_RAISED = Comparator.comparingLong(Standing::raisedCents)
		.reversed()
		.thenComparing(Standing::name, String.CASE_INSENSITIVE_ORDER);

	private final Ledger ledger;

	private final RunnerPages pages;

	private final JdbcClient jdbc;

	PageStandings(Ledger ledger, RunnerPages pages, JdbcClient jdbc) {
		this.ledger = ledger;
		this.pages = pages;
		this.jdbc = jdbc;
	}

	/** The figures of every page of a campaign, as they are now. */
	Board board(Campaign campaign, Language language) {
		return new Board(campaign, language, this.pages.ofCampaign(campaign.id()),
				this.ledger.pageTotals(campaign.id()), this.ledger.pageDonors(campaign.id()));
	}

	/**
	 * The figures of a campaign's pages at one moment.
	 */
	final class Board {

		private final Campaign campaign;

		private final Language language;

		private final List<RunnerPage> all;

		private final Map<UUID, Long> totals;

		private final Map<UUID, Long> donors;

		private Board(Campaign campaign, Language language, List<RunnerPage> all, Map<UUID, Long> totals,
				Map<UUID, Long> donors) {
			this.campaign = campaign;
			this.language = language;
			this.all = all;
			this.totals = totals;
			this.donors = donors;
		}

		/** A page's line, with its team's members for a team. */
		Standing standing(RunnerPage page) {
			long raised = this.totals.getOrDefault(page.id(), 0L);
			long sponsors = this.donors.getOrDefault(page.id(), 0L);
			if (page.isTeam()) {
				raised += this.all.stream()
					.filter((member) -> page.id().equals(member.teamId()))
					.mapToLong((member) -> this.totals.getOrDefault(member.id(), 0L))
					.sum();
				sponsors = teamSponsors(page.id());
			}
			int percent = (page.goalCents() <= 0) ? 0
					: (int) Math.min(9999, Math.max(0, raised) * 100 / page.goalCents());
			return new Standing(page.name(), PagePaths.page(this.language, this.campaign, page.slug()), raised,
					Money.whole(raised, this.language), Money.whole(page.goalCents(), this.language), percent,
					sponsors);
		}

		/** The visible teams, by what they raised. */
		List<Standing> teams() {
			return visible(PageKind.TEAM);
		}

		/** The visible runners, by what they raised. */
		List<Standing> runners() {
			return visible(PageKind.RUNNER);
		}

		/** A team's visible runners, by what they raised. */
		List<Standing> members(RunnerPage team) {
			return this.all.stream()
				.filter((page) -> !page.hidden() && team.id().equals(page.teamId()))
				.map(this::standing)
				.sorted(BY_RAISED)
				.toList();
		}

		/** The visible teams runners may join. */
		List<RunnerPage> joinableTeams() {
			return this.all.stream().filter((page) -> page.isTeam() && !page.hidden()).toList();
		}

		RunnerPage page(UUID id) {
			return this.all.stream().filter((page) -> page.id().equals(id)).findFirst().orElse(null);
		}

		private List<Standing> visible(PageKind kind) {
			return this.all.stream()
				.filter((page) -> !page.hidden() && page.kind() == kind)
				.map(this::standing)
				.sorted(BY_RAISED)
				.toList();
		}

	}

	private long teamSponsors(UUID teamId) {
		return this.jdbc.sql("""
				select count(*) from (select donor_id from fundraising_ledger where donor_id is not null
				and page_id in (select id from fundraising_page where id = ? or team_id = ?)
				group by donor_id having sum(amount_cents) > 0) d""").params(teamId, teamId).query(Long.class).single();
	}

}
