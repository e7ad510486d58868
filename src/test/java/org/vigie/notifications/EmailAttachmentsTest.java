package org.vigie.notifications;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An email's attachments stay small and safe: names that no mail client can turn into a
 * path, content types on one line, and at most 512 KB in all; emails written before
 * attachments existed are unchanged.
 */
class EmailAttachmentsTest {

	@Test
	void emailsWithoutAttachmentsAreBuiltAsBefore() {
		assertThat(new Email("a@example.org", "S", "T").attachments()).isEmpty();
		assertThat(new Email("a@example.org", "S", "T", Map.of("List-Id", "<x>")).attachments()).isEmpty();
	}

	@Test
	void attachmentNamesKeepNoPathNorOddCharacters() {
		assertThat(name("../../etc/passwd")).isEqualTo("passwd");
		assertThat(name("C:\\Users\\x\\évé nement;\r\n.ics")).isEqualTo("v-nement-.ics");
		assertThat(name(".hidden")).isEqualTo("hidden");
		assertThat(name("")).isEqualTo("attachment");
		assertThat(name(null)).isEqualTo("attachment");
		assertThat(name("a".repeat(300) + ".ics")).hasSize(80).endsWith(".ics");
	}

	@Test
	void refusesContentTypesThatCouldInjectHeaders() {
		byte[] bytes = { 1 };
		assertThat(new Attachment("a.ics", "text/calendar; charset=utf-8; method=CANCEL", bytes).contentType())
			.isEqualTo("text/calendar; charset=utf-8; method=CANCEL");
		for (String bad : new String[] { null, "", "text", "text/plain\r\nBcc: x@example.org",
				"text/plain; name=\"a\r\nb\"", "text/plain; a=b c" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new Attachment("a.txt", bad, bytes));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new Attachment("a.txt", "text/plain", null));
	}

	@Test
	void anAttachmentCannotBeChangedOnceMade() {
		byte[] bytes = { 1, 2, 3 };
		Attachment attachment = new Attachment("a.bin", "application/octet-stream", bytes);
		bytes[0] = 9;
		attachment.bytes()[1] = 9;
		assertThat(attachment.bytes()).containsExactly(1, 2, 3);
		assertThat(attachment).isEqualTo(new Attachment("a.bin", "application/octet-stream", new byte[] { 1, 2, 3 }));
	}

	@Test
	void refusesMoreThanHalfAMegabyteOrTooManyFiles() {
		Attachment half = new Attachment("a.bin", "application/octet-stream", new byte[Email.MAX_ATTACHMENT_BYTES / 2]);
		Email full = new Email("a@example.org", "S", "T").with(half).with(half);
		assertThat(full.attachments()).hasSize(2);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> full.with(new Attachment("b.bin", "application/octet-stream", new byte[1])));
		Attachment tiny = new Attachment("t.txt", "text/plain", new byte[] { 1 });
		assertThatIllegalArgumentException().isThrownBy(() -> new Email("a@example.org", "S", "T", Map.of(),
				Collections.nCopies(Email.MAX_ATTACHMENTS + 1, tiny)));
		assertThat(new Email("a@example.org", "S", "T", Map.of(), List.of(tiny)).attachments()).hasSize(1);
	}

	private static String name(String given) {
		return new Attachment(given, "text/plain", new byte[0]).filename();
	}

}
