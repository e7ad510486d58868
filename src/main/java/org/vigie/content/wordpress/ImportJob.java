package org.vigie.content.wordpress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An import started from the back-office: its progress while it runs, then its report.
 */
@Entity
@Table(name = "content_import_job")
public class ImportJob {

	/** Where an import is. */
	public enum Status {

		RUNNING, DONE, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "dry_run", nullable = false)
	private boolean dryRun;

	@Column(nullable = false)
	private int done;

	@Column(nullable = false)
	private int total;

	private String report;

	@Column(name = "started_by", nullable = false)
	private String startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	protected ImportJob() {
	}

	ImportJob(String fileName, boolean dryRun, String startedBy, Instant startedAt) {
		this.fileName = fileName;
		this.status = Status.RUNNING;
		this.dryRun = dryRun;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	public Status getStatus() {
		return this.status;
	}

	public boolean isRunning() {
		return this.status == Status.RUNNING;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public int getDone() {
		return this.done;
	}

	public int getTotal() {
		return this.total;
	}

	public String getReport() {
		return this.report;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	void progress(int done, int total) {
		this.done = done;
		this.total = total;
	}

	void finish(Status status, String report, Instant at) {
		this.status = status;
		this.report = (report.length() > 1_000_000) ? report.substring(0, 1_000_000) : report;
		this.finishedAt = at;
	}

}
