package org.vigie.learning.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The calibration drawn as bars, computed here so that the page's inline SVG needs no
 * script or style attribute (the back-office's policy allows neither): for each bin, a
 * bar for the mean predicted recall and one for the share actually right, on a 0–100 %
 * scale.
 */
record CalibrationChart(int width, int height, List<Row> rows) {

	static final int LABEL = 90;

	static final int SCALE = 300;

	static final int ROW = 34;

	static CalibrationChart of(List<RecallCalibration.Bin> bins) {
		List<Row> rows = new ArrayList<>();
		int y = 10;
		for (RecallCalibration.Bin bin : bins) {
			int predicted = (bin.reviews() == 0) ? 0 : (int) Math.round(bin.meanPredicted() * SCALE);
			int actual = (bin.actual() == null) ? 0 : (int) Math.round(bin.actual() * SCALE);
			rows.add(new Row(bin, y, predicted, actual));
			y += ROW;
		}
		return new CalibrationChart(LABEL + SCALE + 60, y + 10, rows);
	}

	/**
	 * One bin's bars.
	 *
	 * @param bin the bin
	 * @param y the top of its row
	 * @param predicted the length of the predicted bar
	 * @param actual the length of the actual bar
	 */
	record Row(RecallCalibration.Bin bin, int y, int predicted, int actual) {

		public int actualY() {
			return this.y + 13;
		}

		public int labelY() {
			return this.y + 16;
		}

	}

}
