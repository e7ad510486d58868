package org.vigie.fundraising.banking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Belgian banking primitives: check digits computed and checked, what people type
 * read, what is wrong refused with a reason that never repeats the value, and a payment
 * code a banking app can scan.
 */
class BankingTests {

	@Test
	void structuredCommunicationsCarryTheirCheckDigits() {
		StructuredCommunication made = StructuredCommunication.of(909337554L);
		assertThat(made.display()).isEqualTo("+++090/9337/55493+++");
		assertThat(StructuredCommunication.parse("+++090/9337/55493+++")).isEqualTo(made);
		assertThat(StructuredCommunication.parse("***090/9337/55493***")).isEqualTo(made);
		assertThat(StructuredCommunication.parse(" 090 9337 55493 ")).isEqualTo(made);
		assertThat(made.base()).isEqualTo(909337554L);
		assertThat(StructuredCommunication.of(97L * 12345).digits()).as("a remainder of 0 is written 97")
			.endsWith("97");
		assertThat(StructuredCommunication.of(1).display()).isEqualTo("+++000/0000/00101+++");
	}

	@Test
	void wrongOrHostileCommunicationsAreRefusedWithAReason() {
		assertThat(refusal(() -> StructuredCommunication.parse("+++090/9337/55494+++")))
			.isEqualTo("fundraising.banking.problem.communicationCheck");
		for (String typed : List.of("", "+++090/9337/5549+++", "+++090/9337/554933+++", "090-9337-55493",
				"+++ab0/9337/55493+++", "1".repeat(5000), "+++090/9337/55493+++\n<script>")) {
			assertThat(refusal(() -> StructuredCommunication.parse(typed))).as(typed)
				.isEqualTo("fundraising.banking.problem.communicationShape");
		}
		assertThat(refusal(() -> StructuredCommunication.parse(null)))
			.isEqualTo("fundraising.banking.problem.communicationShape");
		assertThat(refusal(() -> StructuredCommunication.of(0)))
			.isEqualTo("fundraising.banking.problem.communicationShape");
		assertThat(refusal(() -> StructuredCommunication.of(10_000_000_000L)))
			.isEqualTo("fundraising.banking.problem.communicationShape");
	}

	@Test
	void nationalRegisterNumbersAreCheckedForBothCenturies() {
		NationalRegisterNumber eighties = NationalRegisterNumber.parse("85.07.30-033.28");
		assertThat(eighties.birthDate()).contains(LocalDate.of(1985, 7, 30));
		assertThat(eighties.display()).isEqualTo("85.07.30-033.28");
		assertThat(eighties.isBis()).isFalse();
		NationalRegisterNumber twentyFirst = NationalRegisterNumber.parse("01010100126");
		assertThat(twentyFirst.birthDate()).contains(LocalDate.of(2001, 1, 1));
		assertThat(eighties.toString()).as("never in a log").doesNotContain("85").doesNotContain("033");
		assertThat(refusal(() -> NationalRegisterNumber.parse("85.07.30-033.29")))
			.isEqualTo("fundraising.banking.problem.nationalNumberCheck");
		assertThat(refusal(() -> NationalRegisterNumber.parse("01010100128")))
			.isEqualTo("fundraising.banking.problem.nationalNumberCheck");
		for (String typed : List.of("", "8507300332", "850730033288", "85/07/30 033 28", "9".repeat(3000),
				"85.07.30-033.2x")) {
			assertThat(refusal(() -> NationalRegisterNumber.parse(typed))).as(typed)
				.isEqualTo("fundraising.banking.problem.nationalNumberShape");
		}
		String badMonth = withCheck("851330033");
		assertThat(refusal(() -> NationalRegisterNumber.parse(badMonth)))
			.isEqualTo("fundraising.banking.problem.nationalNumberDate");
		NationalRegisterNumber bis = NationalRegisterNumber.parse(withCheck("852730033"));
		assertThat(bis.isBis()).isTrue();
		assertThat(bis.birthDate()).contains(LocalDate.of(1985, 7, 30));
		assertThat(NationalRegisterNumber.parse(withCheck("850000033")).birthDate())
			.as("an unknown birth date is allowed")
			.isEmpty();
	}

	@Test
	void ibansAreCheckedByCountryAndCheckDigits() {
		BankAccount account = BankAccount.parse("iban be68 5390 0754 7034");
		assertThat(account.iban()).isEqualTo("BE68539007547034");
		assertThat(account.display()).isEqualTo("BE68 5390 0754 7034");
		assertThat(account.country()).isEqualTo("BE");
		assertThat(BankAccount.parse("NL91ABNA0417164300").country()).isEqualTo("NL");
		assertThat(refusal(() -> BankAccount.parse("BE68539007547035")))
			.isEqualTo("fundraising.banking.problem.ibanInvalid");
		assertThat(refusal(() -> BankAccount.parse("BE6853900754703")))
			.isEqualTo("fundraising.banking.problem.ibanInvalid");
		assertThat(refusal(() -> BankAccount.parse("XX68539007547034")))
			.isEqualTo("fundraising.banking.problem.ibanInvalid");
		assertThat(refusal(() -> BankAccount.parse("BE68 5390 0754 7034 <script>")))
			.isEqualTo("fundraising.banking.problem.ibanInvalid");
		assertThat(refusal(() -> BankAccount.parse("B".repeat(100))))
			.isEqualTo("fundraising.banking.problem.ibanShape");
	}

	@Test
	void thePaymentCodeIsWhatABankingAppReadsBack() throws Exception {
		EpcQr code = new EpcQr("Vigie asbl – Été", BankAccount.parse("BE68 5390 0754 7034"), new BigDecimal("25.5"),
				StructuredCommunication.of(909337554L));
		assertThat(code.payload().split("\n")).containsExactly("BCD", "002", "1", "SCT", "", "Vigie asbl – Été",
				"BE68539007547034", "EUR25.50", "", "", "+++090/9337/55493+++");
		assertThat(decode(code.matrix())).isEqualTo(code.payload());
		assertThat(code.svg("Scan to give \"25 €\" <now>")).startsWith("<svg")
			.contains("aria-label=\"Scan to give &quot;25 €&quot; &lt;now&gt;\"")
			.doesNotContain("<now>");
		EpcQr open = new EpcQr("Vigie", BankAccount.parse("BE68539007547034"), null, StructuredCommunication.of(42));
		assertThat(open.payload().split("\n")[7]).as("the payer fills in the amount").isEmpty();
		assertThat(decode(open.matrix())).isEqualTo(open.payload());
	}

	@Test
	void paymentCodesOutsideTheGuidelinesAreRefused() {
		BankAccount account = BankAccount.parse("BE68539007547034");
		StructuredCommunication ogm = StructuredCommunication.of(42);
		for (String amount : List.of("0", "-5", "0.001", "1000000000", "12.345")) {
			assertThat(refusal(() -> new EpcQr("Vigie", account, new BigDecimal(amount), ogm))).as(amount)
				.isEqualTo("fundraising.banking.problem.qrAmount");
		}
		assertThat(new EpcQr("Vigie", account, new BigDecimal("12.300"), ogm).payload()).contains("EUR12.30");
		assertThat(refusal(() -> new EpcQr("V".repeat(71), account, BigDecimal.TEN, ogm)))
			.isEqualTo("fundraising.banking.problem.qrName");
		assertThat(refusal(() -> new EpcQr("Vigie\nEUR999", account, BigDecimal.TEN, ogm)))
			.isEqualTo("fundraising.banking.problem.qrName");
		assertThat(refusal(() -> new EpcQr(" ", account, BigDecimal.TEN, ogm)))
			.isEqualTo("fundraising.banking.problem.qrName");
		assertThat(refusal(() -> new EpcQr("Vigie", null, BigDecimal.TEN, ogm)))
			.isEqualTo("fundraising.banking.problem.qrIncomplete");
		String longest = "€".repeat(70);
		assertThat(new EpcQr(longest, account, new BigDecimal("999999999.99"), ogm).payload()
			.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.as("the longest fields stay within the 331 bytes allowed")
			.hasSizeLessThanOrEqualTo(331);
	}

	private static String withCheck(String nine) {
		return nine + String.format("%02d", 97 - Long.parseLong(nine) % 97);
	}

	private static String decode(BitMatrix matrix) throws Exception {
		int scale = 4;
		int width = matrix.getWidth() * scale;
		int height = matrix.getHeight() * scale;
		int[] pixels = new int[width * height];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
	}

	private static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (BankingRefused refused) {
			assertThat(refused.getMessage()).isEqualTo(refused.code());
			return refused.code();
		}
		throw new AssertionError("Accepted");
	}

}
