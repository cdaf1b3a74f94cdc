package no.kommune.housingfirst.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.kommune.housingfirst.HousingFirstApplication;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module structure of STYLE.md, checked in every build. */
class ArchitectureTest {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("no.kommune.housingfirst");

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		ApplicationModules modules = ApplicationModules.of(HousingFirstApplication.class);
		modules.verify();
		new Documenter(modules).writeModulesAsPlantUml();
	}

	@Test
	void controllersLiveInWebPackagesAndArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(classes);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void webPackagesNeverTouchRepositories() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.check(classes);
	}

	@Test
	void eachModuleDeclaresItsRoutesInItsWebPackage() {
		classes().that()
			.implement(no.kommune.housingfirst.shared.security.RouteRules.class)
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic()
			.check(classes);
	}

	/**
	 * Entities stay inside their module: other modules work with its services, view
	 * records and events, never its entities (what a module exposes is its API, not its
	 * tables).
	 */
	@Test
	void entitiesStayInsideTheirModule() {
		for (String module : java.util.List.of("staff", "participant", "audit", "visitlog", "housing", "firstrent")) {
			String inside = "no.kommune.housingfirst." + module + "..";
			noClasses().that()
				.resideOutsideOfPackage(inside)
				.should()
				.dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
						com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(inside),
						com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
							.annotatedWith(jakarta.persistence.Entity.class)))
				.as("no class outside " + module + " uses its entities")
				.check(classes);
		}
	}

	@Test
	void springTransactionsOnly() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.transaction.Transactional")
			.check(classes);
	}

	@Test
	void noSystemOutOrStackTraces() {
		noClasses().should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.check(classes);
	}

}
