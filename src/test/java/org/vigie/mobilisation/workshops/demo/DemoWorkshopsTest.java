package org.vigie.mobilisation.workshops.demo;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.workshops.Project;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.mobilisation.workshops.WorkshopRequest;
import org.vigie.mobilisation.workshops.WorkshopRequests;
import org.vigie.mobilisation.workshops.WorkshopState;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo holds a workshop request in each state, in the three languages, with reach
 * where it applies and nobody to write to; loading it again adds nothing.
 */
@MobilisationTest
class DemoWorkshopsTest {

	@Autowired
	private WorkshopRequests requests;

	@Autowired
	private Projects projects;

	@Autowired
	private DemoWorkshops demo;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theDemoHasARequestInEachStateAndLoadsOnce() {
		Project declic = this.projects.byCode("declic").orElseThrow();
		assertThat(declic.names().values()).allSatisfy((name) -> assertThat(name).contains("(Dé)clic"));
		assertThat(declic.name(Language.NL)).isNotEqualTo(declic.name(Language.FR));
		List<WorkshopRequest> demo = demoRequests();
		assertThat(demo).extracting(WorkshopRequest::state).containsExactlyInAnyOrder(WorkshopState.values());
		assertThat(demo).filteredOn((r) -> r.state().delivered())
			.allSatisfy((r) -> assertThat(r.reachedYoung()).isPositive());
		assertThat(demo).extracting(WorkshopRequest::language).contains(Language.FR, Language.NL, Language.EN);
		assertThat(demo).allSatisfy((r) -> assertThat(r.personId()).isNull());
		int before = count();
		this.demo.load();
		assertThat(count()).isEqualTo(before);
		assertThat(demoRequests()).hasSize(demo.size());
	}

	private List<WorkshopRequest> demoRequests() {
		return this.requests
			.confirmed(new WorkshopRequests.Filter(Optional.empty(), Optional.empty(), Optional.empty()))
			.stream()
			.filter((r) -> r.id().toString().startsWith("6f0a1c2e-5b1d-4c58-9d40-0d3c0a"))
			.toList();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from mobilisation_workshops_request").query(Integer.class).single();
	}

}
