package org.vigie.mobilisation.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.PledgeConfirmed;
import org.vigie.mobilisation.confirm.ConfirmationHandler;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmations under load: the same pledge confirmed many times at once counts once and
 * is published once; a thousand pledges confirmed in a burst are all counted.
 */
@MobilisationTest
class PledgeBurstTest {

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Pledges pledges;

	@Autowired
	private People people;

	@Autowired
	private Counter counter;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private TestClock clock;

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void theSamePledgeConfirmedConcurrentlyCountsOnce() throws Exception {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		Pledge pledge = pledge(campaign, 0);
		List<PledgeConfirmed> published = listen(campaign);
		try {
			List<String> landed = run(16, (i) -> confirm(pledge, i == 0));
			assertThat(landed).hasSize(16).containsOnly(landed.get(0));
		}
		finally {
			stopListening();
		}
		this.counter.changed(campaign.id());
		assertThat(this.counter.figures(campaign.id()).supporters()).isEqualTo(1);
		assertThat(published).hasSize(1);
	}

	@Test
	void aThousandPledgesConfirmedInABurstAreAllCounted() throws Exception {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		List<Pledge> made = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			made.add(pledge(campaign, i));
		}
		List<PledgeConfirmed> published = listen(campaign);
		long started = System.nanoTime();
		try {
			run(1000, (i) -> confirm(made.get(i), true));
		}
		finally {
			stopListening();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.counter.changed(campaign.id());
		assertThat(this.counter.figures(campaign.id()).supporters()).isEqualTo(1000);
		assertThat(published).hasSize(1000);
		System.out.println("1000 pledges confirmed by 16 threads in " + millis + " ms");
	}

	@Test
	void theFirstSignupsOfANewCampaignAtTheSameMomentAllGetTheirLink() throws Exception {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		Joining joining = this.context.getBean(Joining.class);
		String domain = "@first-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		try {
			run(32, (i) -> {
				joining.join(campaign, EmailAddress.parse("f" + i + domain).orElseThrow(),
						new Supporting(campaign.id(), null, "F" + i, null, null, true, true, Language.NL, null),
						this.clock.instant());
				return "joined";
			});
		}
		finally {
			this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("delete from notifications_outbox where claimed_until is null")
				.update();
		}
		assertThat(this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select count(*) from mobilisation_confirmation where subject_id in "
					+ "(select id from mobilisation_campaigns_pledge where campaign_id = ?)")
			.param(campaign.id())
			.query(Integer.class)
			.single()).isEqualTo(32);
	}

	private String confirm(Pledge pledge, boolean first) {
		ConfirmationHandler handler = this.context.getBeanProvider(ConfirmationHandler.class)
			.stream()
			.filter((candidate) -> candidate.kind().equals("PLEDGE"))
			.findFirst()
			.orElseThrow();
		return this.transactions.execute((status) -> handler.confirmed(pledge.id(), pledge.personId(), Language.FR,
				first, this.clock.instant()));
	}

	private List<String> run(int tasks, java.util.function.IntFunction<String> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int n = i;
				futures.add(pool.submit((Callable<String>) () -> {
					start.await();
					return task.apply(n);
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Pledge pledge(Campaign campaign, int n) {
		Instant now = this.clock.instant();
		UUID person = this.people.person(
				EmailAddress.parse("burst" + n + "." + UUID.randomUUID() + "@example.org").orElseThrow(), Language.FR,
				now);
		return this.pledges.record(new Supporting(campaign.id(), person, "P" + n, null, (n % 2 == 0) ? "BE" : "NL",
				false, false, Language.FR, null), now);
	}

	private ApplicationListener<PayloadApplicationEvent<PledgeConfirmed>> listener;

	private List<PledgeConfirmed> listen(Campaign campaign) {
		List<PledgeConfirmed> published = new CopyOnWriteArrayList<>();
		this.listener = (event) -> {
			if (event.getPayload().campaignId().equals(campaign.id())) {
				published.add(event.getPayload());
			}
		};
		multicaster().addApplicationListener(this.listener);
		return published;
	}

	private void stopListening() {
		multicaster().removeApplicationListener(this.listener);
	}

	private ApplicationEventMulticaster multicaster() {
		return this.context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
				ApplicationEventMulticaster.class);
	}

}
