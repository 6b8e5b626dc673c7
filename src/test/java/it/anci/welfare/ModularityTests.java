package it.anci.welfare;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Fails when a module reaches into another module's internals or modules depend on each other in a cycle. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}
