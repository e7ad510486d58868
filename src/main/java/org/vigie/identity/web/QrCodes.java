package org.vigie.identity.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes drawn as inline SVG, so enrolling an authenticator loads no image from
 * anywhere.
 */
final class QrCodes {

	private QrCodes() {
	}

	static String svg(String text, String label) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"240\" height=\"240\" viewBox=\"0 0 "
					+ matrix.getWidth() + " " + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><title>"
					+ org.springframework.web.util.HtmlUtils.htmlEscape(label)
					+ "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + "<path fill=\"#000\" d=\"" + path
					+ "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Cannot draw the QR code", ex);
		}
	}

}
