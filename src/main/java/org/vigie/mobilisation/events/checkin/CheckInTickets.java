package org.vigie.mobilisation.events.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.vigie.mobilisation.events.Registration;
import org.vigie.notifications.Attachment;

import org.springframework.stereotype.Component;

/**
 * The ticket attached to a confirmation: a QR code (PNG) holding the staff's check-in
 * address for that registration, which a staff member's phone opens at the door.
 */
@Component
public class CheckInTickets {

	private static final int MODULE_PIXELS = 6;

	private final CheckInCodes codes;

	CheckInTickets(CheckInCodes codes) {
		this.codes = codes;
	}

	/** The QR code of a registration, as an attachment named {@code check-in.png}. */
	public Attachment attachment(Registration registration) {
		return new Attachment("check-in.png", "image/png", png(this.codes.staffLink(registration)));
	}

	static byte[] png(String text) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
		hints.put(EncodeHintType.MARGIN, 4);
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
			int size = matrix.getWidth() * MODULE_PIXELS;
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A check-in address does not fit a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
