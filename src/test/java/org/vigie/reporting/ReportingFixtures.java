package org.vigie.reporting;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.reporting.reports.Category;
import org.vigie.reporting.reports.Channel;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.PlaceType;
import org.vigie.reporting.reports.ReportContent;
import org.vigie.reporting.reports.ReportDraft;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.site.Language;

/**
 * What the reporting line's tests share: the organisation's recovery key, made once per
 * context and kept here in its printed form, analysts, and reports.
 */
public final class ReportingFixtures {

	/** A password analysts are made with. */
	public static final String PASSWORD = "correct horse battery staple";

	private static String printedRecoveryKey;

	private ReportingFixtures() {
	}

	/** The recovery key's printed form; made at the first call (the line opens). */
	public static synchronized String recoveryKey(RecoveryKey recovery) {
		if (printedRecoveryKey == null) {
			if (recovery.exists()) {
				throw new IllegalStateException("The recovery key was made outside ReportingFixtures");
			}
			printedRecoveryKey = recovery.create();
		}
		return printedRecoveryKey;
	}

	/** A new analyst with a unique address. */
	public static StaffMember analyst(StaffAccounts accounts, String name) {
		return accounts.create(name + "-" + UUID.randomUUID() + "@example.org", name, PASSWORD, Language.EN,
				Set.of(Role.ANALYST), "test");
	}

	/** A report with follow-up by messages, whose texts all hold the marker. */
	public static ReportDraft report(String marker) {
		return report(marker, FollowUp.MESSAGES);
	}

	/** A report with the given follow-up, whose texts all hold the marker. */
	public static ReportDraft report(String marker, FollowUp followUp) {
		return new ReportDraft(Category.SEXUAL_EXPLOITATION, "TH", PlaceType.HOTEL, followUp, Channel.WEB,
				new ReportContent("what " + marker, "city " + marker, "place " + marker,
						new ReportContent.Coordinates(13.7563, 100.5018, 2), "when " + marker, "adults " + marker,
						"children " + marker, "languages " + marker, "BE",
						new ReportContent.Contact("name " + marker, marker + "@example.org", "+32 2 000 00 00")));
	}

	/** No images. */
	public static List<org.vigie.reporting.reports.Upload> noImages() {
		return List.of();
	}

}
