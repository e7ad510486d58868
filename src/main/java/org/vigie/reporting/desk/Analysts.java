package org.vigie.reporting.desk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.vigie.identity.StaffDirectory;
import org.vigie.identity.StaffDirectory.StaffCard;
import org.vigie.reporting.ReportingPermissions;

import org.springframework.stereotype.Component;

/**
 * The staff who may analyse reports (analysts and administrators), by name: whom a report
 * can be assigned to.
 */
@Component
public class Analysts {

	private final StaffDirectory directory;

	Analysts(StaffDirectory directory) {
		this.directory = directory;
	}

	/** The enabled members who may analyse reports. */
	public List<StaffCard> all() {
		return this.directory.holding(ReportingPermissions.ANALYSE);
	}

	/** Whether this member may analyse reports now. */
	public boolean isAnalyst(long staffId) {
		return all().stream().anyMatch((card) -> card.id() == staffId);
	}

	/** The names of staff, by id, for showing who a report is assigned to. */
	Map<Long, String> names() {
		return all().stream().collect(Collectors.toMap(StaffCard::id, StaffCard::displayName));
	}

	/** A member's name, whether they still analyse or not. */
	Optional<String> name(long staffId) {
		return this.directory.find(staffId).map(StaffCard::displayName);
	}

}
