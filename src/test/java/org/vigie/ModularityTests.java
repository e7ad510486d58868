package org.vigie;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(VigieApplication.class);

	@Test
	void modulesOnlyUseEachOthersApiAndFormNoCycles() {
		this.modules.verify();
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("site", "content",
				"identity");
	}

	@Test
	void contentDependsOnSiteAndNeverTheOtherWay() {
		ApplicationModule site = this.modules.getModuleByName("site").orElseThrow();
		ApplicationModule content = this.modules.getModuleByName("content").orElseThrow();
		assertThat(content.getBootstrapDependencies(this.modules)).contains(site);
		assertThat(site.getBootstrapDependencies(this.modules)).doesNotContain(content);
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
