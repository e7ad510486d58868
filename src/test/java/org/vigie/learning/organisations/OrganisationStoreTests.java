package org.vigie.learning.organisations;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.LearningDatabaseParts;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningRows;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.Schedules;
import org.vigie.notifications.Email;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisations' SQL on each database (H2, and PostgreSQL in its run): organisations
 * created, found and listed, their invitation links, contact address and monthly summary
 * claimed once a month; members joining, listed and leaving; assigned decks; the
 * manager's table with each member's last answer.
 */
@DatabaseTest
@Import({ DeckStore.class, Learners.class, Schedules.class, Progress.class, Organisations.class, Memberships.class,
		Standings.class, MonthlySummary.class, TinkServerKeys.class, LearningDatabaseParts.class })
class OrganisationStoreTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	@Autowired
	Organisations organisations;

	@Autowired
	Memberships memberships;

	@Autowired
	Standings standings;

	@Autowired
	MonthlySummary summary;

	@Autowired
	Learners learners;

	@Autowired
	DeckStore decks;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LearningDatabaseParts.SentEmails mailer;

	/** Each test's rows are rolled back: the store must not keep the decks of another. */
	@BeforeEach
	void forgetKeptDecks() {
		this.decks.all().forEach((deck) -> this.decks.forget(deck.id()));
	}

	@Test
	void organisationsAreFoundByManagerAndByInvitationWhileItLasts() {
		Instant now = this.clock.instant();
		UUID manager = this.learners.create(Language.NL, now).id();
		YearMonth month = YearMonth.from(now.atZone(ZONE));
		UUID zulu = this.organisations.create("Zulu Reizen", OrganisationKind.TRAVEL_AGENCY, manager, now, month);
		UUID alpha = this.organisations.create("Alpha Hotel", OrganisationKind.HOTEL, manager, now, month);
		this.organisations.create("Elsewhere", OrganisationKind.SCHOOL, this.learners.create(Language.FR, now).id(),
				now, month);

		assertThat(this.organisations.managedBy(manager)).extracting(Organisation::name)
			.containsExactly("Alpha Hotel", "Zulu Reizen");
		Organisation found = this.organisations.find(zulu).orElseThrow();
		assertThat(found.kind()).isEqualTo(OrganisationKind.TRAVEL_AGENCY);
		assertThat(found.managerId()).isEqualTo(manager);
		assertThat(found.hasContact()).isFalse();
		assertThat(found.hasInvitation()).isFalse();
		assertThat(found.invitationExpiresAt()).isNull();
		assertThat(found.createdAt()).isEqualTo(now);

		String forever = this.organisations.renewInvitation(alpha, 0, now);
		assertThat(this.organisations.find(alpha).orElseThrow().hasInvitation()).isTrue();
		assertThat(this.organisations.byInvitation(forever, now.plus(Duration.ofDays(3650))))
			.hasValueSatisfying((organisation) -> assertThat(organisation.id()).isEqualTo(alpha));
		String week = this.organisations.renewInvitation(alpha, 7, now);
		assertThat(this.organisations.byInvitation(forever, now)).as("the link it replaced").isEmpty();
		assertThat(this.organisations.find(alpha).orElseThrow().invitationExpiresAt())
			.isEqualTo(now.plus(Duration.ofDays(7)));
		assertThat(this.organisations.byInvitation(week, now.plus(Duration.ofDays(6)))).isPresent();
		assertThat(this.organisations.byInvitation(week, now.plus(Duration.ofDays(7)))).isEmpty();
		assertThat(this.organisations.byInvitation("A".repeat(43), now)).isEmpty();
	}

	@Test
	void membersJoinOnceAreListedByNameAndLeave() {
		Instant now = this.clock.instant();
		Deck deck = LearningFixtures.trialDeck(this.decks);
		UUID manager = this.learners.create(Language.FR, now).id();
		UUID organisation = this.organisations.create("Agence", OrganisationKind.TRAVEL_AGENCY, manager, now,
				YearMonth.from(now.atZone(ZONE)));
		UUID other = this.organisations.create("Autre", OrganisationKind.OTHER, manager, now,
				YearMonth.from(now.atZone(ZONE)));
		UUID zoe = this.learners.create(Language.FR, now).id();
		UUID bram = this.learners.create(Language.NL, now).id();
		Member first = this.memberships.join(organisation, zoe, "Zoé", now);
		assertThat(this.memberships.join(organisation, zoe, "Zoé again", now.plusSeconds(60)).id())
			.isEqualTo(first.id());
		this.memberships.join(organisation, bram, "Bram", now.plusSeconds(120));
		this.memberships.join(other, zoe, "Z.", now);

		assertThat(this.memberships.members(organisation)).extracting(Member::displayName)
			.containsExactly("Bram", "Zoé");
		assertThat(this.memberships.of(organisation, zoe)).hasValueSatisfying((member) -> {
			assertThat(member.id()).isEqualTo(first.id());
			assertThat(member.joinedAt()).isEqualTo(now);
		});
		assertThat(this.memberships.byId(organisation, first.id())).isPresent();
		assertThat(this.memberships.byId(other, first.id())).as("another organisation's member").isEmpty();
		assertThat(this.memberships.organisationsOf(zoe)).containsExactlyInAnyOrder(organisation, other);

		this.memberships.assign(organisation, List.of(deck.id()), now);
		assertThat(this.memberships.decks(organisation)).containsExactly(deck.id());
		assertThat(this.memberships.decks(other)).isEmpty();
		this.memberships.assign(organisation, List.of(deck.id()), now.plusSeconds(1));
		assertThat(this.memberships.decks(organisation)).containsExactly(deck.id());

		assertThat(this.memberships.leave(organisation, zoe)).isTrue();
		assertThat(this.memberships.leave(organisation, zoe)).isFalse();
		assertThat(this.memberships.members(organisation)).extracting(Member::displayName).containsExactly("Bram");
		assertThat(this.memberships.organisationsOf(zoe)).containsExactly(other);
		this.memberships.assign(organisation, List.of(), now);
		assertThat(this.memberships.decks(organisation)).isEmpty();
	}

	@Test
	void theTableAndTheMonthlySummaryCountWhatMembersDidOncePerMonth() {
		Instant now = this.clock.instant();
		Deck deck = LearningFixtures.trialDeck(this.decks);
		List<StudyCard> cards = this.decks.cards(deck.id());
		UUID manager = this.learners.create(Language.EN, now).id();
		YearMonth month = YearMonth.from(now.atZone(ZONE));
		UUID organisation = this.organisations.create("Agency", OrganisationKind.TRAVEL_AGENCY, manager, now,
				month.minusMonths(1));
		UUID silent = this.organisations.create("No contact", OrganisationKind.OTHER, manager, now,
				month.minusMonths(1));
		this.memberships.assign(organisation, List.of(deck.id()), now);
		UUID keen = this.learners.create(Language.EN, now).id();
		UUID started = this.learners.create(Language.EN, now).id();
		UUID idle = this.learners.create(Language.EN, now).id();
		this.memberships.join(organisation, keen, "Keen", now);
		this.memberships.join(organisation, started, "Started", now);
		this.memberships.join(organisation, idle, "Idle", now);
		LearningRows rows = new LearningRows(this.jdbc);
		for (StudyCard card : cards) {
			rows.schedule(keen, deck.id(), card.id(), "REVIEW", now.plus(Duration.ofDays(1)));
			rows.review(keen, deck.id(), card.id(), now.minus(Duration.ofHours(2)), "NEW", null, 3);
		}
		Instant lastAnswer = now.minus(Duration.ofHours(1));
		rows.review(keen, deck.id(), cards.get(0).id(), lastAnswer, "LEARNING", 0.9, 3);
		rows.schedule(started, deck.id(), cards.get(0).id(), "LEARNING", now.plus(Duration.ofMinutes(10)));
		rows.review(started, deck.id(), cards.get(0).id(), now.minus(Duration.ofDays(3)), "NEW", null, 1);

		Standings.Table table = this.standings.table(organisation, now);
		assertThat(table.decks()).extracting(Deck::id).containsExactly(deck.id());
		assertThat(table.lines()).extracting((line) -> line.member().displayName())
			.containsExactly("Idle", "Keen", "Started");
		assertThat(table.lines().get(0).cells().get(0).lastActivity()).isNull();
		assertThat(table.lines().get(1).cells().get(0).lastActivity()).isEqualTo(lastAnswer);
		assertThat(table.lines().get(1).cells().get(0).progress().seen()).isEqualTo(cards.size());
		assertThat(table.lines().get(2).cells().get(0).lastActivity()).isEqualTo(now.minus(Duration.ofDays(3)));
		assertThat(table.totals()).singleElement().satisfies((total) -> {
			assertThat(total.members()).isEqualTo(3);
			assertThat(total.started()).isEqualTo(2);
			assertThat(total.mastered()).isEqualTo(1);
		});

		this.organisations.setContact(organisation, "boss@agency.example");
		assertThat(this.organisations.contact(organisation)).contains("boss@agency.example");
		assertThat(this.organisations.find(organisation).orElseThrow().hasContact()).isTrue();
		assertThat(this.organisations.summaryDue(month)).extracting(Organisation::id).containsExactly(organisation);
		assertThat(this.organisations.summaryDue(month.minusMonths(1))).isEmpty();
		assertThat(this.summary.sendDue(now, ZONE)).isEqualTo(1);
		assertThat(this.mailer.sent).extracting(Email::to).containsExactly("boss@agency.example");
		assertThat(this.summary.sendDue(now, ZONE)).as("a second run in the month").isZero();
		assertThat(this.organisations.summarised(organisation, month)).isFalse();
		assertThat(this.organisations.summaryDue(month)).isEmpty();
		assertThat(this.organisations.summaryDue(month.plusMonths(1))).extracting(Organisation::id)
			.containsExactly(organisation);
		assertThat(this.organisations.summarised(organisation, month.plusMonths(1))).isTrue();
		assertThat(this.organisations.summarised(silent, month)).as("no contact, but still claimed once").isTrue();

		this.organisations.setContact(organisation, null);
		assertThat(this.organisations.contact(organisation)).isEmpty();
		assertThat(this.organisations.summaryDue(month.plusMonths(2))).isEmpty();
	}

}
