package org.vigie.content.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, kind by kind, and what it left out and why.
 */
public final class ImportReport {

	/** How many skipped entries the report keeps; the counts stay exact. */
	static final int MAX_LISTED = 500;

	private final Map<String, int[]> counts = new TreeMap<>();

	private final List<String> skipped = new ArrayList<>();

	private int skippedCount;

	private boolean dryRun;

	void created(String kind) {
		count(kind)[0]++;
	}

	void updated(String kind) {
		count(kind)[1]++;
	}

	void unchanged(String kind) {
		count(kind)[2]++;
	}

	void skipped(String what, String why) {
		this.skippedCount++;
		if (this.skipped.size() < MAX_LISTED) {
			this.skipped.add(what + ": " + why);
		}
	}

	void dryRun() {
		this.dryRun = true;
	}

	private int[] count(String kind) {
		return this.counts.computeIfAbsent(kind, (key) -> new int[3]);
	}

	/**
	 * Created, updated and unchanged counts of a kind ({@code post}, {@code page}, …).
	 */
	public int[] counts(String kind) {
		return count(kind).clone();
	}

	public List<String> skipped() {
		return List.copyOf(this.skipped);
	}

	public int skippedCount() {
		return this.skippedCount;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	/** The report as lines of text, for the command line and the log. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(this.dryRun ? "WordPress import (dry run: nothing was written)" : "WordPress import");
		this.counts.forEach((kind, count) -> lines
			.add("  %-10s %5d created, %5d updated, %5d unchanged".formatted(kind, count[0], count[1], count[2])));
		lines.add("  skipped    %5d".formatted(this.skippedCount));
		this.skipped.forEach((line) -> lines.add("    - " + line));
		if (this.skippedCount > this.skipped.size()) {
			lines.add("    … and %d more".formatted(this.skippedCount - this.skipped.size()));
		}
		return lines;
	}

}
