package org.vigie.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/**
 * Images made for tests: a photo carrying GPS coordinates and an orientation, and a PNG
 * that claims more pixels than any upload may have.
 */
public final class TestImages {

	private TestImages() {
	}

	/** A JPEG of {@code width}×{@code height} pixels, without metadata. */
	public static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1f6f8b));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JPEG photo with an EXIF block: orientation 6 (turn 90° clockwise to view) and a
	 * GPS latitude reference, as a phone writes them.
	 */
	public static byte[] photoWithGps(int width, int height) {
		byte[] plain = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0: orientation and the pointer to the GPS directory.
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		// GPS directory: latitude reference "N".
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putInt(0);
		byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		int length = 2 + exifHeader.length + tiff.position();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exifHeader);
		out.write(tiff.array(), 0, tiff.position());
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A tiny PNG whose header claims {@code width}×{@code height} pixels. */
	public static byte[] decompressionBomb(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[1 << 16]);
		deflater.finish();
		byte[] buffer = new byte[1 << 16];
		int size = deflater.deflate(buffer);
		byte[] data = new byte[size];
		System.arraycopy(buffer, 0, data, 0, size);
		chunk(out, "IDAT", data);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A small valid PDF document. */
	public static byte[] pdf() {
		String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.ISO_8859_1);
	}

}
