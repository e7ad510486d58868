package org.vigie.mobilisation.campaigns.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The campaign's images for the usual networks, drawn on this server with the JDK (Java2D
 * and ImageIO, in the site's embedded DejaVu typeface): a link preview (1200×630), a
 * square post (1080×1080) and a story (1080×1920), each with the blue heart and the
 * campaign's title in the supporter's language. They are drawn once per campaign,
 * language and title, and kept in memory.
 */
@Component("mobilisation.campaigns.ShareImages")
class ShareImages {

	/** The formats offered, by name: width and height. */
	static final Map<String, int[]> FORMATS = Map.of("1200x630", new int[] { 1200, 630 }, "1080x1080",
			new int[] { 1080, 1080 }, "1080x1920", new int[] { 1080, 1920 });

	private static final Color BACKGROUND = new Color(0x0b, 0x2a, 0x4a);

	private static final Color HEART = new Color(0x1f, 0x6f, 0xd1);

	private final Font font = load("learning/fonts/DejaVuSansCondensed-Bold.ttf");

	private final Cache<String, byte[]> drawn = Caffeine.newBuilder().maximumSize(60).build();

	/** The PNG of a format, with that title and the site's name under it. */
	byte[] png(String format, String title, String footer) {
		int[] size = FORMATS.get(format);
		if (size == null) {
			throw new IllegalArgumentException("Unknown format " + format);
		}
		return this.drawn.get(format + "|" + title + "|" + footer, (key) -> draw(size[0], size[1], title, footer));
	}

	private byte[] draw(int width, int height, String title, String footer) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, width, height);
			int side = Math.min(width, height);
			int heart = side * 2 / 5;
			int top = (height > width) ? height / 6 : side / 10;
			g.setColor(HEART);
			g.fill(heart((width - heart) / 2.0, top, heart));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(side / 90f));
			g.draw(heart((width - heart) / 2.0, top, heart));
			g.setFont(this.font.deriveFont(side / 14f));
			int y = top + heart + side / 10;
			for (String line : lines(title, g.getFontMetrics(), width * 9 / 10)) {
				int lineWidth = g.getFontMetrics().stringWidth(line);
				g.drawString(line, (width - lineWidth) / 2, y);
				y += g.getFontMetrics().getHeight();
			}
			g.setFont(this.font.deriveFont(side / 28f));
			int footerWidth = g.getFontMetrics().stringWidth(footer);
			g.drawString(footer, (width - footerWidth) / 2, height - side / 16);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Path2D heart(double x, double y, double size) {
		Path2D path = new Path2D.Double();
		path.moveTo(x + size / 2, y + size);
		path.curveTo(x - size * 0.1, y + size * 0.55, x, y - size * 0.1, x + size / 2, y + size * 0.22);
		path.curveTo(x + size, y - size * 0.1, x + size * 1.1, y + size * 0.55, x + size / 2, y + size);
		path.closePath();
		return path;
	}

	/** The title cut into lines that fit, at most four. */
	private static List<String> lines(String title, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : title.split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(longer) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(longer);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines.subList(0, Math.min(4, lines.size()));
	}

	private static Font load(String resource) {
		try (InputStream in = ShareImages.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing typeface " + resource);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
