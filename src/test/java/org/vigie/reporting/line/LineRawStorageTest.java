package org.vigie.reporting.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.TestClock;
import org.vigie.media.TestImages;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report, an answer and an image sent through the line, each text holding a unique
 * marker: neither the whole database written out, nor any file of the data folders, nor
 * the log holds a marker, as text or as the hexadecimal of its bytes.
 */
@ReportingTest
@ExtendWith(OutputCaptureExtension.class)
class LineRawStorageTest {

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LineThrottle throttle;

	@Autowired
	private org.springframework.core.env.Environment environment;

	@Value("${local.server.port}")
	private int port;

	@Value("${vigie.media.directory}")
	private Path media;

	@Value("${vigie.secrets.key-file}")
	private Path keyFile;

	@Value("${vigie.search.directory:}")
	private String search;

	private LineClient client;

	private Reporter reporter;

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
		this.throttle.forget();
		this.client = new LineClient(this.port);
		this.reporter = new Reporter(this.client, this.clock);
	}

	@Test
	void nothingTheReporterWroteIsStoredOrLoggedInClear(CapturedOutput output) throws IOException {
		String marker = "Mk" + UUID.randomUUID().toString().replace("-", "");
		String agent = "ReporterAgent/" + marker;
		LineClient.Part image = new LineClient.Part("images", "photo-" + marker + ".jpg", "image/jpeg",
				withComment(TestImages.jpeg(64, 48), "image " + marker));
		HttpResponse<String> receiptPage = this.reporter.submit(Reporter.answers(marker, "CONSENT"), List.of(image),
				"User-Agent", agent);
		assertThat(receiptPage.statusCode()).isEqualTo(200);
		String receipt = Jsoup.parse(receiptPage.body()).selectFirst("code#receipt").text();
		String cookie = this.reporter.typeReceipt(receipt).headers().firstValue("Set-Cookie").orElseThrow();
		String pass = cookie.substring(0, cookie.indexOf(';'));
		Map<String, String> reply = LineClient.fields(this.client.get(Reporter.FOLLOW_UP, "Cookie", pass).body(), 0);
		reply.put("text", "answer " + marker);
		this.clock.advance(Duration.ofSeconds(4));
		HttpResponse<String> sent = this.client.postMultipart(Reporter.FOLLOW_UP, reply,
				List.of(new LineClient.Part("images", marker + ".jpg", "image/jpeg",
						withComment(TestImages.jpeg(32, 32), "reply image " + marker))),
				"Cookie", pass, "User-Agent", agent);
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(this.client.get(Reporter.FOLLOW_UP, "Cookie", pass).body()).contains("answer " + marker);

		List<String> found = new ArrayList<>();
		Path dump = Files.createTempFile("line-dump", ".sql");
		try {
			this.jdbc.sql("script to '" + dump.toAbsolutePath() + "'").query().listOfRows();
			search(dump, Files.readAllBytes(dump), marker, found);
		}
		finally {
			Files.deleteIfExists(dump);
		}
		for (Path folder : folders()) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					search(file, Files.readAllBytes(file), marker, found);
				}
			}
		}
		search(Path.of("log"), output.getAll().getBytes(StandardCharsets.UTF_8), marker, found);
		assertThat(output.getAll()).doesNotContain(agent);
		assertThat(this.environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class, false))
			.as("no access log")
			.isFalse();
		assertThat(found).isEmpty();
	}

	private List<Path> folders() {
		List<Path> folders = new ArrayList<>();
		folders.add(this.media);
		folders.add(this.keyFile.getParent());
		if (!this.search.isBlank()) {
			folders.add(Path.of(this.search));
		}
		return folders.stream().filter(Files::isDirectory).toList();
	}

	private static void search(Path where, byte[] bytes, String marker, List<String> found) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
		if (text.contains(marker) || text.toLowerCase(Locale.ROOT).contains(hex)
				|| text.toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT))) {
			found.add(where.toString());
		}
	}

	/** The JPEG with a comment segment holding the text, right after its start marker. */
	private static byte[] withComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xFE);
		out.write((text.length + 2) >> 8);
		out.write((text.length + 2) & 0xFF);
		out.write(text, 0, text.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
