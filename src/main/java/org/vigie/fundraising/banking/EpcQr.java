package org.vigie.fundraising.banking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The EPC QR code a donor scans with their banking app to pay by transfer (European
 * Payments Council, "Quick Response code: guidelines to enable data capture for the
 * initiation of a SEPA credit transfer", EPC069-12, version 002): the beneficiary's name
 * and IBAN, the amount in euros and the Belgian structured communication. Belgian banking
 * apps read the structured communication from the remittance text ({@code +++…+++}); the
 * payload's own "structured reference" field is for ISO 11649 references and stays empty.
 * The code is drawn by ZXing with error correction level M, as the guidelines ask. With
 * the fields' limits the payload stays under the guidelines' 331 bytes (about 300 at
 * most).
 *
 * @param name the beneficiary, at most 70 characters
 * @param account the beneficiary's account
 * @param amount the amount in euros, from 0.01 to 999,999,999.99, or {@code null} for the
 * payer to fill in
 * @param communication the structured communication
 */
public record EpcQr(String name, BankAccount account, BigDecimal amount, StructuredCommunication communication) {

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

	/**
	 * Checks the fields.
	 * @throws BankingRefused when one breaks the guidelines
	 */
	public EpcQr {
		if (name == null || name.isBlank() || name.length() > 70 || name.chars().anyMatch((c) -> c < 0x20)) {
			throw new BankingRefused("qrName");
		}
		if (account == null || communication == null) {
			throw new BankingRefused("qrIncomplete");
		}
		if (amount != null && (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2
				|| amount.compareTo(new BigDecimal("0.01")) < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
			throw new BankingRefused("qrAmount");
		}
	}

	/**
	 * The text the code holds, one field a line, as EPC069-12 version 002 sets them out.
	 */
	public String payload() {
		String text = String.join("\n", "BCD", "002", "1", "SCT", "", this.name.strip(), this.account.iban(),
				(this.amount != null) ? "EUR" + this.amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : "",
				"", "", this.communication.display());
		return text;
	}

	/** The code's modules, quiet zone included, ready to draw. */
	public BitMatrix matrix() {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
		hints.put(EncodeHintType.MARGIN, 4);
		try {
			return new QRCodeWriter().encode(payload(), BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new BankingRefused("qrTooLong");
		}
	}

	/**
	 * The code as an SVG image, one path, scalable and crisp at any size, with its text
	 * alternative.
	 * @param label what a screen reader says, in the page's language
	 * @return the SVG document
	 */
	public String svg(String label) {
		BitMatrix matrix = matrix();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(label) + "\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
