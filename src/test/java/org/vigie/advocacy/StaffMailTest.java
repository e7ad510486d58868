package org.vigie.advocacy;

import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.identity.Permission;
import org.vigie.identity.Role;
import org.vigie.identity.StaffMail;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * identity's letters to a team, which advocacy's reminders and digests use: the members
 * holding the permission through their role get it in their own language; administrators
 * and other roles do not, unless nobody but administrators holds the permission.
 */
@AdvocacyTest
class StaffMailTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private StaffMail staffMail;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theTeamGetsItInItsLanguageAndNobodyElse() {
		String officer = member(Role.ADVOCACY, Language.NL);
		String administrator = member(Role.ADMINISTRATOR, Language.EN);
		String campaigner = member(Role.CAMPAIGNER, Language.FR);
		Mailbox mailbox = new Mailbox(mail);

		this.transactions
			.executeWithoutResult((status) -> this.staffMail.toHolders(org.vigie.advocacy.AdvocacyPermissions.ADVOCATE,
					(language) -> new StaffMail.Letter("Letter in " + language.code(), "Body in " + language.code())));

		assertThat(mailbox.await(officer, 1)).singleElement()
			.satisfies((message) -> assertThat(message.getSubject()).isEqualTo("Letter in nl"));
		this.transactions.executeWithoutResult((status) -> this.staffMail.toHolders(Permission.STAFF_MANAGE,
				(language) -> new StaffMail.Letter("Admins only", "Body")));
		assertThat(mailbox.await(administrator, 1)).singleElement()
			.satisfies((message) -> assertThat(message.getSubject()).isEqualTo("Admins only"));
		assertThat(mailbox.to(campaigner)).isEmpty();
		assertThat(mailbox.to(officer)).hasSize(1);
	}

	private String member(Role role, Language language) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		this.accounts.create(email, "Team member", "correct horse battery staple", language, Set.of(role), "test");
		return email;
	}

}
