package org.vigie.mobilisation.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.confirm.MailAllowance;
import org.vigie.site.SiteProperties;

/**
 * Forgets what nobody confirmed: every part's sign-ups never confirmed after
 * {@link PersonalData#UNCONFIRMED_KEPT_DAYS} days, the unused confirmation links, and the
 * daily counts of confirmation emails once their day is over. Runs every hour by default
 * ({@code vigie.mobilisation.forget-schedule}); db-scheduler runs it on one node.
 */
@Configuration(proxyBeanMethods = false)
class Forgetting {

	private static final Logger log = LoggerFactory.getLogger(Forgetting.class);

	@Bean
	RecurringTask<Void> mobilisationForgetting(ForgetUnconfirmed forget,
			@Value("${vigie.mobilisation.forget-schedule:FIXED_DELAY|3600s}") String schedule) {
		return Tasks.recurring("mobilisation-forget-unconfirmed", Schedules.parseSchedule(schedule))
			.execute((instance, context) -> forget.run());
	}

	@Bean
	ForgetUnconfirmed forgetUnconfirmed(List<PersonalData> parts, Confirmations confirmations, MailAllowance allowance,
			TransactionTemplate transactions, Clock clock, SiteProperties site) {
		return new ForgetUnconfirmed(parts, confirmations, allowance, transactions, clock, site);
	}

	/** One pass of forgetting, callable from tests. */
	public static final class ForgetUnconfirmed {

		private final List<PersonalData> parts;

		private final Confirmations confirmations;

		private final MailAllowance allowance;

		private final TransactionTemplate transactions;

		private final Clock clock;

		private final SiteProperties site;

		ForgetUnconfirmed(List<PersonalData> parts, Confirmations confirmations, MailAllowance allowance,
				TransactionTemplate transactions, Clock clock, SiteProperties site) {
			this.parts = parts;
			this.confirmations = confirmations;
			this.allowance = allowance;
			this.transactions = transactions;
			this.clock = clock;
			this.site = site;
		}

		/** Forgets what is due now; the number of sign-ups deleted. */
		public int run() {
			Instant now = this.clock.instant();
			Instant before = now.minus(Duration.ofDays(PersonalData.UNCONFIRMED_KEPT_DAYS));
			int forgotten = 0;
			for (PersonalData part : this.parts) {
				Integer count = this.transactions.execute((status) -> part.forgetUnconfirmed(before));
				forgotten += (count != null) ? count : 0;
			}
			this.transactions.executeWithoutResult((status) -> {
				this.confirmations.forgetExpired(now);
				this.allowance.forgetBefore(LocalDate.ofInstant(now, this.site.timeZone()));
			});
			if (forgotten > 0) {
				log.info("Forgot {} sign-ups never confirmed", forgotten);
			}
			return forgotten;
		}

	}

}
