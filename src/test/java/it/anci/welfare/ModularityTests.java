package it.anci.welfare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules and the rules their code keeps: Spring Modulith checks that no module
 * reaches into another's internals or depends on another in a cycle, and writes the
 * module diagrams (PlantUML, C4) and a canvas per module to
 * {@code target/spring-modulith-docs}; ArchUnit checks where the database and the servlet
 * API may be used.
 */
class ModularityTests {

	/** Read once for the class: each reading takes seconds. */
	private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

	private static final JavaClasses PORTAL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("it.anci.welfare");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyModuleSaysWhatItIsFor() {
		MODULES.forEach(module -> {
			var packageInfo = PORTAL.stream()
				.filter(c -> c.getName().equals(module.getBasePackage().getName() + ".package-info"))
				.findFirst();
			org.assertj.core.api.Assertions.assertThat(packageInfo)
				.as(module.getIdentifier() + " has a package-info.java")
				.isPresent();
		});
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	/**
	 * Controllers take requests and choose pages; reading and writing data is the
	 * services' work.
	 */
	@Test
	void controllersDoNotQueryTheDatabase() {
		ArchRule rule = noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.persistence.EntityManager");
		rule.check(PORTAL);
	}

	/**
	 * Services can be called from a page, a scheduled job or a test alike: they know
	 * nothing of HTTP requests.
	 */
	@Test
	void servicesDoNotUseTheServletApi() {
		noClasses().that()
			.areAnnotatedWith(Service.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("jakarta.servlet..")
			.check(PORTAL);
	}

	/**
	 * Entities and Spring Data repositories stay inside their module: others use its
	 * services.
	 */
	@Test
	void entitiesAndRepositoriesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.check(PORTAL);
	}

	/**
	 * The seed migrations are frozen: what a fresh install loads must not change when an
	 * application class changes, so {@code db.migration} uses its own copies (e.g.
	 * {@code SeedSlugs}, {@code SeedRichText}), never the portal's.
	 */
	@Test
	void seedMigrationsUseNoApplicationCode() {
		JavaClasses migrations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("db.migration");
		org.assertj.core.api.Assertions.assertThat(migrations).as("the Java migrations are imported").isNotEmpty();
		noClasses().that()
			.resideInAPackage("db.migration..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("it.anci.welfare..")
			.check(migrations);
	}

}
