package org.vigie.mobilisation.campaigns.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * An image cut to another shape the way CSS's {@code object-fit: cover} does: scaled
 * until it fills the frame, then its centre kept. Big reductions go by halves, each
 * bicubic, so that fine detail is averaged rather than skipped; the last step lands on
 * the exact size.
 */
final class Cover {

	private Cover() {
	}

	/** The centre of {@code source} filling {@code width}×{@code height}, in RGB. */
	static BufferedImage of(BufferedImage source, int width, int height) {
		double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
		int cropWidth = Math.max(1, Math.min(source.getWidth(), (int) Math.round(width / scale)));
		int cropHeight = Math.max(1, Math.min(source.getHeight(), (int) Math.round(height / scale)));
		BufferedImage current = rgb(source.getSubimage((source.getWidth() - cropWidth) / 2,
				(source.getHeight() - cropHeight) / 2, cropWidth, cropHeight));
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
		}
		return resize(current, width, height);
	}

	private static BufferedImage rgb(BufferedImage image) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = copy.createGraphics();
		try {
			g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return copy;
	}

	private static BufferedImage resize(BufferedImage image, int width, int height) {
		BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = resized.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return resized;
	}

}
